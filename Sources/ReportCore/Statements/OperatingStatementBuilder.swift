/// Computes the operating report from its description: each row's book amounts per
/// column (`OperatingSources`), sums of the rows they name (or of the account rows above),
/// rounding once to tkr (`TableRounding`: sums from their exact value, their rows by largest
/// remainder), then net and deviation columns printed from the printed columns they are
/// made of, so that every row adds up across and every column down.
struct OperatingStatementBuilder {
    let sources: OperatingSources
    let description: OperatingDescription
    let rowsById: [String: OperatingRowDescription]

    init(sources: OperatingSources, description: OperatingDescription) {
        self.sources = sources
        self.description = description
        rowsById = Dictionary(description.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statement, and per printed row id the book amounts of each column (provenance).
    struct Computed {
        var statement: OperatingStatement
        var amounts: [String: [[BookAmount]?]]
    }

    struct Evaluated {
        var row: OperatingRow
        var amounts: [[BookAmount]?]
        var terms: [(index: Int, sign: Int64)]?
    }

    static func build(_ ledger: LedgerView, description: OperatingDescription?, year: Int, budget: [CentreBudget]?,
                      budgetLines: [BudgetLine]?) -> Computed? {
        guard let description else { return nil }
        let sources = OperatingSources(ledger: ledger, reportYear: year, budget: budget, budgetLines: budgetLines)
        guard sources.outcome != nil || description.rows.contains(where: { $0.isAccountRow && $0.centres == nil }) else { return nil }
        return OperatingStatementBuilder(sources: sources, description: description).computed()
    }

    func computed() -> Computed {
        var amounts: [String: [[BookAmount]?]] = [:]
        var resultRows: [String: Money] = [:]
        let tables = description.tables.map { table -> OperatingTable in
            let evaluated = evaluate(table)
            for row in evaluated where row.row.role == .result {
                resultRows[row.row.label] = resultAmounts(row)
            }
            let (finished, kept) = OperatingTableRounding.finish(table, evaluated)
            for row in evaluated { amounts[row.row.id] = kept.map { row.amounts[$0] } }
            return finished
        }
        let centreCosts = (sources.outcome?.costs ?? [:]).mapValues { $0.map(\.amount).sum() }
        let budgeted = sources.centreBudget.costs.mapValues { $0.map(\.amount).sum() }
        let perCentre = sources.budgetLines == nil && !sources.budgetSource.isEmpty
        let net = (Array(sources.centreBudget.revenue.values) + Array(sources.centreBudget.costs.values)).flatMap { $0 }.map(\.amount).sum()
        let statement = OperatingStatement(
            title: description.title, tables: tables, budgetSource: sources.budgetSource, centreCosts: centreCosts,
            budgetedCentreCosts: budgeted, budgetNet: perCentre ? net : nil, resultRows: resultRows)
        return Computed(statement: statement, amounts: amounts)
    }

    /// A row checked against the year's result: its net outcome this year.
    func resultAmounts(_ row: Evaluated) -> Money {
        guard let described = rowsById[row.row.id] else { return .zero }
        let net = OperatingColumnDescription(titles: [], year: 0, amount: .outcome, side: .net)
        return (amounts(described, net) ?? []).map(\.amount).sum()
    }

    func evaluate(_ table: OperatingTableDescription) -> [Evaluated] {
        var evaluated: [Evaluated] = []
        var indices: [String: [Int]] = [:]
        for row in table.rows {
            let start = evaluated.count
            evaluated += expand(row, table, indices: indices)
            indices[row.id] = Array(start..<evaluated.count)
        }
        return evaluated
    }

    /// A description row as printed rows: one per cost centre for a per-centre row.
    func expand(_ row: OperatingRowDescription, _ table: OperatingTableDescription, indices: [String: [Int]]) -> [Evaluated] {
        let amounts = table.columns.map { self.amounts(row, $0) }
        switch row.kind {
        case .text, .blank:
            return [made(row, label: row.label ?? "", centre: nil, amounts: amounts, terms: nil)]
        case .sum, .subtotal:
            let resolved = terms(of: row).reduce([(index: Int, sign: Int64)]?([])) { sum, term in
                guard let sum, let found = indices[term.id] else { return nil }
                return sum + found.map { ($0, term.sign) }
            }
            return [made(row, label: row.label ?? "", centre: nil, amounts: amounts, terms: resolved)]
        case .accounts, .partOf:
            guard row.perCentre else { return [made(row, label: row.label ?? "", centre: nil, amounts: amounts, terms: nil)] }
            return sources.centres(row, columns: table.columns).map { code in
                made(row, label: sources.centreName(code), centre: code, amounts: table.columns.map { sources.amounts(row, centre: code, $0) },
                     terms: nil)
            }
        }
    }

    /// A row's book amounts in a column. A sum adds its terms'; its deviation is its own
    /// outcome less its own budget (a term without a budget adds its outcome to the deviation).
    func amounts(_ row: OperatingRowDescription, _ column: OperatingColumnDescription) -> [BookAmount]? {
        switch row.kind {
        case .text, .blank: return nil
        case .accounts, .partOf: return sources.amounts(row, centre: nil, column)
        case .sum, .subtotal:
            if column.amount == .deviation {
                var outcome = column, budget = column
                outcome.amount = .outcome
                budget.amount = .budget
                guard let budgeted = amounts(row, budget), let actual = amounts(row, outcome) else { return nil }
                return actual + budgeted.map(\.negated)
            }
            let parts = terms(of: row).compactMap { term -> [BookAmount]? in
                guard let summed = rowsById[term.id] else { return nil }
                return amounts(summed, column).map { list in term.sign < 0 ? list.map(\.negated) : list }
            }
            return parts.isEmpty ? nil : parts.flatMap { $0 }
        }
    }

    /// The rows a sum adds: those it names, or every account row above it in its table.
    func terms(of row: OperatingRowDescription) -> [RowDescription.Term] {
        if let terms = row.terms { return terms }
        guard let table = description.tables.first(where: { $0.rows.contains { $0.id == row.id } }) else { return [] }
        return table.rows.prefix { $0.id != row.id }.filter { $0.kind == .accounts }.map { RowDescription.Term(id: $0.id, sign: 1) }
    }

    func made(_ row: OperatingRowDescription, label: String, centre: String?, amounts: [[BookAmount]?],
              terms: [(index: Int, sign: Int64)]?) -> Evaluated {
        let kind = StatementTableBuilder.kind(row.kind)
        let id = centre.map { "\(row.id)_\($0.isEmpty ? "utan" : $0)" } ?? row.id
        return Evaluated(row: OperatingRow(id: id, label: label, kind: kind, centre: centre, exact: amounts.map { $0.map { $0.map(\.amount).sum() } },
                                           printed: [], role: centre == nil ? row.role : nil),
                         amounts: amounts, terms: terms)
    }
}
