import Foundation

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

    /// The check of the last written PDF keeps what it read (the parsed file, every page's
    /// operations), for the last file only: a render writing many (a tertial report's
    /// letters) would otherwise hold them all (peak 128 → 212 MB). Set again, the one
    /// before is released. (The finishing step's qpdf file is not kept: holding it while
    /// the check reads took the ×10 report's peak from 103 to 117 MB for 15 M instructions.)
    nonisolated(unsafe) private static var lastCheckInput: Any?
    private static let lastCheckInputLock = NSLock()

    static func keepLastCheckInput(_ value: Any) {
        guard keepUntilExit else { return }
        lastCheckInputLock.lock()
        let previous = lastCheckInput
        lastCheckInput = value
        lastCheckInputLock.unlock()
        withExtendedLifetime(previous) {}
    }
}
