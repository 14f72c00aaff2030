/// The checks the books must pass before anything is computed from them. Each failure
/// is a `Finding` in Swedish with file, line and the figures involved, so that the
/// office can find the row in its accounting system.
public enum BooksChecks {
    /// The reader's own findings (#KSUMMA, the encoding guess) followed by every check.
    public static func run(_ document: SIEDocument) -> [Finding] {
        let context = BooksCheckContext(document)
        var findings = document.findings
        findings += VoucherBalanceCheck.run(context)
        findings += YearBalanceChecks.openingPlusTransactions(context)
        findings += YearBalanceChecks.resultsMatchTransactions(context)
        findings += YearBalanceChecks.closingMatchesNextOpening(context)
        findings += PeriodBalanceCheck.run(context)
        findings += MissingVouchersCheck.run(context)
        return findings
    }
}

/// What every check needs: the books, the file name for locations, and the year's
/// transaction totals per account (computed once).
struct BooksCheckContext {
    let books: Books
    let fileName: String
    /// Sum of the effective transactions of all vouchers, per account.
    let transactionTotals: [String: CheckedSum]
    /// The first line where each account has a transaction, for locations.
    let firstTransactionLine: [String: Int]

    init(_ document: SIEDocument) {
        books = document.books
        fileName = document.fileName
        var totals: [String: CheckedSum] = [:]
        var firstLine: [String: Int] = [:]
        for voucher in document.books.vouchers {
            for transaction in voucher.transactions where transaction.kind == .normal {
                totals[transaction.account, default: CheckedSum()].add(transaction.amount)
                if firstLine[transaction.account] == nil { firstLine[transaction.account] = transaction.line }
            }
        }
        transactionTotals = totals
        firstTransactionLine = firstLine
    }

    var hasVouchers: Bool { !books.vouchers.isEmpty }

    func location(_ line: Int?) -> SourceLocation { SourceLocation(file: fileName, line: line) }

    func kind(of account: String) -> Account.Kind {
        (books.accounts[account] ?? Account(number: account, name: "")).effectiveKind
    }

    /// "Konto 1930 (Bank)", or "Konto 1930" when the chart has no name for it.
    func accountLabel(_ account: String) -> String {
        guard let name = books.accounts[account]?.name, !name.isEmpty else { return "Konto \(account)" }
        return "Konto \(account) (\(name))"
    }
}
