/// A hard failure to read an input: the file is missing, not of the expected kind, or a
/// field is malformed. Carries a Swedish message and the place; the command line prints
/// it as `fil:rad: fel: …` and exits with code 2.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public init(_ message: String, file: String, line: Int? = nil, field: String? = nil) {
        self.init(message, at: SourceLocation(file: file, line: line, field: field))
    }

    public var description: String { "\(location): fel: \(message)" }
}
