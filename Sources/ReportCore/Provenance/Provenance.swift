/// Where every printed figure comes from (issue 18): for each statement row, note row,
/// operating-statement cell and named figure, the amounts of the books it adds (account,
/// cost centre, year, the SIE record), the rule that made it, and the rounding to the
/// printed unit. `model --json` carries it under `provenance`; `spara` and the auditors'
/// specification read it. Amounts are exact öre; `amount` values add up to `exact`.
public struct ModelProvenance: Equatable, Sendable, Codable {
    /// Statement and note rows with amounts, in print order.
    public var rows: [RowProvenance]
    /// The operating statement's cells (summary by type, outcome per cost centre).
    public var operating: [RowProvenance]
    /// The members' contributions note: the split of the booked total.
    public var memberSplit: MemberSplitProvenance?
    /// Named figures (prose's `{{ namn }}`), by name.
    public var figures: [String: FigureProvenance]

    public init(rows: [RowProvenance] = [], operating: [RowProvenance] = [], memberSplit: MemberSplitProvenance? = nil,
                figures: [String: FigureProvenance] = [:]) {
        self.rows = rows
        self.operating = operating
        self.memberSplit = memberSplit
        self.figures = figures
    }

    /// A statement, note or operating row by its id.
    public func row(_ id: String) -> RowProvenance? { (rows + operating).first { $0.id == id } }
}

/// One printed row and, per amount column, how its figure was made.
public struct RowProvenance: Equatable, Sendable, Codable {
    /// The row's id (from the description, or made for a per-account or operating row).
    public var id: String
    public var label: String
    public var cells: [CellProvenance]
    /// The table it is printed in: its id, title and kind ("resultatrakning", "not", "drift").
    public var table: String
    public var tableTitle: String
    public var tableKind: String
    /// The note's number, for rows of a note.
    public var noteNumber: Int?
}

/// One figure: the column it stands in, its exact value, the rule, the book amounts it
/// adds and the rounding to what is printed.
public struct CellProvenance: Equatable, Sendable, Codable {
    /// The column's place in its table, from 0.
    public var index: Int
    /// The column heading as printed ("Jan–dec 2024", "2024-12-31", "Budget 2024").
    public var column: String
    /// The calendar year the column shows.
    public var year: Int
    public var exact: Money
    public var rule: ProvenanceRule
    /// The amounts of the books behind the figure; their `amount`s add up to `exact`.
    public var amounts: [BookAmount]
    /// For a sum: the rows it adds, with their signs.
    public var rows: [SummedRow]
    public var rounding: RoundingStep
}

/// How a figure is made, in words a reader can check.
public struct ProvenanceRule: Equatable, Sendable, Codable {
    /// "konton" (accounts added), "summa" (rows added), "fördelning" (a share of a total),
    /// "differens" (outcome minus budget).
    public var kind: String
    /// The rule as a Swedish sentence.
    public var text: String
}

/// An amount taken from the books: one account (and cost centre) in one year, from one
/// kind of SIE record, and what it contributes to the figure.
public struct BookAmount: Equatable, Sendable, Codable {
    public var account: String
    /// The account's name from #KONTO.
    public var name: String
    /// The cost centre (dimension 1 object), for the operating statement.
    public var costCentre: String?
    public var year: Int
    /// "#RES", "#IB", "#UB", "#UB−#IB", "#PSALDO", "#PBUDGET" or the budget file's name.
    public var source: String
    /// The amount as the books hold it (SIE sign: debit positive).
    public var booked: Money
    /// What it adds to the figure: the report's sign and the row's signs applied.
    public var amount: Money
    /// The vouchers behind a balance change, when asked for (`--verifikationer`).
    public var vouchers: [VoucherLine]?
}

/// One #TRANS row of a voucher on the account.
public struct VoucherLine: Equatable, Sendable, Codable {
    public var series: String
    public var number: String
    public var date: CalendarDate
    public var text: String
    public var amount: Money
}

/// A row added into a sum, with the sign it is added with.
public struct SummedRow: Equatable, Sendable, Codable {
    public var id: String
    public var sign: Int
}

/// From the exact figure to the printed one.
public struct RoundingStep: Equatable, Sendable, Codable {
    /// "kronor_och_ore" (printed exact), "kronor" or "tkr".
    public var unit: String
    /// The rounded figure in the unit, in the report's sign.
    public var rounded: Int64
    /// What is printed: `rounded` with the display sign (costs shown positive) applied.
    public var printed: Int64
    /// "exakt", "närmaste" (half away from zero) or "största_rest" (moved by one unit so
    /// that the rows of a sum add up to the rounded sum).
    public var method: String
    /// The exact figure less the rounded one, in öre: exact = rounded × unit + remainder.
    public var remainder: Money
    /// The sum whose rounding governs this row's, when the row is one of its terms.
    public var governedBy: String?
}

/// The members' contributions note: the booked total and each member's share of it.
public struct MemberSplitProvenance: Equatable, Sendable, Codable {
    public var rule: String
    public var total: Money
    public var amounts: [BookAmount]
    public var shares: [MemberShare]
}

public struct MemberShare: Equatable, Sendable, Codable {
    public var label: String
    /// The share as weight over the sum of weights (state 2, municipalities 1, region 1;
    /// a municipality's population over all municipalities' population).
    public var weight: Int64
    public var of: Int64
    public var amount: Money
    public var tkr: Tkr
}

/// A named figure: the rows and book amounts it comes from, and the rule.
public struct FigureProvenance: Equatable, Sendable, Codable {
    public var value: String
    public var rule: String
    /// Statement rows the figure is taken from.
    public var rows: [String]
    /// Book amounts behind it, when it is a sum of accounts (their `amount`s add up to
    /// `exact`).
    public var amounts: [BookAmount]
    public var exact: Money?
}
