/// The follow-up per cost centre (dimension 1): the annual budget (#PBUDGET, all months
/// of the year), the period's budget (#PBUDGET, the period's months) and the accumulated
/// outcome (#PSALDO, the period's months), costs negative, exact and in tkr by `TkrRule`.
enum CostCentreCalculator {
    static let dimension = 1

    static func compute(books: Books, booksFile: String, period: ReportPeriod, statement: TertialIncomeStatement)
        -> (followUp: CostCentreFollowUp, findings: [Finding]) {
        let year = ReportPeriod.wholeYear(period.end.year)
        let budgets = sums(books.periodBudgets, year, books), periodBudgets = sums(books.periodBudgets, period, books)
        let outcomes = sums(books.periodBalances, period, books)
        var findings: [Finding] = []
        let codes = Set(budgets.keys).union(outcomes.keys).sorted()
        for code in codes where books.objects[ObjectRef(dimension: dimension, id: code)] == nil {
            findings.append(Finding(.warning, code: "tertial-kostnadsstalle-okant",
                                    message: "Kostnadsställe \(code) har belopp men saknas bland #OBJEKT i bokföringen; "
                                        + "tabellen visar bara koden.",
                                    location: SourceLocation(file: booksFile)))
        }
        let budget = codes.map { -(budgets[$0] ?? .zero) }, periodBudget = codes.map { -(periodBudgets[$0] ?? .zero) }
        let outcome = codes.map { -(outcomes[$0] ?? .zero) }
        let columns = [budget, periodBudget, outcome].map { TkrRule.column($0) }
        let rows = codes.indices.map { index in
            CostCentreFollowUp.Row(
                code: codes[index], name: books.objects[ObjectRef(dimension: dimension, id: codes[index])]?.name,
                hasBudget: budgets[codes[index]] != nil, budget: budget[index], periodBudget: periodBudget[index],
                outcome: outcome[index], budgetTkr: columns[0].lines[index].units,
                periodBudgetTkr: columns[1].lines[index].units, outcomeTkr: columns[2].lines[index].units)
        }
        let totalOutcome = outcome.sum()
        let followUp = CostCentreFollowUp(
            rows: rows, content: holdsRevenue(books, period) ? .net : .costs, totalBudget: budget.sum(),
            totalPeriodBudget: periodBudget.sum(), totalOutcome: totalOutcome, totalBudgetTkr: columns[0].total.units,
            totalPeriodBudgetTkr: columns[1].total.units, totalOutcomeTkr: columns[2].total.units,
            outsideCostCentres: statement.result - totalOutcome, outsideByLine: outside(statement, books, period),
            budgetHeading: "Budget \(year.name)", periodBudgetHeading: "Budget \(period.name)",
            outcomeHeading: "Ackumulerat \(period.name)")
        findings += check(followUp, period)
        return (followUp, findings)
    }

    /// Amounts per cost-centre code over the months, SIE sign, result accounts only.
    static func sums(_ rows: [PeriodAmount], _ months: ReportPeriod, _ books: Books) -> [String: Money] {
        var result: [String: Money] = [:]
        for row in rows where months.contains(row.period) && isResultAccount(row.account, books) {
            for object in row.objects where object.dimension == dimension {
                result[object.id, default: .zero] += row.amount
            }
        }
        return result
    }

    static func isResultAccount(_ account: String, _ books: Books) -> Bool {
        !(books.accounts[account]?.effectiveKind ?? Account(number: account, name: "").effectiveKind).isBalanceAccount
    }

    /// Whether any revenue account is booked on a cost centre in the period: then the
    /// table holds net costs, otherwise costs alone.
    private static func holdsRevenue(_ books: Books, _ period: ReportPeriod) -> Bool {
        books.periodBalances.contains { row in
            period.contains(row.period) && row.objects.contains { $0.dimension == dimension } && !row.amount.isZero
                && (books.accounts[row.account]?.effectiveKind ?? Account(number: row.account, name: "").effectiveKind) == .income
        }
    }

    /// Per line of the income statement, what is booked on its accounts without a cost centre.
    private static func outside(_ statement: TertialIncomeStatement, _ books: Books, _ period: ReportPeriod)
        -> [CostCentreFollowUp.OutsideLine] {
        var onCentres: [String: Money] = [:]
        for row in books.periodBalances where period.contains(row.period) && row.objects.contains(where: { $0.dimension == dimension }) {
            onCentres[row.account, default: .zero] += row.amount
        }
        return statement.groups.flatMap(\.lines).compactMap { line in
            let outside = line.amount + line.accounts.map { onCentres[$0] ?? .zero }.sum()
            return outside.isZero ? nil : .init(label: line.label, amount: outside)
        }
    }

    /// The rows must add up to the total, exactly and in tkr.
    static func check(_ followUp: CostCentreFollowUp, _ period: ReportPeriod) -> [Finding] {
        var findings: [Finding] = []
        let pairs: [(String, Money, Money, Int64, Int64)] = [
            ("utfall", followUp.rows.map(\.outcome).sum(), followUp.totalOutcome, followUp.rows.map(\.outcomeTkr).reduce(0, +),
             followUp.totalOutcomeTkr),
            ("budget", followUp.rows.map(\.budget).sum(), followUp.totalBudget, followUp.rows.map(\.budgetTkr).reduce(0, +),
             followUp.totalBudgetTkr),
            ("periodbudget", followUp.rows.map(\.periodBudget).sum(), followUp.totalPeriodBudget,
             followUp.rows.map(\.periodBudgetTkr).reduce(0, +), followUp.totalPeriodBudgetTkr),
        ]
        for (what, rows, total, rowsTkr, totalTkr) in pairs where rows != total || rowsTkr != totalTkr {
            findings.append(Finding(.error, code: "tertial-kostnadsstallen-summa",
                                    message: "Kostnadsställenas \(what) summerar till \(rows.kronorText) "
                                        + "(\(SwedishNumberFormat.integer(rowsTkr)) tkr) men totalen är \(total.kronorText) "
                                        + "(\(SwedishNumberFormat.integer(totalTkr)) tkr), \(period.name)."))
        }
        return findings
    }
}
