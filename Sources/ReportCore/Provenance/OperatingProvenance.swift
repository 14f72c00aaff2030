/// The provenance of every cell of the operating statement: the summary by type (revenue,
/// costs, net, budget, deviation, last year) and the outcome per cost centre against its
/// budget. Each cell lists the accounts per cost centre it adds; a deviation adds the
/// outcome and subtracts the budget.
struct OperatingProvenance {
    let ledger: LedgerView
    let reportYear: Int
    let budgetCSV: [CentreBudget]?

    func rows(_ operating: OperatingStatement) -> [RowProvenance] {
        guard let outcome = OperatingTrail.outcome(ledger, year: 0, reportYear: reportYear) else { return [] }
        let last = OperatingTrail.outcome(ledger, year: -1, reportYear: reportYear)
        let budget = OperatingTrail.budget(ledger, csv: budgetCSV, reportYear: reportYear)
        let sources = Sources(outcome: outcome, last: last, budget: budget)
        var rows = operating.summary.map { summaryRow($0, sources, isTotal: false) } + [summaryRow(operating.total, sources, isTotal: true)]
        for table in operating.centres {
            let codes = table.rows.map(\.code)
            rows += table.rows.map { centreRow($0, table, [$0.code], sources, isTotal: false) }
            rows.append(centreRow(table.total, table, codes, sources, isTotal: true))
        }
        return rows
    }

    struct Sources {
        var outcome: OperatingTrail
        var last: OperatingTrail?
        var budget: OperatingTrail
    }

    func type(_ code: String) -> String {
        ledger.mapping.isProjectCentre(code) ? OperatingStatementBuilder.project : OperatingStatementBuilder.ordinary
    }

    func summaryRow(_ row: OperatingStatement.SummaryRow, _ sources: Sources, isTotal: Bool) -> RowProvenance {
        let filter: (String) -> Bool = { isTotal || type($0) == row.id }
        let governed = isTotal ? nil : "drift_summa"
        let revenue = sources.outcome.revenue(filter), costs = sources.outcome.costs(filter)
        let budget = sources.budget.revenue(filter) + sources.budget.costs(filter)
        let this = String(reportYear), previous = String(reportYear - 1)
        var cells = [
            cell("Utfall \(this), intäkt", reportYear, row.exact.revenue, row.revenue, revenue, sum("intäkterna"), governed),
            cell("Utfall \(this), kostnad", reportYear, row.exact.costs, row.costs, costs, sum("kostnaderna"), governed),
            cell("Utfall \(this), netto", reportYear, row.exact.net, row.net, revenue + costs, sum("intäkterna och kostnaderna"), governed),
            cell("Budget \(this), netto", reportYear, row.exact.budget, row.budget, budget, sum("budgetens intäkter och kostnader"), governed),
            cell("Avvikelse", reportYear, row.exact.net - row.exact.budget, row.deviation, revenue + costs + budget.map(\.negated),
                 deviationRule, governed),
        ]
        if let last = sources.last, let exactRevenue = row.exact.lastYearRevenue, let exactCosts = row.exact.lastYearCosts,
           let lastRevenue = row.lastYearRevenue, let lastCosts = row.lastYearCosts, let lastNet = row.lastYearNet {
            let revenue = last.revenue(filter), costs = last.costs(filter)
            cells += [
                cell("Utfall \(previous), intäkt", reportYear - 1, exactRevenue, lastRevenue, revenue, sum("intäkterna"), governed),
                cell("Utfall \(previous), kostnad", reportYear - 1, exactCosts, lastCosts, costs, sum("kostnaderna"), governed),
                cell("Utfall \(previous), netto", reportYear - 1, exactRevenue + exactCosts, lastNet, revenue + costs,
                     sum("intäkterna och kostnaderna"), governed),
            ]
        }
        return RowProvenance(id: "drift_\(row.id)", label: row.label, cells: numbered(cells), table: "drift",
                             tableTitle: "Driftredovisning, utfall och budget per slag", tableKind: "drift", noteNumber: nil)
    }

    func centreRow(_ row: OperatingStatement.CentreRow, _ table: OperatingStatement.CentreTable, _ codes: [String],
                   _ sources: Sources, isTotal: Bool) -> RowProvenance {
        let filter: (String) -> Bool = { codes.contains($0) }
        let outcome = sources.outcome.costs(filter), budget = sources.budget.costs(filter)
        let governed = isTotal ? nil : "drift_\(table.type)_summa"
        let cells = [
            cell("Utfall \(reportYear)", reportYear, row.exactOutcome, row.outcome, outcome, sum("kostnaderna"), governed),
            cell("Budget \(reportYear)", reportYear, row.exactBudget, row.budget, budget, sum("de budgeterade kostnaderna"), governed),
            cell("Avvikelse", reportYear, row.exactOutcome - row.exactBudget, row.deviation, outcome + budget.map(\.negated),
                 deviationRule, governed),
        ]
        let id = "drift_\(table.type)_\(isTotal ? "summa" : row.code)"
        return RowProvenance(id: id, label: isTotal ? "Summa \(table.title.lowercased())" : row.label, cells: numbered(cells),
                             table: "drift_\(table.type)", tableTitle: "Driftredovisning, \(table.title.lowercased())", tableKind: "drift",
                             noteNumber: nil)
    }

    func numbered(_ cells: [CellProvenance]) -> [CellProvenance] {
        cells.enumerated().map { index, cell in
            var copy = cell
            copy.index = index
            return copy
        }
    }

    func sum(_ what: String) -> ProvenanceRule {
        ProvenanceRule(kind: "konton", text: "Summan av \(what) per konto och kostnadsställe, i rapportens tecken (intäkter positiva, kostnader negativa).")
    }

    var deviationRule: ProvenanceRule {
        ProvenanceRule(kind: "differens", text: "Utfall minus budget: utfallets belopp och budgetens belopp med omvänt tecken.")
    }

    func cell(_ column: String, _ year: Int, _ exact: Money, _ printed: Tkr, _ amounts: [BookAmount], _ rule: ProvenanceRule,
              _ governedBy: String?) -> CellProvenance {
        CellProvenance(index: 0, column: column, year: year, exact: exact, rule: rule, amounts: amounts, rows: [],
                       rounding: RoundingRule.step(exact: exact, printed: printed.units, displaySign: 1, unit: .tkr, governedBy: governedBy))
    }
}
