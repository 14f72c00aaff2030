/// Thrown when checks found errors that forbid making the report. Carries every finding,
/// warnings included, so the user sees all of them at once.
public struct FindingsFailure: Error, Sendable {
    public var findings: [Finding]

    public init(findings: [Finding]) { self.findings = findings }
}
