/// The sign a drift row's budget is written with in a budget file by row (`rad;belopp`), in
/// the report's sign: revenue without sign, costs with a minus, balances (an opening equity)
/// without sign. A row says it with `budgettecken`; otherwise it follows from the kinds of
/// the account plan's lines its accounts belong to. A row that mixes revenue and cost
/// accounts (or takes cost centres, whose budget is a net) may have either sign.
public enum BudgetSign: String, Equatable, Sendable {
    case plus, minus, either = "bada"

    /// Why a row's budget has its sign, for the message that refuses a wrong one.
    enum Reason: Equatable { case stated, revenue, cost, balance }

    func allows(_ amount: Money) -> Bool {
        switch self {
        case .plus: return !amount.isNegative
        case .minus: return amount.ore <= 0
        case .either: return true
        }
    }

    /// The row's sign and why; `.either` when nothing tells.
    static func of(_ row: OperatingRowDescription, ledger: LedgerView, accounts: [String]) -> (sign: BudgetSign, reason: Reason?) {
        if let stated = row.budgetSign { return (stated, .stated) }
        guard row.centres == nil else { return (.either, nil) }
        let kinds = lineKinds(row, ledger: ledger, accounts: accounts)
        guard !kinds.isEmpty else { return (.either, nil) }
        if kinds == [.revenue] { return (.plus, .revenue) }
        if kinds == [.cost] { return (.minus, .cost) }
        let balance = kinds.allSatisfy(\.isBalance) && (row.measure == .opening || row.measure == .closing)
        return balance ? (.plus, .balance) : (.either, nil)
    }

    /// The kinds of the mapping lines the row takes: those it names under `rader`, and
    /// those of the books' accounts (declared or with amounts) inside its `konton`.
    static func lineKinds(_ row: OperatingRowDescription, ledger: LedgerView, accounts: [String]) -> Set<MappedLine.Kind> {
        var kinds = Set(row.mappingLines.compactMap { ledger.linesById[$0]?.kind })
        for account in accounts where row.accounts.contains(where: { $0.contains(account) }) {
            let lines = ledger.mapping.lines(for: account)
            if lines.count == 1 { kinds.insert(lines[0].kind) }
        }
        return kinds
    }
}
