/// The books seen through the mapping: each account's amounts per year and the line it
/// belongs to. Amounts here keep SIE's signs; statements turn them into report signs.
struct LedgerView {
    let books: Books
    let mapping: AccountMapping
    /// Account → line id, for accounts that match exactly one line.
    let lineOfAccount: [String: String]
    /// Line id → its accounts in number order (the inverse of `lineOfAccount`, built once:
    /// every statement line asks for it, per year and per kind of amount).
    private let accountsOfLine: [String: [String]]
    let linesById: [String: MappedLine]

    init(books: Books, mapping: AccountMapping) {
        self.books = books
        self.mapping = mapping
        var assignment: [String: String] = [:]
        for account in LedgerView.accountsWithAmounts(books) {
            let lines = mapping.lines(for: account)
            if lines.count == 1 { assignment[account] = lines[0].id }
        }
        lineOfAccount = assignment
        accountsOfLine = Dictionary(grouping: assignment.sorted { $0.key < $1.key }, by: \.value).mapValues { $0.map(\.key) }
        linesById = Dictionary(mapping.allLines.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Accounts with a non-zero #IB, #UB, #RES or transaction in any year.
    static func accountsWithAmounts(_ books: Books) -> [String] {
        var accounts = Set<String>()
        for table in [books.openingBalances, books.closingBalances, books.results] {
            for (key, entry) in table where !entry.amount.isZero { accounts.insert(key.account) }
        }
        for voucher in books.vouchers {
            for transaction in voucher.effectiveTransactions where !transaction.amount.isZero {
                accounts.insert(transaction.account)
            }
        }
        return accounts.sorted()
    }

    func accounts(of lineId: String) -> [String] {
        accountsOfLine[lineId] ?? []
    }

    func result(_ year: Int, _ account: String) -> Money { books.results[YearAccount(year: year, account: account)]?.amount ?? .zero }
    func opening(_ year: Int, _ account: String) -> Money { books.openingBalances[YearAccount(year: year, account: account)]?.amount ?? .zero }
    func closing(_ year: Int, _ account: String) -> Money { books.closingBalances[YearAccount(year: year, account: account)]?.amount ?? .zero }

    var hasLastYear: Bool { books.results.keys.contains { $0.year == -1 } }
    var hasLastYearBalances: Bool { books.openingBalances.keys.contains { $0.year == -1 } }

    /// A line's amount in report sign: revenue positive, costs negative; for balance lines,
    /// assets positive and equity and liabilities positive too.
    func lineResult(_ year: Int, _ line: MappedLine) -> Money {
        -accounts(of: line.id).map { result(year, $0) }.sum()
    }

    func lineOpening(_ year: Int, _ line: MappedLine) -> Money {
        Money(ore: line.kind.reportSign * accounts(of: line.id).map { opening(year, $0) }.sum().ore)
    }

    func lineClosing(_ year: Int, _ line: MappedLine) -> Money {
        Money(ore: line.kind.reportSign * accounts(of: line.id).map { closing(year, $0) }.sum().ore)
    }

    /// The year's result in report sign (profit positive), from #RES.
    func yearResult(_ year: Int) -> Money {
        mapping.incomeGroups.flatMap(\.lines).map { lineResult(year, $0) }.sum()
    }

    /// Sum of lines of a kind (balance), in report sign.
    func kindClosing(_ year: Int, _ kind: MappedLine.Kind) -> Money {
        mapping.balanceGroups.flatMap(\.lines).filter { $0.kind == kind }.map { lineClosing(year, $0) }.sum()
    }

    func kindOpening(_ year: Int, _ kind: MappedLine.Kind) -> Money {
        mapping.balanceGroups.flatMap(\.lines).filter { $0.kind == kind }.map { lineOpening(year, $0) }.sum()
    }

    /// Transactions of this year per account (the ledger behind the notes).
    func transactionTotals() -> [String: Money] {
        var totals: [String: Money] = [:]
        for voucher in books.vouchers {
            for transaction in voucher.effectiveTransactions {
                totals[transaction.account, default: .zero] = totals[transaction.account, default: .zero] + transaction.amount
            }
        }
        return totals
    }

    func accountName(_ account: String) -> String { books.accounts[account]?.name ?? "" }
}
