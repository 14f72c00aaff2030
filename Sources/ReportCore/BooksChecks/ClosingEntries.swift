/// Year-end closing entries: most accounting programs close the year's result through
/// 8999 (Årets resultat) to 2099 (Årets resultat, eget kapital). The statements show the
/// result on a line of its own, so the closing entry is taken out: otherwise 8999 would
/// count as a cost that cancels the result, and 2099 would hold it a second time.
public enum ClosingEntries {
    public static let resultAccount = "8999"
    public static let equityAccount = "2099"

    /// The books without the closing entries, and an information finding for each.
    public static func separate(_ books: Books, file: String) -> (books: Books, findings: [Finding]) {
        var books = books
        var findings: [Finding] = []
        let closing = books.vouchers.filter(isClosingEntry)
        books.vouchers.removeAll(where: isClosingEntry)
        for voucher in closing {
            let amount = voucher.effectiveTransactions.filter { $0.account == resultAccount }.map(\.amount).sum()
            findings.append(Finding(.information, code: "bokslut-8999",
                                    message: "Verifikation \(voucher.series) \(voucher.number) (\(voucher.date)) är bokslutets överföring "
                                        + "av årets resultat (\(amount.kronorText) på \(resultAccount)) till \(equityAccount); den räknas "
                                        + "inte med i resultat- och balansräkningen, där årets resultat står på egen rad.",
                                    location: SourceLocation(file: file, line: voucher.line)))
        }
        for year in [0, -1] { findings += removeClosedResult(&books, year: year, file: file, hadVouchers: !closing.isEmpty) }
        return (books, findings)
    }

    /// A voucher that moves an amount between 8999 and 2099 and touches nothing else.
    static func isClosingEntry(_ voucher: Voucher) -> Bool {
        let accounts = Set(voucher.effectiveTransactions.map(\.account))
        return accounts == [resultAccount, equityAccount]
            && voucher.effectiveTransactions.map(\.amount).sum().isZero
    }

    /// #RES on 8999 when the year's results sum to zero with it (the result is closed):
    /// removed, and this year's #UB on 2099 given back the amount.
    private static func removeClosedResult(_ books: inout Books, year: Int, file: String, hadVouchers: Bool) -> [Finding] {
        let key = YearAccount(year: year, account: resultAccount)
        guard let entry = books.results[key], !entry.amount.isZero else { return [] }
        let yearResults = books.results.filter { $0.key.year == year && ("3000"..."8999").contains($0.key.account) }
        guard yearResults.values.map(\.amount).sum().isZero else { return [] }
        books.results[key] = nil
        books.periodBalances.removeAll { $0.year == year && $0.account == resultAccount }
        let equity = YearAccount(year: year, account: equityAccount)
        if year == 0, var closing = books.closingBalances[equity] {
            closing.amount = closing.amount + entry.amount
            books.closingBalances[equity] = closing
        }
        guard !hadVouchers || year != 0 else { return [] }
        return [Finding(.information, code: "bokslut-8999",
                        message: "#RES \(year) \(resultAccount) är bokslutets överföring av årets resultat (\(entry.amount.kronorText)) "
                            + "till \(equityAccount); den räknas inte med i resultat- och balansräkningen.",
                        location: SourceLocation(file: file, line: entry.line))]
    }
}
