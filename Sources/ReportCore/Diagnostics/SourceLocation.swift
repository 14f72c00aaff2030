/// Where in the user's input something was found: file, line (1-based) and field.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?

    public init(file: String, line: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
    }

    /// `books.se:12` or `rapport.yaml:4 (fält "år")`: the prefix of every printed message.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let field { text += " (fält \"\(field)\")" }
        return text
    }
}
