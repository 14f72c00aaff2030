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
        try check("#IB", books.openingBalances.values.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#UB", books.closingBalances.values.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#RES", books.results.values.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#OIB", books.objectOpeningBalances.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#OUB", books.objectClosingBalances.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#PSALDO", books.periodBalances.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#PBUDGET", books.periodBudgets.lazy.map { ($0.amount, $0.line) }, fileName)
        try check("#TRANS", books.vouchers.lazy.flatMap { $0.transactions.lazy.map { ($0.amount, $0.line) } }, fileName)
    }

    /// One kind's amounts; only a file past the bound is sorted, to name the line that crossed it.
    private static func check<Amounts: Sequence>(_ label: String, _ amounts: Amounts, _ fileName: String) throws
        where Amounts.Element == (Money, Int) {
        var total: UInt64 = 0
        for (amount, _) in amounts {
            total += amount.ore.magnitude
            if total > UInt64(maximumTotalOre) { break }
        }
        guard total > UInt64(maximumTotalOre) else { return }
        total = 0
        for (amount, line) in amounts.sorted(by: { $0.1 < $1.1 }) {
            total += amount.ore.magnitude
            guard total <= UInt64(maximumTotalOre) else {
                throw InputError(
                    "Beloppen på \(label)-raderna summerar till mer än \(Money(ore: maximumTotalOre).kronorText) "
                        + "(räknat utan tecken) vid rad \(line), \(amount.kronorText) på den raden. Så stora summor kan inte "
                        + "räknas exakt och är inte ett förbunds bokföring; kontrollera beloppen i exporten.",
                    file: fileName, line: line)
            }
        }
    }
}
