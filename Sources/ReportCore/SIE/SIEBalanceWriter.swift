/// Writes the balance records: #IB, #UB, #OIB, #OUB, #RES, #PSALDO and #PBUDGET.
enum SIEBalanceWriter {
    static func write(_ books: Books, to out: inout SIEOutput) {
        let years = Set(books.openingBalances.keys.map(\.year)).union(books.closingBalances.keys.map(\.year)).sorted(by: >)
        for year in years {
            writeEntries("#IB", books.openingBalances.filter { $0.key.year == year }, to: &out)
            writeEntries("#UB", books.closingBalances.filter { $0.key.year == year }, to: &out)
        }
        for balance in books.objectOpeningBalances { writeObjectBalance("#OIB", balance, to: &out) }
        for balance in books.objectClosingBalances { writeObjectBalance("#OUB", balance, to: &out) }
        writeEntries("#RES", books.results, to: &out)
        for amount in books.periodBalances { writePeriodAmount("#PSALDO", amount, to: &out) }
        for amount in books.periodBudgets { writePeriodAmount("#PBUDGET", amount, to: &out) }
    }

    private static func writeEntries(_ label: String, _ entries: [YearAccount: Entry], to out: inout SIEOutput) {
        for key in entries.keys.sorted(by: { $0.year != $1.year ? $0.year > $1.year : $0.account < $1.account }) {
            guard let entry = entries[key] else { continue }
            out.label(label)
            out.number(key.year)
            out.plain(key.account)
            out.amount(entry.amount)
            if let quantity = entry.quantity { out.field(quantity) }
            out.endLine()
        }
    }

    private static func writeObjectBalance(_ label: String, _ balance: ObjectBalance, to out: inout SIEOutput) {
        out.label(label)
        out.number(balance.year)
        out.plain(balance.account)
        out.objects([balance.object])
        out.amount(balance.amount)
        if let quantity = balance.quantity { out.field(quantity) }
        out.endLine()
    }

    private static func writePeriodAmount(_ label: String, _ amount: PeriodAmount, to out: inout SIEOutput) {
        out.label(label)
        out.number(amount.year)
        out.plain(amount.period.compact)
        out.plain(amount.account)
        out.objects(amount.objects)
        out.amount(amount.amount)
        if let quantity = amount.quantity { out.field(quantity) }
        out.endLine()
    }
}
