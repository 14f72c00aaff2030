/// The figures the checks, the soliditet, the multi-year overview and the named figures
/// read from the described statements: the rows that carry a role (`roll:`), exact, in
/// report sign. Whatever shape the association gives its statements, these are the
/// figures it prints.
public struct StatementKeyFigures: Equatable, Sendable, Codable {
    /// A balance-sheet figure at this year's opening and closing, and last year's closing
    /// where the books have it.
    public struct Balances: Equatable, Sendable, Codable {
        public var opening: Money
        public var closing: Money
        public var lastYearClosing: Money?
    }

    public var result: YearPair
    public var totalAssets: Balances
    public var totalEquityAndLiabilities: Balances
    /// Eget kapital, the year's result included.
    public var equity: Balances
    /// The cash flow statement's bottom line; nil when the report has no cash flow statement.
    public var cashFlow: YearPair?
}

extension StatementKeyFigures {
    static func compute(_ evaluator: StatementEvaluator, set: StatementSet) -> StatementKeyFigures {
        let roles = Dictionary(set.all.flatMap(\.rows).compactMap { row in row.role.map { ($0, row) } },
                               uniquingKeysWith: { first, _ in first })
        let ledger = evaluator.ledger
        let lastClosing = ledger.books.closingBalances.keys.contains { $0.year == -1 }
        func value(_ role: StatementRole, _ year: Int, _ measure: Measure) -> Money? {
            roles[role].flatMap { evaluator.value($0, ColumnDescription(titles: [], year: year, measure: measure)) }
        }
        func balances(_ role: StatementRole) -> Balances {
            Balances(opening: value(role, 0, .opening) ?? .zero, closing: value(role, 0, .closing) ?? .zero,
                     lastYearClosing: lastClosing ? value(role, -1, .closing) : nil)
        }
        let cashFlow = value(.cashFlow, 0, .change).map {
            YearPair($0, ledger.hasLastYearBalances ? value(.cashFlow, -1, .change) : nil)
        }
        return StatementKeyFigures(
            result: YearPair(value(.result, 0, .result) ?? .zero, ledger.hasLastYear ? value(.result, -1, .result) : nil),
            totalAssets: balances(.totalAssets), totalEquityAndLiabilities: balances(.totalEquityAndLiabilities),
            equity: balances(.equity), cashFlow: cashFlow)
    }
}
