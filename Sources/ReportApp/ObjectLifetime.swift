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

    /// What a render writes once per file, kept for the last file only: a render writing
    /// many (a tertial report's letters) would otherwise hold them all (peak 128 → 212 MB).
    /// Set again, the one before is released.
    enum LastKept: Hashable, Sendable {
        /// What the check of the written PDF read (the parsed file, every page's operations).
        case verificationInput
        /// The finishing step's qpdf file (15 M instructions to tear down for the annual report).
        case finishingFile
    }

    nonisolated(unsafe) private static var lastKept: [LastKept: Any] = [:]
    private static let lastKeptLock = NSLock()

    static func keepLast(_ value: Any, as kind: LastKept) {
        guard keepUntilExit else { return }
        lastKeptLock.lock()
        let previous = lastKept.updateValue(value, forKey: kind)
        lastKeptLock.unlock()
        withExtendedLifetime(previous) {}
    }
}
