/// The year's balances against its transactions, and one year against the next.
enum YearBalanceChecks {
    /// For this year (index 0): opening balance plus transactions equals closing balance,
    /// per balance account. Runs when the file has vouchers and closing balances.
    static func openingPlusTransactions(_ context: BooksCheckContext) -> [Finding] {
        let books = context.books
        guard context.hasVouchers, books.closingBalances.keys.contains(where: { $0.year == 0 }) else { return [] }
        let accounts = accountsOfYear0(books.openingBalances, books.closingBalances, context)
            .filter { context.kind(of: $0).isBalanceAccount }
        var findings: [Finding] = []
        for account in accounts {
            let key = YearAccount(year: 0, account: account)
            let opening = books.openingBalances[key]?.amount ?? .zero
            let closing = books.closingBalances[key]?.amount ?? .zero
            let transactions = context.transactionTotals[account] ?? CheckedSum()
            let line = books.closingBalances[key]?.line ?? books.openingBalances[key]?.line ?? context.firstTransactionLine[account]
            let computed = CheckedSum(opening) + transactions.money
            guard !transactions.overflowed, !computed.overflowed else {
                findings.append(CheckMessages.overflow(context.accountLabel(account), context, line: line))
                continue
            }
            guard computed.money != closing else { continue }
            let message = "\(context.accountLabel(account)): ingående balans \(opening.kronorText) plus årets transaktioner "
                + "\(transactions.money.kronorText) blir \(computed.money.kronorText), men utgående balans är \(closing.kronorText)"
                + CheckMessages.difference(closing, computed.money)
            findings.append(Finding(.error, code: "ib-ub-avvikelse", message: message, location: context.location(line)))
        }
        return findings
    }

    /// For this year: #RES equals the transactions per result account.
    static func resultsMatchTransactions(_ context: BooksCheckContext) -> [Finding] {
        let books = context.books
        guard context.hasVouchers, books.results.keys.contains(where: { $0.year == 0 }) else { return [] }
        let accounts = accountsOfYear0(books.results, [:], context).filter { !context.kind(of: $0).isBalanceAccount }
        var findings: [Finding] = []
        for account in accounts {
            let entry = books.results[YearAccount(year: 0, account: account)]
            let result = entry?.amount ?? .zero
            let transactions = context.transactionTotals[account] ?? CheckedSum()
            let line = entry?.line ?? context.firstTransactionLine[account]
            guard !transactions.overflowed else {
                findings.append(CheckMessages.overflow(context.accountLabel(account), context, line: line))
                continue
            }
            guard transactions.money != result else { continue }
            let message = "\(context.accountLabel(account)): resultatet (#RES) är \(result.kronorText), men årets transaktioner "
                + "summerar till \(transactions.money.kronorText)" + CheckMessages.difference(result, transactions.money)
            findings.append(Finding(.error, code: "res-avvikelse", message: message, location: context.location(line)))
        }
        return findings
    }

    /// Each year's closing balances equal the next year's opening balances (UB −1 = IB 0).
    static func closingMatchesNextOpening(_ context: BooksCheckContext) -> [Finding] {
        let books = context.books
        let closingYears = Set(books.closingBalances.keys.map(\.year))
        let openingYears = Set(books.openingBalances.keys.map(\.year))
        var findings: [Finding] = []
        for year in openingYears.sorted(by: >) where closingYears.contains(year - 1) {
            let accounts = Set(books.openingBalances.keys.filter { $0.year == year }.map(\.account))
                .union(books.closingBalances.keys.filter { $0.year == year - 1 }.map(\.account))
            for account in accounts.sorted() where context.kind(of: account).isBalanceAccount {
                let opening = books.openingBalances[YearAccount(year: year, account: account)]
                let closing = books.closingBalances[YearAccount(year: year - 1, account: account)]
                let openingAmount = opening?.amount ?? .zero
                let closingAmount = closing?.amount ?? .zero
                guard openingAmount != closingAmount else { continue }
                let message = "\(context.accountLabel(account)): utgående balans år \(year - 1) (#UB \(year - 1)) är \(closingAmount.kronorText), "
                    + "men ingående balans år \(year) (#IB \(year)) är \(openingAmount.kronorText)"
                    + CheckMessages.difference(openingAmount, closingAmount)
                findings.append(Finding(.error, code: "ub-ib-avvikelse", message: message,
                                        location: context.location(opening?.line ?? closing?.line)))
            }
        }
        return findings
    }

    /// Accounts of year 0 in either table or with transactions, sorted.
    private static func accountsOfYear0(_ first: [YearAccount: Entry], _ second: [YearAccount: Entry],
                                        _ context: BooksCheckContext) -> [String] {
        var accounts = Set(context.transactionTotals.keys)
        for key in first.keys where key.year == 0 { accounts.insert(key.account) }
        for key in second.keys where key.year == 0 { accounts.insert(key.account) }
        return accounts.sorted()
    }
}
