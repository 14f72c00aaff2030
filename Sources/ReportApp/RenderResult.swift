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
