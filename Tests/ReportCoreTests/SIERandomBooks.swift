@testable import ReportCore

/// A small seeded generator (SplitMix64), so that every property-test run is the same.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random books whose every text is representable in PC8 and Windows-1252: Swedish
/// letters, quotes, backslashes, braces and blanks; amounts negative, zero and positive.
struct RandomBooks {
    var rng: SeededGenerator

    private static let alphabet = Array("abcåäöÅÄÖéü XYZ019\"\\{}#-.,")

    mutating func text(_ maxLength: Int = 12, allowEmpty: Bool = true) -> String {
        let length = Int.random(in: (allowEmpty ? 0 : 1)...maxLength, using: &rng)
        return String((0..<length).map { _ in Self.alphabet.randomElement(using: &rng) ?? "a" })
    }

    mutating func optionalText() -> String? { Bool.random(using: &rng) ? text(allowEmpty: false) : nil }

    mutating func money() -> Money {
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return .zero
        case 1: return Money(ore: Int64.random(in: -99...99, using: &rng))
        default: return Money(ore: Int64.random(in: -99_999_999_999...99_999_999_999, using: &rng))
        }
    }

    mutating func date() -> CalendarDate {
        CalendarDate(year: Int.random(in: 1990...2030, using: &rng), month: Int.random(in: 1...12, using: &rng),
                     day: Int.random(in: 1...28, using: &rng)) ?? CalendarDate(year: 2024, month: 1, day: 1)!
    }

    mutating func optionalDate() -> CalendarDate? { Bool.random(using: &rng) ? date() : nil }

    mutating func quantity() -> String? { Bool.random(using: &rng) ? "\(Int.random(in: -50...500, using: &rng)).5" : nil }

    mutating func books() -> Books {
        var books = Books()
        books.header = header()
        books.fiscalYears = [FiscalYear(index: 0, start: CalendarDate(year: 2024, month: 1, day: 1)!, end: CalendarDate(year: 2024, month: 12, day: 31)!)]
        if Bool.random(using: &rng) {
            books.fiscalYears.append(FiscalYear(index: -1, start: CalendarDate(year: 2023, month: 1, day: 1)!, end: CalendarDate(year: 2023, month: 12, day: 31)!))
        }
        let numbers = (0..<Int.random(in: 1...8, using: &rng)).map { _ in String(Int.random(in: 1000...8999, using: &rng)) }
        for number in Set(numbers) {
            books.accounts[number] = Account(number: number, name: text(), kind: [nil, .asset, .liability, .cost, .income].randomElement(using: &rng) ?? nil,
                                             unit: Bool.random(using: &rng) ? "st" : nil, sru: Bool.random(using: &rng) ? ["7281", "7514"] : [])
        }
        for number in 1...Int.random(in: 1...3, using: &rng) {
            books.dimensions[number] = Dimension(number: number, name: text(), parent: number > 1 && Bool.random(using: &rng) ? 1 : nil)
        }
        let refs = (0..<Int.random(in: 0...4, using: &rng)).map { _ in ObjectRef(dimension: Int.random(in: 1...3, using: &rng), id: text(6, allowEmpty: false)) }
        for ref in refs { books.objects[ref] = AccountingObject(ref: ref, name: text()) }
        let accounts = Array(books.accounts.keys)
        addBalances(&books, accounts: accounts, refs: refs)
        for _ in 0..<Int.random(in: 0...6, using: &rng) { books.vouchers.append(voucher(accounts: accounts, refs: refs)) }
        books.checksum = Bool.random(using: &rng) ? 1 : nil
        return books
    }

    private mutating func header() -> BooksHeader {
        var header = BooksHeader()
        header.flag = Int.random(in: 0...1, using: &rng)
        header.program = text()
        header.programVersion = optionalText()
        header.format = "PC8"
        header.generated = optionalDate()
        header.generatedBy = header.generated == nil ? nil : optionalText()
        header.sieType = "4"
        header.companyCode = optionalText()
        header.organisationNumber = Bool.random(using: &rng) ? "222000-1234" : nil
        header.companyName = Bool.random(using: &rng) ? text() : nil
        header.address = Bool.random(using: &rng) ? PostalAddressRecord(contact: text(), street: text(), postalTown: text(), phone: text()) : nil
        header.taxYear = Bool.random(using: &rng) ? 2025 : nil
        header.chartOfAccountsType = optionalText()
        header.currency = Bool.random(using: &rng) ? "SEK" : nil
        return header
    }

    private mutating func addBalances(_ books: inout Books, accounts: [String], refs: [ObjectRef]) {
        for account in accounts {
            for year in [0, -1] where Bool.random(using: &rng) {
                let key = YearAccount(year: year, account: account)
                books.openingBalances[key] = Entry(amount: money(), quantity: quantity())
                books.closingBalances[key] = Entry(amount: money())
                if Bool.random(using: &rng) { books.results[key] = Entry(amount: money(), quantity: quantity()) }
            }
            if let ref = refs.randomElement(using: &rng) {
                books.objectOpeningBalances.append(ObjectBalance(year: 0, account: account, object: ref, amount: money()))
                books.objectClosingBalances.append(ObjectBalance(year: -1, account: account, object: ref, amount: money(), quantity: quantity()))
            }
            let objects = Bool.random(using: &rng) ? [] : Array(refs.prefix(2))
            books.periodBalances.append(PeriodAmount(year: 0, period: YearMonth(year: 2024, month: Int.random(in: 1...12, using: &rng)),
                                                     account: account, objects: objects, amount: money(), quantity: quantity()))
            books.periodBudgets.append(PeriodAmount(year: 0, period: YearMonth(year: 2024, month: 6), account: account, amount: money()))
        }
    }

    private mutating func voucher(accounts: [String], refs: [ObjectRef]) -> Voucher {
        var voucher = Voucher(series: text(3), number: String(Int.random(in: 1...9999, using: &rng)), date: date(), text: text(),
                              registrationDate: optionalDate(), signature: optionalText())
        for _ in 0..<Int.random(in: 0...5, using: &rng) {
            voucher.transactions.append(Transaction(
                kind: [.normal, .normal, .added, .removed].randomElement(using: &rng) ?? .normal,
                account: accounts.randomElement(using: &rng) ?? "1930",
                objects: Bool.random(using: &rng) ? [] : Array(refs.shuffled(using: &rng).prefix(2)), amount: money(),
                date: optionalDate(), text: optionalText(), quantity: quantity(), signature: optionalText()))
        }
        return voucher
    }
}
