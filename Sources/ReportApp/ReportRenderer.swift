import Foundation
import ReportCore

/// The render use case: report folder in, PDF files out, written atomically.
public struct ReportRenderer {
    public var debugBoxes: Bool

    public init(debugBoxes: Bool = false) { self.debugBoxes = debugBoxes }

    /// Renders the folder and returns the paths written.
    public func render(folder: String, outputDirectory: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError("Rapportmappen finns inte.", file: folder)
        }
        throw InputError("Rendering är inte klar ännu.", file: folder)
    }
}
