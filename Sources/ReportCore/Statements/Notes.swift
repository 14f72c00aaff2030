/// A note to a statement line: its accounts this year and last year, summing to the line.
public struct AccountNote: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var account: String
        public var name: String
        public var thisYear: Money
        public var lastYear: Money
    }

    public var number: Int
    public var lineId: String
    public var title: String
    /// "resultat" (this year's and last year's result) or "balans" (closing balances).
    public var statement: String
    public var columns: [String]
    public var rows: [Row]
    public var total: YearPair
    /// The statement line's own figures, which the rows must add up to.
    public var lineAmounts: YearPair
}

enum NotesBuilder {
    static func build(_ ledger: LedgerView, numbers: [String: Int], income: IncomeStatement, balance: BalanceSheet,
                      year: Int) -> [AccountNote] {
        let transactions = ledger.books.vouchers.isEmpty ? nil : ledger.transactionTotals()
        return ledger.mapping.allLines.compactMap { line -> AccountNote? in
            guard line.note == .accounts, let number = numbers[line.id] else { return nil }
            return line.kind.isBalance
                ? balanceNote(ledger, line, number, balance, transactions, year: year)
                : resultNote(ledger, line, number, income, transactions, year: year)
        }
    }

    /// Rows from the ledger (this year's transactions when there are vouchers, else #RES).
    private static func resultNote(_ ledger: LedgerView, _ line: MappedLine, _ number: Int, _ income: IncomeStatement,
                                   _ transactions: [String: Money]?, year: Int) -> AccountNote {
        let rows = ledger.accounts(of: line.id).map { account in
            AccountNote.Row(account: account, name: ledger.accountName(account),
                            thisYear: -(transactions?[account] ?? ledger.result(0, account)), lastYear: -ledger.result(-1, account))
        }.filter { !$0.thisYear.isZero || !$0.lastYear.isZero }
        let row = income.row(line.id)
        return AccountNote(number: number, lineId: line.id, title: line.label, statement: "resultat",
                           columns: ["Jan–dec \(year)", "Jan–dec \(year - 1)"], rows: rows,
                           total: YearPair(rows.map(\.thisYear).sum(), rows.map(\.lastYear).sum()),
                           lineAmounts: YearPair(row?.thisYear ?? .zero, row?.lastYear ?? .zero))
    }

    /// Closing balances: this year's from the opening balance plus the transactions when
    /// there are vouchers (else #UB), last year's from this year's opening balance.
    private static func balanceNote(_ ledger: LedgerView, _ line: MappedLine, _ number: Int, _ balance: BalanceSheet,
                                    _ transactions: [String: Money]?, year: Int) -> AccountNote {
        let sign = line.kind.reportSign
        let rows = ledger.accounts(of: line.id).map { account -> AccountNote.Row in
            let closing = transactions.map { ledger.opening(0, account) + ($0[account] ?? .zero) } ?? ledger.closing(0, account)
            return AccountNote.Row(account: account, name: ledger.accountName(account), thisYear: Money(ore: sign * closing.ore),
                                   lastYear: Money(ore: sign * ledger.opening(0, account).ore))
        }.filter { !$0.thisYear.isZero || !$0.lastYear.isZero }
        let row = balance.row(line.id)
        return AccountNote(number: number, lineId: line.id, title: line.label, statement: "balans",
                           columns: ["UB \(year)-12-31", "UB \(year - 1)-12-31"], rows: rows,
                           total: YearPair(rows.map(\.thisYear).sum(), rows.map(\.lastYear).sum()),
                           lineAmounts: YearPair(row?.closing ?? .zero, row?.opening ?? .zero))
    }
}
