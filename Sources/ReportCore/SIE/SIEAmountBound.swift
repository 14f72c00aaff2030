/// Every amount of a file is bounded on its own (`SIENumbers.maximumOre`), but thousands of
/// lines can still add up past what an Int64 of öre holds, and the report multiplies sums
/// (per mille of a total, twelve months of a forecast). So the magnitudes of each kind of
/// record are added up while the file is read: past `maximumTotalOre` the file is refused
/// at the line that crossed it, and no sum, difference or product the report makes of one
/// kind's amounts, or of a few kinds together, can overflow.
enum SIEAmountBound {
    /// 10 000 000 000 000 kr (ten thousand billion) per kind of record: more than any
    /// association's books, and a thousand times that still fits in an Int64.
    static let maximumTotalOre: Int64 = 1_000_000_000_000_000

    static func check(_ books: Books, fileName: String) throws {
        let entries = { (table: [YearAccount: Entry]) in table.values.map { ($0.amount, $0.line) } }
        let kinds: [(String, [(Money, Int)])] = [
            ("#IB", entries(books.openingBalances)), ("#UB", entries(books.closingBalances)), ("#RES", entries(books.results)),
            ("#OIB", books.objectOpeningBalances.map { ($0.amount, $0.line) }),
            ("#OUB", books.objectClosingBalances.map { ($0.amount, $0.line) }),
            ("#PSALDO", books.periodBalances.map { ($0.amount, $0.line) }),
            ("#PBUDGET", books.periodBudgets.map { ($0.amount, $0.line) }),
            ("#TRANS", books.vouchers.flatMap { $0.transactions.map { ($0.amount, $0.line) } }),
        ]
        for (label, amounts) in kinds where !withinBound(amounts.lazy.map(\.0)) {
            var total: Int64 = 0
            for (amount, line) in amounts.sorted(by: { $0.1 < $1.1 }) {
                total += Int64(amount.ore.magnitude)
                guard total <= maximumTotalOre else {
                    throw InputError(
                        "Beloppen på \(label)-raderna summerar till mer än \(Money(ore: maximumTotalOre).kronorText) "
                            + "(räknat utan tecken) vid rad \(line), \(amount.kronorText) på den raden. Så stora summor kan inte "
                            + "räknas exakt och är inte ett förbunds bokföring; kontrollera beloppen i exporten.",
                        file: fileName, line: line)
                }
            }
        }
    }

    private static func withinBound<Amounts: Sequence>(_ amounts: Amounts) -> Bool where Amounts.Element == Money {
        var total: UInt64 = 0
        for amount in amounts {
            total += amount.ore.magnitude
            if total > UInt64(maximumTotalOre) { return false }
        }
        return true
    }
}
