/// The operating report (driftredovisning) described as data, in a `räkningar` file under
/// `driftredovisning:`: its tables, each with columns (outcome, budget or deviation; this
/// year or last; revenue, costs or net) and rows in the same kinds as the statements.
/// `OperatingStatementBuilder` computes it; nothing about any association's rows is in code.
public struct OperatingDescription: Equatable, Sendable {
    public var title: String
    public var tables: [OperatingTableDescription]
    public var location: SourceLocation

    public var rows: [OperatingRowDescription] { tables.flatMap(\.rows) }
}

public struct OperatingTableDescription: Equatable, Sendable {
    public var id: String
    public var caption: String
    public var columns: [OperatingColumnDescription]
    public var rows: [OperatingRowDescription]
    public var location: SourceLocation
}

public struct OperatingColumnDescription: Equatable, Sendable {
    /// Heading lines; columns side by side with the same first line share it in the head.
    public var titles: [String]
    /// 0 this year, −1 last year (outcome only).
    public var year: Int
    public var amount: OperatingAmount
    public var side: OperatingSide
}

public enum OperatingAmount: String, Equatable, Sendable, Codable {
    case outcome = "utfall", budget = "budget", deviation = "avvikelse"
}

/// Which amounts of a row a column shows: revenue accounts, cost accounts, or both (net).
public enum OperatingSide: String, Equatable, Sendable, Codable {
    case revenue = "intakter", costs = "kostnader", net = "netto"
}

/// The cost centres an account row takes: those of the mapping's projects, all others, or
/// ranges of codes.
public enum CentreSelection: Equatable, Sendable {
    case ordinary, project, ranges([AccountRange])

    func contains(_ code: String, mapping: AccountMapping) -> Bool {
        switch self {
        case .ordinary: return !mapping.isProjectCentre(code)
        case .project: return mapping.isProjectCentre(code)
        case .ranges(let ranges): return ranges.contains { $0.contains(code) }
        }
    }
}

public struct OperatingRowDescription: Equatable, Sendable {
    public var id: String
    public var label: String?
    public var kind: RowDescription.Kind
    /// A row of cost centres (their booked amounts per centre, and their budget per centre)…
    public var centres: CentreSelection?
    /// …or of accounts and mapping lines (the books' #RES, or `measure`'s balance).
    public var accounts: [AccountRange]
    public var mappingLines: [String]
    public var measure: Measure?
    /// One printed row per cost centre with an amount, named as in the books' #OBJEKT.
    public var perCentre: Bool
    /// Sum rows: the rows they add; nil means every account row above in the same table.
    public var terms: [RowDescription.Term]?
    /// Lines of a budget file by row (`rad;belopp`): the row's own id when nil.
    public var budgetLines: [String]?
    /// `budgettecken`: the sign the row's budget lines are written with, when the
    /// description states it; otherwise it follows from the row's accounts (`BudgetSign`).
    public var budgetSign: BudgetSign?
    /// The year's result: the row is checked against the income statement's.
    public var role: StatementRole?
    public var location: SourceLocation

    var isAccountRow: Bool { kind == .accounts || kind == .partOf }
}
