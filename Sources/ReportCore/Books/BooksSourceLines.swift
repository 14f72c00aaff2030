extension Books {
    /// The same books with every source line set to 0: what is left when the facts are
    /// compared without regard to where in a file they stood (round-trip tests).
    public func withoutSourceLines() -> Books {
        var books = self
        books.header.lines = [:]
        books.fiscalYears = fiscalYears.map { var year = $0; year.line = 0; return year }
        books.accounts = accounts.mapValues { var account = $0; account.line = 0; return account }
        books.dimensions = dimensions.mapValues { var dimension = $0; dimension.line = 0; return dimension }
        books.objects = objects.mapValues { var object = $0; object.line = 0; return object }
        books.openingBalances = openingBalances.mapValues { var entry = $0; entry.line = 0; return entry }
        books.closingBalances = closingBalances.mapValues { var entry = $0; entry.line = 0; return entry }
        books.results = results.mapValues { var entry = $0; entry.line = 0; return entry }
        books.objectOpeningBalances = objectOpeningBalances.map { var balance = $0; balance.line = 0; return balance }
        books.objectClosingBalances = objectClosingBalances.map { var balance = $0; balance.line = 0; return balance }
        books.periodBalances = periodBalances.map { var amount = $0; amount.line = 0; return amount }
        books.periodBudgets = periodBudgets.map { var amount = $0; amount.line = 0; return amount }
        books.vouchers = vouchers.map { voucher in
            var copy = voucher
            copy.line = 0
            copy.transactions = voucher.transactions.map { var transaction = $0; transaction.line = 0; return transaction }
            return copy
        }
        return books
    }
}
