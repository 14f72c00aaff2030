/// Something wrong in the books or inputs, found by a check: a Swedish message with the
/// figures involved and, where it applies, the place in the input.
///
/// Findings are collected, never thrown, so that the user sees all of them at once.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        /// The report must not be made: the figures would be wrong.
        case error = "fel"
        /// Worth the office's attention, but the report can be made.
        case warning = "varning"
        /// For the office to know (an optional file left out); changes nothing.
        case information = "information"
    }

    public var severity: Severity
    /// A stable identifier of the rule, for tests and for `--json` ("verifikation-obalans").
    public var code: String
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity = .error, code: String, message: String, location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `books.se:12: fel: Verifikation A 3 balanserar inte …`
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}
