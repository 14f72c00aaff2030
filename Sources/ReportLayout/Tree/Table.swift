/// A table: columns with width rules, header rows repeated on every page it spans,
/// body, subtotal and total rows.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var headerRows: [TableRow]
    public var rows: [TableRow]
    /// Printed above the table; repeated with "(forts.)" on continuation pages.
    public var caption: String?
    /// Names the table in the structure tree and debug output.
    public var summary: String?

    public init(columns: [TableColumn], headerRows: [TableRow] = [], rows: [TableRow], caption: String? = nil, summary: String? = nil) {
        self.columns = columns
        self.headerRows = headerRows
        self.rows = rows
        self.caption = caption
        self.summary = summary
    }
}

public struct TableColumn: Sendable, Hashable {
    public enum Width: Sendable, Hashable {
        case fixed(Points)
        /// A share of what fixed and automatic columns leave.
        case relative(Double)
        /// From content.
        case automatic
    }

    public var width: Width
    public var alignment: TextAlignment
    /// Amounts: right-aligned, tabular figures, never hyphenated.
    public var numeric: Bool

    public init(_ width: Width = .automatic, alignment: TextAlignment? = nil, numeric: Bool = false) {
        self.width = width
        self.numeric = numeric
        self.alignment = alignment ?? (numeric ? .right : .left)
    }
}

public struct TableRow: Sendable {
    public enum Kind: Sendable, Hashable { case header, body, subtotal, total }

    public var kind: Kind
    public var cells: [TableCell]

    public init(_ kind: Kind = .body, _ cells: [TableCell]) {
        self.kind = kind
        self.cells = cells
    }

    /// A row of plain texts.
    public init(_ kind: Kind = .body, texts: [String]) {
        self.init(kind, texts.map { TableCell($0) })
    }
}

public struct TableCell: Sendable {
    public var inlines: [Inline]
    public var alignment: TextAlignment?
    public var columnSpan: Int
    /// Overrides the column's numeric flag.
    public var numeric: Bool?
    /// A line through the text (a value that no longer holds, as in a comparison). The text
    /// stays content, read as it is; the line is an artifact, so whatever it says must also
    /// be said in words (a column heading, a word for the change).
    public var struckThrough: Bool

    public init(_ inlines: [Inline], alignment: TextAlignment? = nil, columnSpan: Int = 1, numeric: Bool? = nil, struckThrough: Bool = false) {
        self.inlines = inlines
        self.alignment = alignment
        self.columnSpan = max(1, columnSpan)
        self.numeric = numeric
        self.struckThrough = struckThrough
    }

    public init(_ text: String, alignment: TextAlignment? = nil, columnSpan: Int = 1, numeric: Bool? = nil, struckThrough: Bool = false) {
        self.init(text.isEmpty ? [] : [.text(text)], alignment: alignment, columnSpan: columnSpan, numeric: numeric, struckThrough: struckThrough)
    }
}
