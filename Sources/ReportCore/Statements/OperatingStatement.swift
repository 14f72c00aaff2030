/// Driftredovisning in tkr, computed from its description (`OperatingDescription`): tables
/// of rows (cost centres, accounts, sums) against columns (outcome, budget, deviation).
/// Costs are negative; deviation = outcome − budget. Each column is rounded once, sums from
/// their exact value and their rows by largest remainder; a net or a deviation column is
/// printed from the printed columns it is made of, so the table adds up across and down.
public struct OperatingStatement: Equatable, Sendable, Codable {
    public var title: String
    public var tables: [OperatingTable]
    /// "bokföringens budget per kostnadsställe" or the budget file's name; empty when the year has no budget.
    public var budgetSource: String
    /// Every cost centre's costs this year, and its budgeted costs (named figures).
    public var centreCosts: [String: Money]
    public var budgetedCentreCosts: [String: Money]
    /// The budget's net over every cost centre; nil when the budget is not per cost centre.
    public var budgetNet: Money?
    /// The rows marked `roll: årets_resultat`, by label: their exact net outcome, which the
    /// checks compare with the income statement's result.
    public var resultRows: [String: Money]

    public func row(_ id: String) -> OperatingRow? { tables.lazy.flatMap(\.rows).first { $0.id == id } }
}

public struct OperatingTable: Equatable, Sendable, Codable {
    public var id: String
    public var caption: String
    /// The columns printed: last year's are left out when the books have no last year per
    /// cost centre, budget and deviation when no row of the table has a budget.
    public var columns: [OperatingColumn]
    public var rows: [OperatingRow]
    /// The description has budget columns, but no row of the table has a budget: they are
    /// left out and the outcome stands alone.
    public var budgetLeftOut: Bool
}

public struct OperatingColumn: Equatable, Sendable, Codable {
    public var titles: [String]
    public var year: Int
    public var amount: OperatingAmount
    public var side: OperatingSide
    /// Printed from other printed columns (net = revenue + costs, deviation = outcome − budget).
    public var derived: Bool
}

public struct OperatingRow: Equatable, Sendable, Codable {
    public var id: String
    public var label: String
    public var kind: ReportTableRow.Kind
    /// The cost centre of a per-centre row.
    public var centre: String?
    /// Per column: the exact value, and what is printed in tkr; nil where the row has no
    /// figure (no budget: a dash).
    public var exact: [Money?]
    public var printed: [Int64?]
    public var role: StatementRole?

    /// The row's figure in the first column showing `amount` of `side` this year.
    public func value(_ amount: OperatingAmount, side: OperatingSide = .net, in table: OperatingTable) -> (exact: Money, tkr: Int64)? {
        guard let index = table.columns.firstIndex(where: { $0.amount == amount && $0.side == side && $0.year == 0 }),
              let exact = exact[index], let printed = printed[index] else { return nil }
        return (exact, printed)
    }
}
