enum OperatingStatementBuilder {
    static let ordinary = "ordinarie"
    static let project = "projekt"

    static func build(_ ledger: LedgerView, budgetCSV: [CentreBudget]?) -> OperatingStatement? {
        guard let outcome = CentreAmountsReader.outcome(ledger, year: 0) else { return nil }
        let last = CentreAmountsReader.outcome(ledger, year: -1)
        let (budget, source) = CentreAmountsReader.budget(ledger, csv: budgetCSV)
        func type(_ code: String) -> String { ledger.mapping.isProjectCentre(code) ? project : ordinary }
        let types = [(ordinary, "Ordinarie"), (project, "Projektrelaterat")]
        let exact = types.map { id, _ in
            OperatingStatement.Exact(
                revenue: sum(outcome.revenue, id, type), costs: sum(outcome.costs, id, type),
                net: sum(outcome.revenue, id, type) + sum(outcome.costs, id, type),
                budget: sum(budget.revenue, id, type) + sum(budget.costs, id, type),
                lastYearRevenue: last.map { sum($0.revenue, id, type) }, lastYearCosts: last.map { sum($0.costs, id, type) })
        }
        let (rows, total) = summaryRows(exact, labels: types)
        let centres = types.compactMap { id, label in
            centreTable(id, label, outcome: outcome, budget: budget, ledger: ledger, type: type)
        }
        return OperatingStatement(summary: rows, total: total, centres: centres, budgetSource: source)
    }

    private static func sum(_ amounts: [String: Money], _ id: String, _ type: (String) -> String) -> Money {
        amounts.filter { type($0.key) == id }.map(\.value).sum()
    }

    private static func summaryRows(_ exact: [OperatingStatement.Exact], labels: [(String, String)])
        -> ([OperatingStatement.SummaryRow], OperatingStatement.SummaryRow) {
        let revenue = TkrRule.column(exact.map(\.revenue))
        let costs = TkrRule.column(exact.map(\.costs))
        let net = TkrRule.column(exact.map(\.net))
        let budget = TkrRule.column(exact.map(\.budget))
        let deviation = TkrRule.column(exact.map { $0.net - $0.budget })
        let hasLast = exact.allSatisfy { $0.lastYearRevenue != nil }
        let lastRevenue = hasLast ? TkrRule.column(exact.compactMap(\.lastYearRevenue)) : nil
        let lastCosts = hasLast ? TkrRule.column(exact.compactMap(\.lastYearCosts)) : nil
        let lastNet = hasLast ? TkrRule.column(exact.map { ($0.lastYearRevenue ?? .zero) + ($0.lastYearCosts ?? .zero) }) : nil
        let rows = labels.enumerated().map { index, pair in
            OperatingStatement.SummaryRow(
                id: pair.0, label: pair.1, revenue: revenue.lines[index], costs: costs.lines[index], net: net.lines[index],
                budget: budget.lines[index], deviation: deviation.lines[index], lastYearRevenue: lastRevenue?.lines[index],
                lastYearCosts: lastCosts?.lines[index], lastYearNet: lastNet?.lines[index], exact: exact[index])
        }
        let totalExact = OperatingStatement.Exact(
            revenue: exact.map(\.revenue).sum(), costs: exact.map(\.costs).sum(), net: exact.map(\.net).sum(),
            budget: exact.map(\.budget).sum(), lastYearRevenue: hasLast ? exact.compactMap(\.lastYearRevenue).sum() : nil,
            lastYearCosts: hasLast ? exact.compactMap(\.lastYearCosts).sum() : nil)
        let total = OperatingStatement.SummaryRow(
            id: "summa", label: "Summa", revenue: revenue.total, costs: costs.total, net: net.total, budget: budget.total,
            deviation: deviation.total, lastYearRevenue: lastRevenue?.total, lastYearCosts: lastCosts?.total,
            lastYearNet: lastNet?.total, exact: totalExact)
        return (rows, total)
    }

    /// Outcome per cost centre: the cost side only (the seed's "Nettokostnad och finansnetto
    /// per område" holds the centres' costs, financial costs included).
    private static func centreTable(_ id: String, _ label: String, outcome: CentreAmounts, budget: CentreAmounts,
                                    ledger: LedgerView, type: (String) -> String) -> OperatingStatement.CentreTable? {
        let codes = Set(outcome.costs.keys).union(budget.costs.keys).filter { type($0) == id }.sorted()
        let used = codes.filter { !(outcome.costs[$0] ?? .zero).isZero || !(budget.costs[$0] ?? .zero).isZero }
        guard !used.isEmpty else { return nil }
        let outcomes = used.map { outcome.costs[$0] ?? .zero }
        let budgets = used.map { budget.costs[$0] ?? .zero }
        let roundedOutcome = TkrRule.column(outcomes)
        let roundedBudget = TkrRule.column(budgets)
        let deviation = TkrRule.column(zip(outcomes, budgets).map { $0 - $1 })
        let rows = used.enumerated().map { index, code in
            OperatingStatement.CentreRow(
                code: code, label: ledger.books.objects[ObjectRef(dimension: 1, id: code)]?.name ?? (code.isEmpty ? "Utan kostnadsställe" : code),
                outcome: roundedOutcome.lines[index], budget: roundedBudget.lines[index], deviation: deviation.lines[index],
                exactOutcome: outcomes[index], exactBudget: budgets[index])
        }
        let total = OperatingStatement.CentreRow(
            code: "", label: "Summa", outcome: roundedOutcome.total, budget: roundedBudget.total, deviation: deviation.total,
            exactOutcome: outcomes.sum(), exactBudget: budgets.sum())
        return OperatingStatement.CentreTable(type: id, title: label, rows: rows, total: total)
    }
}
