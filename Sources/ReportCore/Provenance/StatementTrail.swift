/// The book amounts behind a described row: the same walk as `StatementEvaluator.value`,
/// keeping every account's amount with the signs that reach it, so that the amounts add
/// up to the row's value (`ProvenanceTests` holds the two together).
extension StatementEvaluator {
    func bookAmounts(_ row: RowDescription, _ column: ColumnDescription, reportYear: Int, inherited: Measure? = nil,
                     sign: Int64 = 1) -> [BookAmount]? {
        guard let measure = Self.measure(row: row.measure, inherited: inherited, column: column.measure) else { return nil }
        switch row.kind {
        case .text, .blank:
            return nil
        case .accounts where row.terms == nil, .partOf:
            return accounts(of: row).map {
                bookAmount($0, year: column.year, measure: measure, sign: sign * row.sign, reportYear: reportYear)
            }.filter { !$0.booked.isZero }
        case .accounts, .sum, .subtotal:
            let passed = row.measure ?? inherited
            var found = false
            var amounts: [BookAmount] = []
            for term in terms(of: row) {
                guard let summed = rows[term.id],
                      let inner = bookAmounts(summed, column, reportYear: reportYear, inherited: passed, sign: sign * row.sign * term.sign)
                else { continue }
                found = true
                amounts += inner
            }
            return found ? amounts : nil
        }
    }

    /// One account's amount for a measure: as booked, and what it adds to the row.
    func bookAmount(_ account: String, year: Int, measure: Measure, sign: Int64, reportYear: Int) -> BookAmount {
        let reported = amount(account, year: year, measure: measure)
        let booked = Money(ore: Self.reportSign(account) * reported.ore)
        return BookAmount(account: account, name: ledger.accountName(account), costCentre: nil, year: reportYear + year,
                          source: Self.source(measure), booked: booked,
                          amount: Money(ore: sign * reported.ore), vouchers: nil)
    }

    static func source(_ measure: Measure) -> String {
        switch measure {
        case .result: return "#RES"
        case .opening: return "#IB"
        case .closing: return "#UB"
        case .change: return "#UB−#IB"
        }
    }
}
