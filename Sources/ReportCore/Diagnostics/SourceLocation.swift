/// Where in the user's input something was found: file, line (1-based) and field.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var field: String?
    /// A spreadsheet cell, "Budget!B7", for a table read from an .xlsx workbook (its row is `line`).
    public var cell: String?

    public init(file: String, line: Int? = nil, field: String? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.cell = cell
    }

    /// `books.se:12`, `rapport.yaml:4 (fält "år")` or `budget.xlsx, Budget!B7 (fält "kostnader")`:
    /// the prefix of every printed message.
    public var description: String {
        var text = file
        if let cell { text += ", \(cell)" } else if let line { text += ":\(line)" }
        if let field { text += " (fält \"\(field)\")" }
        return text
    }
}
