/// Driftredovisning, in tkr: a summary by type (Ordinarie, Projektrelaterat, Summa) and
/// the outcome per cost centre against its budget. Costs are negative; deviation =
/// outcome − budget. Every column is rounded by `TkrRule`'s rule.
public struct OperatingStatement: Equatable, Sendable, Codable {
    public struct SummaryRow: Equatable, Sendable, Codable {
        public var id: String
        public var label: String
        public var revenue: Tkr
        public var costs: Tkr
        public var net: Tkr
        public var budget: Tkr
        public var deviation: Tkr
        public var lastYearRevenue: Tkr?
        public var lastYearCosts: Tkr?
        public var lastYearNet: Tkr?
        /// The exact amounts behind the row (kr).
        public var exact: Exact
    }

    public struct Exact: Equatable, Sendable, Codable {
        public var revenue, costs, net, budget: Money
        public var lastYearRevenue, lastYearCosts: Money?
    }

    public struct CentreRow: Equatable, Sendable, Codable {
        public var code: String
        public var label: String
        public var outcome: Tkr
        public var budget: Tkr
        public var deviation: Tkr
        public var exactOutcome: Money
        public var exactBudget: Money
    }

    public struct CentreTable: Equatable, Sendable, Codable {
        public var type: String
        public var title: String
        public var rows: [CentreRow]
        public var total: CentreRow
    }

    public var summary: [SummaryRow]
    public var total: SummaryRow
    /// Ordinary cost centres, then project cost centres.
    public var centres: [CentreTable]
    /// "bokföringens #PBUDGET" or the budget file's name; empty when the year has no budget.
    public var budgetSource: String
}

/// One year's amounts on cost centres, split into revenue and cost by the mapping.
struct CentreAmounts {
    var revenue: [String: Money] = [:]
    var costs: [String: Money] = [:]

    mutating func add(centre: String, account: String, sieAmount: Money, ledger: LedgerView) {
        guard let lineId = ledger.lineOfAccount[account], let line = ledger.linesById[lineId], !line.kind.isBalance else { return }
        if line.kind == .revenue {
            revenue[centre, default: .zero] = revenue[centre, default: .zero] - sieAmount
        } else {
            costs[centre, default: .zero] = costs[centre, default: .zero] - sieAmount
        }
    }

    var centres: Set<String> { Set(revenue.keys).union(costs.keys) }
    var net: Money { revenue.values.sum() + costs.values.sum() }
}

enum CentreAmountsReader {
    static func centre(_ objects: [ObjectRef]) -> String { objects.first { $0.dimension == 1 }?.id ?? "" }

    /// #PSALDO rows with a cost centre; for this year, the vouchers when there are none.
    static func outcome(_ ledger: LedgerView, year: Int) -> CentreAmounts? {
        var amounts = CentreAmounts()
        let rows = ledger.books.periodBalances.filter { $0.year == year && $0.objects.contains { $0.dimension == 1 } }
        if !rows.isEmpty {
            for row in rows { amounts.add(centre: centre(row.objects), account: row.account, sieAmount: row.amount, ledger: ledger) }
            return amounts
        }
        guard year == 0, !ledger.books.vouchers.isEmpty else { return nil }
        for voucher in ledger.books.vouchers {
            for transaction in voucher.effectiveTransactions {
                amounts.add(centre: centre(transaction.objects), account: transaction.account, sieAmount: transaction.amount, ledger: ledger)
            }
        }
        return amounts
    }

    /// #PBUDGET rows with a cost centre, else the budget csv.
    static func budget(_ ledger: LedgerView, csv: [CentreBudget]?) -> (CentreAmounts, String) {
        var amounts = CentreAmounts()
        let rows = ledger.books.periodBudgets.filter { $0.year == 0 && $0.objects.contains { $0.dimension == 1 } }
        if !rows.isEmpty {
            for row in rows { amounts.add(centre: centre(row.objects), account: row.account, sieAmount: row.amount, ledger: ledger) }
            return (amounts, "bokföringens budget per kostnadsställe")
        }
        for row in csv ?? [] {
            amounts.revenue[row.centre, default: .zero] = amounts.revenue[row.centre, default: .zero] + row.revenue
            amounts.costs[row.centre, default: .zero] = amounts.costs[row.centre, default: .zero] + row.costs
        }
        return (amounts, csv.map { $0.first?.file ?? "" } ?? "")
    }
}
