/// Computes described rows from the books: an account row adds its accounts' amounts (the
/// column's measure, in report sign: assets, equity, liabilities and revenue positive,
/// costs negative), a sum row adds the rows it names. Exact öre throughout.
struct StatementEvaluator {
    let ledger: LedgerView
    let rows: [String: RowDescription]
    private let tableOfRow: [String: String]
    private let tableRows: [String: [RowDescription]]
    private let accountsWithAmounts: [String]
    /// `accounts(of:)` of the set's account rows, computed once: tables, checks and
    /// provenance ask for the same rows many times, and each answer tests every account
    /// with amounts against the row's ranges. Kept with what it was computed from, so a row
    /// changed since gets its own answer.
    private let accountsOfRow: [String: (lines: [String], ranges: [AccountRange], accounts: [String])]

    init(ledger: LedgerView, set: StatementSet) {
        self.ledger = ledger
        var rows: [String: RowDescription] = [:]
        var tables: [String: String] = [:]
        for table in set.all {
            for row in table.rows {
                rows[row.id] = row
                tables[row.id] = table.id
            }
        }
        self.rows = rows
        tableOfRow = tables
        tableRows = Dictionary(set.all.map { ($0.id, $0.rows) }, uniquingKeysWith: { first, _ in first })
        let accountsWithAmounts = LedgerView.accountsWithAmounts(ledger.books)
        self.accountsWithAmounts = accountsWithAmounts
        var accountsOfRow: [String: (lines: [String], ranges: [AccountRange], accounts: [String])] = [:]
        for row in rows.values where row.kind == .accounts || row.kind == .partOf {
            accountsOfRow[row.id] = (row.mappingLines, row.accounts,
                                     Self.accounts(of: row, ledger: ledger, accountsWithAmounts: accountsWithAmounts))
        }
        self.accountsOfRow = accountsOfRow
    }

    /// The accounts with amounts that an account row covers, in number order.
    func accounts(of row: RowDescription) -> [String] {
        if let known = accountsOfRow[row.id], known.lines == row.mappingLines, known.ranges == row.accounts { return known.accounts }
        return Self.accounts(of: row, ledger: ledger, accountsWithAmounts: accountsWithAmounts)
    }

    private static func accounts(of row: RowDescription, ledger: LedgerView, accountsWithAmounts: [String]) -> [String] {
        let fromLines = Set(row.mappingLines.flatMap { ledger.accounts(of: $0) })
        return accountsWithAmounts.filter { account in
            fromLines.contains(account) || row.accounts.contains { $0.contains(account) }
        }
    }

    /// Assets (class 1) are shown as booked; every other class with its sign turned.
    static func reportSign(_ account: String) -> Int64 { account.hasPrefix("1") ? 1 : -1 }

    func amount(_ account: String, year: Int, measure: Measure) -> Money {
        let booked: Money
        switch measure {
        case .result: booked = ledger.result(year, account)
        case .opening: booked = ledger.opening(year, account)
        case .closing: booked = ledger.closing(year, account)
        case .change: booked = ledger.closing(year, account) - ledger.opening(year, account)
        }
        return Money(ore: Self.reportSign(account) * booked.ore)
    }

    /// The measure a row shows in a column; nil where it has no figure there (a year's
    /// result has no opening balance).
    static func measure(row: Measure?, inherited: Measure?, column: Measure) -> Measure? {
        guard let chosen = row ?? inherited else { return column }
        if chosen == .result && column == .opening { return nil }
        return chosen
    }

    func value(_ row: RowDescription, _ column: ColumnDescription, inherited: Measure? = nil) -> Money? {
        guard let measure = Self.measure(row: row.measure, inherited: inherited, column: column.measure) else { return nil }
        switch row.kind {
        case .text, .blank:
            return nil
        case .accounts where row.terms == nil, .partOf:
            let total = accounts(of: row).map { amount($0, year: column.year, measure: measure) }.sum()
            return Money(ore: row.sign * total.ore)
        case .accounts, .sum, .subtotal:
            let passed = row.measure ?? inherited
            let values = terms(of: row).map { term -> Money? in
                guard let summed = rows[term.id] else { return nil }
                return value(summed, column, inherited: passed).map { Money(ore: term.sign * $0.ore) }
            }
            guard values.contains(where: { $0 != nil }) else { return nil }
            return Money(ore: row.sign * values.compactMap { $0 }.sum().ore)
        }
    }

    /// The accounts a row's balance is made of: its own, or those of the rows it sums,
    /// leaving out what it takes from the year's result (`belopp: resultat`). Summa eget
    /// kapital gives the equity accounts, likvida medel the cash and bank accounts.
    func balanceAccounts(of row: RowDescription, inherited: Measure? = nil) -> [String] {
        let measure = row.measure ?? inherited
        guard measure != .result else { return [] }
        switch row.kind {
        case .text, .blank:
            return []
        case .accounts where row.terms == nil, .partOf:
            return accounts(of: row)
        case .accounts, .sum, .subtotal:
            let summed = terms(of: row).compactMap { rows[$0.id] }.flatMap { balanceAccounts(of: $0, inherited: measure) }
            return Array(Set(summed)).sorted()
        }
    }

    /// The accounts' amounts added up, in report sign.
    func total(_ accounts: [String], year: Int, measure: Measure) -> Money {
        accounts.map { amount($0, year: year, measure: measure) }.sum()
    }

    /// The rows a sum adds: those it names, or every account row above it in its table.
    func terms(of row: RowDescription) -> [RowDescription.Term] {
        if let terms = row.terms { return terms }
        let above = (tableOfRow[row.id].flatMap { tableRows[$0] } ?? []).prefix { $0.id != row.id }
        return above.filter { $0.kind == .accounts }.map { RowDescription.Term(id: $0.id, sign: 1) }
    }
}
