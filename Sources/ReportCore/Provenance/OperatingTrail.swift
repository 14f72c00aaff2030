/// The book amounts per cost centre that the operating report's cost-centre rows add:
/// #PSALDO rows with a cost centre, else this year's #TRANS; the budget from #PBUDGET, else
/// the budget file per cost centre. Kept per account and cost centre.
struct OperatingTrail {
    var revenue: [String: [BookAmount]] = [:]
    var costs: [String: [BookAmount]] = [:]

    /// The cost centre (dimension 1) of a row; "" for none.
    static func centre(_ objects: [ObjectRef]) -> String { objects.first { $0.dimension == 1 }?.id ?? "" }

    /// The outcome of a year (0 or −1); nil where the books have none per cost centre.
    static func outcome(_ ledger: LedgerView, year: Int, reportYear: Int) -> OperatingTrail? {
        var trail = OperatingTrail()
        let rows = ledger.books.periodBalances.filter { $0.year == year && $0.objects.contains { $0.dimension == 1 } }
        if !rows.isEmpty {
            for row in rows {
                trail.add(centre: Self.centre(row.objects), account: row.account, booked: row.amount,
                          source: "#PSALDO", year: reportYear + year, ledger: ledger)
            }
            return trail.merged()
        }
        guard year == 0, !ledger.books.vouchers.isEmpty else { return nil }
        for transaction in ledger.books.vouchers.flatMap(\.effectiveTransactions) {
            trail.add(centre: Self.centre(transaction.objects), account: transaction.account, booked: transaction.amount,
                      source: "#TRANS", year: reportYear, ledger: ledger)
        }
        return trail.merged()
    }

    static func budget(_ ledger: LedgerView, csv: [CentreBudget]?, reportYear: Int) -> OperatingTrail {
        var trail = OperatingTrail()
        let rows = ledger.books.periodBudgets.filter { $0.year == 0 && $0.objects.contains { $0.dimension == 1 } }
        if !rows.isEmpty {
            for row in rows {
                trail.add(centre: Self.centre(row.objects), account: row.account, booked: row.amount,
                          source: "#PBUDGET", year: reportYear, ledger: ledger)
            }
            return trail.merged()
        }
        for row in csv ?? [] {
            let source = "\(row.file) rad \(row.line)"
            trail.revenue[row.centre, default: []].append(BookAmount(
                account: "", name: "Budgeterade intäkter", costCentre: row.centre, year: reportYear, source: source,
                booked: row.revenue, amount: row.revenue, vouchers: nil))
            trail.costs[row.centre, default: []].append(BookAmount(
                account: "", name: "Budgeterade kostnader", costCentre: row.centre, year: reportYear, source: source,
                booked: row.costs, amount: row.costs, vouchers: nil))
        }
        return trail
    }

    /// Revenue and cost accounts only (by their mapping line), in report sign.
    mutating func add(centre: String, account: String, booked: Money, source: String, year: Int, ledger: LedgerView) {
        guard let lineId = ledger.lineOfAccount[account], let line = ledger.linesById[lineId], !line.kind.isBalance else { return }
        let amount = BookAmount(account: account, name: ledger.accountName(account), costCentre: centre, year: year, source: source,
                                booked: booked, amount: -booked, vouchers: nil)
        if line.kind == .revenue { revenue[centre, default: []].append(amount) } else { costs[centre, default: []].append(amount) }
    }

    /// One amount per account and cost centre (a year's monthly rows added), in account order.
    func merged() -> OperatingTrail {
        OperatingTrail(revenue: revenue.mapValues(Self.merge), costs: costs.mapValues(Self.merge))
    }

    static func merge(_ amounts: [BookAmount]) -> [BookAmount] {
        var byAccount: [String: BookAmount] = [:]
        for amount in amounts {
            guard var known = byAccount[amount.account] else { byAccount[amount.account] = amount; continue }
            known.booked = known.booked + amount.booked
            known.amount = known.amount + amount.amount
            byAccount[amount.account] = known
        }
        return byAccount.keys.sorted().compactMap { byAccount[$0] }.filter { !$0.booked.isZero }
    }

    /// Every amount of the cost centres that pass the filter, sorted by centre then account.
    func revenue(_ filter: (String) -> Bool) -> [BookAmount] { Self.collect(revenue, filter) }
    func costs(_ filter: (String) -> Bool) -> [BookAmount] { Self.collect(costs, filter) }

    static func collect(_ table: [String: [BookAmount]], _ filter: (String) -> Bool) -> [BookAmount] {
        table.keys.filter(filter).sorted().flatMap { table[$0] ?? [] }
    }
}

extension BookAmount {
    /// The same amount subtracted (a budget in a deviation).
    var negated: BookAmount {
        var copy = self
        copy.amount = -amount
        return copy
    }
}
