/// A statement or note computed from its description: heading lines per column, and rows
/// with their exact amounts, the printed amounts in the table's unit (rounded once, so
/// that the printed rows add up) and the accounts behind each row.
public struct ReportTable: Equatable, Sendable, Codable {
    public var id: String
    public var title: String
    public var kind: StatementDescription.Kind
    public var unit: AmountUnit
    /// `columnTitles[column]` is that column's heading, one string per heading line.
    public var columnTitles: [[String]]
    /// Which columns are last year's (−1) and which this year's (0).
    public var columnYears: [Int]
    public var accountColumn: Bool
    public var noteColumn: Bool
    public var rows: [ReportTableRow]
    public var texts: [String]
    public var footnote: String?
    /// The note's number (notes only), in the order the statements refer to them.
    public var number: Int?

    public func row(_ id: String) -> ReportTableRow? { rows.first { $0.id == id } }
}

public struct ReportTableRow: Equatable, Sendable, Codable {
    public enum Kind: String, Equatable, Sendable, Codable {
        case text, line, partOf = "varav", subtotal, total, blank
    }

    public var id: String
    public var label: String
    public var kind: Kind
    /// Per-account rows of a note: the account number printed before the label.
    public var account: String?
    /// The row's value per column, exact, in the report's sign.
    public var exact: [Money?]
    /// What is printed per column: units of the table's unit (öre, kronor or tkr), the
    /// display sign applied.
    public var printed: [Int64?]
    public var note: Int?
    /// The accounts whose amounts make the row (for the auditors' trail).
    public var accounts: [String]
}
