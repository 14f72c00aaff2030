/// The book amounts an operating row adds, per column: cost-centre rows from the books per
/// cost centre (`OperatingTrail`: #PSALDO, else this year's vouchers; the budget from
/// #PBUDGET per cost centre or the budget file per cost centre), account rows from #RES (or
/// #IB/#UB), and budgets by row from a budget file of lines (`rad;belopp`).
struct OperatingSources {
    let ledger: LedgerView
    let reportYear: Int
    let outcome: OperatingTrail?
    let last: OperatingTrail?
    let centreBudget: OperatingTrail
    let budgetLines: [BudgetLine]?
    let budgetSource: String

    init(ledger: LedgerView, reportYear: Int, budget: [CentreBudget]?, budgetLines: [BudgetLine]?) {
        self.ledger = ledger
        self.reportYear = reportYear
        outcome = OperatingTrail.outcome(ledger, year: 0, reportYear: reportYear)
        last = OperatingTrail.outcome(ledger, year: -1, reportYear: reportYear)
        centreBudget = OperatingTrail.budget(ledger, csv: budget, reportYear: reportYear)
        self.budgetLines = budgetLines
        let perCentre = ledger.books.periodBudgets.contains { $0.year == 0 && $0.objects.contains { $0.dimension == 1 } }
        if perCentre { budgetSource = "bokföringens budget per kostnadsställe" }
        else { budgetSource = budget?.first?.file ?? budgetLines?.first?.file ?? "" }
    }

    /// The amounts of an account row in a column; nil where it has no figure there (no
    /// budget, or no last year per cost centre).
    func amounts(_ row: OperatingRowDescription, centre: String?, _ column: OperatingColumnDescription) -> [BookAmount]? {
        switch column.amount {
        case .outcome: return outcome(row, centre: centre, year: column.year, side: column.side)
        case .budget: return budget(row, centre: centre, side: column.side)
        case .deviation:
            guard let outcome = outcome(row, centre: centre, year: 0, side: column.side),
                  let budget = budget(row, centre: centre, side: column.side) else { return nil }
            return outcome + budget.map(\.negated)
        }
    }

    func outcome(_ row: OperatingRowDescription, centre: String?, year: Int, side: OperatingSide) -> [BookAmount]? {
        if let selection = row.centres {
            guard let trail = year == 0 ? outcome : last else { return nil }
            return Self.side(trail, side) { code in centre.map { $0 == code } ?? selection.contains(code, mapping: ledger.mapping) }
        }
        return accounts(row).compactMap { account in
            guard Self.onSide(account, side, ledger) else { return nil }
            return bookAmount(account, year: year, measure: row.measure ?? .result)
        }
    }

    /// A row with no budget has none (a dash), unless its outcome is zero too: then its
    /// budget and deviation are 0.
    func budget(_ row: OperatingRowDescription, centre: String?, side: OperatingSide) -> [BookAmount]? {
        if let budget = givenBudget(row, centre: centre, side: side) { return budget }
        let outcome = outcome(row, centre: centre, year: 0, side: side) ?? []
        return outcome.map(\.amount).sum().isZero ? [] : nil
    }

    func givenBudget(_ row: OperatingRowDescription, centre: String?, side: OperatingSide) -> [BookAmount]? {
        if let lines = budgetLines {
            guard centre == nil else { return nil }
            let named = row.budgetLines ?? [row.id]
            let amounts = lines.filter { named.contains($0.id) }.map { line in
                BookAmount(account: "", name: "Budget \(line.id)", costCentre: nil, year: reportYear, source: "\(line.file) rad \(line.line)",
                           booked: line.amount, amount: line.amount, vouchers: nil)
            }
            return amounts.isEmpty ? nil : amounts
        }
        guard let selection = row.centres, !budgetSource.isEmpty else { return nil }
        let filter: (String) -> Bool = { code in centre.map { $0 == code } ?? selection.contains(code, mapping: ledger.mapping) }
        let hasLines = !(centreBudget.revenue.keys.filter(filter).isEmpty && centreBudget.costs.keys.filter(filter).isEmpty)
        return hasLines ? Self.side(centreBudget, side, filter) : nil
    }

    static func side(_ trail: OperatingTrail, _ side: OperatingSide, _ filter: (String) -> Bool) -> [BookAmount] {
        switch side {
        case .revenue: return trail.revenue(filter)
        case .costs: return trail.costs(filter)
        case .net: return trail.revenue(filter) + trail.costs(filter)
        }
    }

    /// The accounts with amounts an account row covers, in number order.
    func accounts(_ row: OperatingRowDescription) -> [String] {
        let fromLines = Set(row.mappingLines.flatMap { ledger.accounts(of: $0) })
        return LedgerView.accountsWithAmounts(ledger.books).filter { account in
            fromLines.contains(account) || row.accounts.contains { $0.contains(account) }
        }
    }

    static func onSide(_ account: String, _ side: OperatingSide, _ ledger: LedgerView) -> Bool {
        guard side != .net else { return true }
        guard let id = ledger.lineOfAccount[account], let line = ledger.linesById[id] else { return false }
        return side == .revenue ? line.kind == .revenue : line.kind == .cost
    }

    func bookAmount(_ account: String, year: Int, measure: Measure) -> BookAmount? {
        let booked: Money, source: String
        switch measure {
        case .result: (booked, source) = (ledger.result(year, account), "#RES")
        case .opening: (booked, source) = (ledger.opening(year, account), "#IB")
        case .closing: (booked, source) = (ledger.closing(year, account), "#UB")
        case .change: (booked, source) = (ledger.closing(year, account) - ledger.opening(year, account), "#UB−#IB")
        }
        guard !booked.isZero else { return nil }
        return BookAmount(account: account, name: ledger.accountName(account), costCentre: nil, year: reportYear + year, source: source,
                          booked: booked, amount: Money(ore: StatementEvaluator.reportSign(account) * booked.ore), vouchers: nil)
    }

    /// The cost centres with an amount in any of the columns, in code order.
    func centres(_ row: OperatingRowDescription, columns: [OperatingColumnDescription]) -> [String] {
        guard let selection = row.centres else { return [] }
        let trails = [outcome, last, centreBudget].compactMap { $0 }
        let codes = Set(trails.flatMap { Array($0.revenue.keys) + Array($0.costs.keys) })
            .filter { selection.contains($0, mapping: ledger.mapping) }
        return codes.sorted().filter { code in
            columns.contains { column in
                !(amounts(row, centre: code, column) ?? []).map(\.amount).sum().isZero
            }
        }
    }

    func centreName(_ code: String) -> String {
        ledger.books.objects[ObjectRef(dimension: 1, id: code)]?.name ?? (code.isEmpty ? "Utan kostnadsställe" : code)
    }
}
