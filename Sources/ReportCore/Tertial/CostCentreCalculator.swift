/// The follow-up per cost centre (dimension 1): the annual budget (#PBUDGET, all months
/// of the year) and the accumulated outcome (#PSALDO, the period's months), costs
/// negative, exact and in tkr by `TkrRule`.
enum CostCentreCalculator {
    static let dimension = 1

    static func compute(books: Books, booksFile: String, period: ReportPeriod, result: Money)
        -> (followUp: CostCentreFollowUp, findings: [Finding]) {
        let year = ReportPeriod(start: YearMonth(year: period.end.year, month: 1), end: YearMonth(year: period.end.year, month: 12))!
        let budgets = sums(books.periodBudgets, year, books)
        let outcomes = sums(books.periodBalances, period, books)
        var findings: [Finding] = []
        let codes = Set(budgets.keys).union(outcomes.keys).sorted()
        let exact = codes.map { code -> (String, String, Money, Money) in
            let name = books.objects[ObjectRef(dimension: dimension, id: code)]?.name
            if name == nil {
                findings.append(Finding(.warning, code: "tertial-kostnadsstalle-okant",
                                        message: "Kostnadsställe \(code) har belopp men saknas bland #OBJEKT i bokföringen.",
                                        location: SourceLocation(file: booksFile)))
            }
            return (code, name ?? code, -(budgets[code] ?? .zero), -(outcomes[code] ?? .zero))
        }
        let budgetTkr = wholeTkr(exact.map(\.2)), outcomeTkr = wholeTkr(exact.map(\.3))
        let rows = exact.indices.map { index in
            CostCentreFollowUp.Row(code: exact[index].0, name: exact[index].1, budget: exact[index].2, outcome: exact[index].3,
                                   budgetTkr: budgetTkr.lines[index], outcomeTkr: outcomeTkr.lines[index])
        }
        let totalOutcome = -outcomes.values.sum()
        let followUp = CostCentreFollowUp(
            rows: rows, totalBudget: -budgets.values.sum(), totalOutcome: totalOutcome, totalBudgetTkr: budgetTkr.total,
            totalOutcomeTkr: outcomeTkr.total, outsideCostCentres: result - totalOutcome,
            budgetHeading: "Budget \(year.name)", outcomeHeading: "Ackumulerat \(period.name)")
        findings += check(followUp, period)
        return (followUp, findings)
    }

    /// A whole-tkr column as the follow-up table holds it.
    private static func wholeTkr(_ amounts: [Money]) -> (lines: [Int64], total: Int64) {
        let column = TkrRule.column(amounts)
        return (column.lines.map(\.units), column.total.units)
    }

    /// Amounts per cost-centre code over the months, SIE sign, result accounts only.
    private static func sums(_ rows: [PeriodAmount], _ months: ReportPeriod, _ books: Books) -> [String: Money] {
        var result: [String: Money] = [:]
        for row in rows where months.contains(row.period) {
            let kind = books.accounts[row.account]?.effectiveKind ?? Account(number: row.account, name: "").effectiveKind
            guard !kind.isBalanceAccount else { continue }
            for object in row.objects where object.dimension == dimension {
                result[object.id, default: .zero] += row.amount
            }
        }
        return result
    }

    /// The rows must add up to the total, exactly and in tkr.
    static func check(_ followUp: CostCentreFollowUp, _ period: ReportPeriod) -> [Finding] {
        var findings: [Finding] = []
        let pairs: [(String, Money, Money, Int64, Int64)] = [
            ("utfall", followUp.rows.map(\.outcome).sum(), followUp.totalOutcome, followUp.rows.map(\.outcomeTkr).reduce(0, +),
             followUp.totalOutcomeTkr),
            ("budget", followUp.rows.map(\.budget).sum(), followUp.totalBudget, followUp.rows.map(\.budgetTkr).reduce(0, +),
             followUp.totalBudgetTkr),
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
