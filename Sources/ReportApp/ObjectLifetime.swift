/// A one-shot command ends the process right after its render: tearing down the fonts,
/// shapes, pages and model object by object first is wasted work (the system frees the
/// memory at once). When `keepUntilExit` is set, a render's large values are kept here
/// instead of released on return. A long-lived process (the preview) leaves it unset.
public enum ObjectLifetime {
    nonisolated(unsafe) public static var keepUntilExit = false
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) {
        if keepUntilExit { kept.append(contentsOf: values) }
    }
}
