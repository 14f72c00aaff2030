import Foundation
import ReportCore

/// What a render wrote, and the warnings the checks found: warnings never stop a render,
/// but the user must see them.
public struct RenderResult: Sendable {
    public var paths: [String]
    public var warnings: [Finding]

    public init(paths: [String], warnings: [Finding] = []) {
        self.paths = paths
        self.warnings = warnings
    }
}

extension ReportRenderer {
    /// Renders the folder like `render(folder:outputDirectory:)` and returns the warnings
    /// too. `period` replaces a tertial report's period from rapport.yaml (the command
    /// line's `--period`); other kinds of report refuse it.
    public func renderReport(folder: String, outputDirectory: String, period: ReportPeriod? = nil) throws -> RenderResult {
        let kind = try ReportKind.detect(folder: folder)
        guard kind == .tertialReport else {
            if period != nil {
                throw InputError("Perioden kan bara anges för en tertialrapport, inte för typen \"\(kind.rawValue)\".",
                                 file: folder + "/rapport.yaml")
            }
            return RenderResult(paths: try render(folder: folder, outputDirectory: outputDirectory))
        }
        let renderer = try DocumentRenderer(debugBoxes: debugBoxes)
        return try TertialRender.render(folder: folder, outputDirectory: outputDirectory, period: period, renderer: renderer,
                                        debugBoxes: debugBoxes)
    }
}
