import XCTest
@testable import ReportCore

final class SIEReaderTests: XCTestCase {
    func testReadsThePC8FixtureCompletely() throws {
        let document = try SIEFixtures.read("valid-pc8.se")
        XCTAssertEqual(document.encoding, .pc8)
        XCTAssertFalse(document.encodingWasGuessed)
        XCTAssertEqual(document.findings, [])
        let books = document.books
        XCTAssertEqual(books.header.companyName, "Samordningsförbundet Sjuhärad")
        XCTAssertEqual(books.header.program, "Visma Förening")
        XCTAssertEqual(books.header.programVersion, "2024.1")
        XCTAssertEqual(books.header.generated, CalendarDate(year: 2025, month: 1, day: 15))
        XCTAssertEqual(books.header.generatedBy, "Åsa Öberg")
        XCTAssertEqual(books.header.organisationNumber, "222000-1234")
        XCTAssertEqual(books.header.address, PostalAddressRecord(contact: "Åsa Öberg", street: "Box 123", postalTown: "501 10 Borås", phone: "033-12 34 56"))
        XCTAssertEqual(books.header.taxYear, 2025)
        XCTAssertEqual(books.header.currency, "SEK")
        XCTAssertEqual(books.fiscalYear(0)?.start, CalendarDate(year: 2024, month: 1, day: 1))
        XCTAssertEqual(books.fiscalYear(-1)?.end, CalendarDate(year: 2023, month: 12, day: 31))
        XCTAssertEqual(books.accounts["2411"]?.name, "Leverantörsskulder")
        XCTAssertEqual(books.accounts["2411"]?.kind, .liability)
        XCTAssertEqual(books.accounts["3919"]?.name, "Övriga intäkter")
        XCTAssertEqual(books.accounts["5540"]?.name, "Verksamhetsanknutna tjänster, Älvsborg")
        XCTAssertEqual(books.accounts["5540"]?.sru, ["7513"])
        XCTAssertEqual(books.dimensions[1]?.name, "Kostnadsställe")
        XCTAssertEqual(books.objects[ObjectRef(dimension: 1, id: "3002")]?.name, "Styrelse \"Sjuhärad\"")
        XCTAssertEqual(books.openingBalances[YearAccount(year: 0, account: "1930")]?.amount, Money(ore: 60_000_000))
        XCTAssertEqual(books.closingBalances[YearAccount(year: 0, account: "1930")]?.amount, Money(ore: 60_000_050))
        XCTAssertEqual(books.closingBalances[YearAccount(year: 0, account: "1930")]?.line, 37)
        XCTAssertEqual(books.results[YearAccount(year: 0, account: "3919")]?.amount, Money(ore: -50_050))
        XCTAssertEqual(books.periodBalances.count, 5)
        XCTAssertEqual(books.periodBalances[3].objects, [ObjectRef(dimension: 1, id: "3001")])
        XCTAssertEqual(books.periodBudgets.first?.period, YearMonth(year: 2024, month: 1))
        XCTAssertEqual(books.checksum, 190_374_267)
    }

    func testReadsVouchersAndTransactionKinds() throws {
        let books = try SIEFixtures.read("valid-pc8.se").books
        XCTAssertEqual(books.vouchers.map(\.label), ["A 1", "A 2", "B 1"])
        let first = books.vouchers[0]
        XCTAssertEqual(first.text, "Faktura Åkeri")
        XCTAssertEqual(first.date, CalendarDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(first.registrationDate, CalendarDate(year: 2024, month: 3, day: 6))
        XCTAssertEqual(first.line, 48)
        XCTAssertEqual(first.transactions[0].objects, [ObjectRef(dimension: 1, id: "3001")])
        XCTAssertEqual(first.transactions[0].amount, Money(ore: 200_000))
        let second = books.vouchers[1].transactions[0]
        XCTAssertEqual(second.date, CalendarDate(year: 2024, month: 3, day: 10))
        XCTAssertEqual(second.text, "Ränta")
        let kinds = books.vouchers[2].transactions.map(\.kind)
        XCTAssertEqual(kinds, [.normal, .added, .normal, .removed, .normal])
        XCTAssertEqual(books.vouchers[2].effectiveTransactions.map(\.amount).sum(), .zero)
    }

    func testEveryEncodingGivesTheSameBooks() throws {
        let reference = try SIEFixtures.read("valid-pc8.se").books
        let cases: [(String, SIEEncoding, Bool)] = [
            ("valid-utf8.se", .utf8, true), ("valid-utf8-bom.se", .utf8, false),
            ("valid-1252.se", .windows1252, true), ("valid-1252-declared-pc8.se", .windows1252, true),
            ("valid-tabs.se", .pc8, false),
        ]
        for (name, encoding, guessed) in cases {
            let document = try SIEFixtures.read(name)
            XCTAssertEqual(document.encoding, encoding, name)
            XCTAssertEqual(document.encodingWasGuessed, guessed, name)
            XCTAssertEqual(document.findings.contains { $0.code == "teckenkodning" && $0.severity == .warning }, guessed, name)
            var books = document.books.withoutSourceLines()
            var expected = reference.withoutSourceLines()
            books.checksum = nil
            expected.checksum = nil
            books.header.format = "PC8"
            XCTAssertEqual(books, expected, name)
        }
    }

    func testGuessedEncodingIsNamedInTheWarning() throws {
        let document = try SIEFixtures.read("valid-1252.se")
        let warning = try XCTUnwrap(document.findings.first { $0.code == "teckenkodning" })
        XCTAssertTrue(warning.message.contains("Windows-1252"), warning.message)
    }

    func testUnknownRecordsAreSkippedAndListed() throws {
        let document = try SIEFixtures.read("unknown-records.se")
        XCTAssertEqual(document.skippedRecords, [
            SkippedRecord(label: "#PROSA", line: 6), SkippedRecord(label: "#BKOD", line: 7), SkippedRecord(label: "#FOOBAR", line: 8),
        ])
        XCTAssertEqual(document.books.vouchers.count, 3)
    }

    func testAmountsAreExact() throws {
        let text = "#FLAGGA 0\n#IB 0 1930 -100\n#IB 0 1931 100.5\n#IB 0 1932 -0.00\n#IB 0 1933 1234.50\n"
        let books = try SIEReader.parse(bytes: Array(text.utf8), fileName: "t.se").books
        func amount(_ account: String) -> Money? { books.openingBalances[YearAccount(year: 0, account: account)]?.amount }
        XCTAssertEqual(amount("1930"), Money(ore: -10_000))
        XCTAssertEqual(amount("1931"), Money(ore: 10_050))
        XCTAssertEqual(amount("1932"), Money(ore: 0))
        XCTAssertEqual(amount("1933"), Money(ore: 123_450))
    }

    func testTokenizerHandlesEscapesListsAndEmptyFields() throws {
        let text = "#FLAGGA 0\n#OBJEKT 1 \"A\\\"B\" \"C:\\\\x\\y\"\n#VER \"\" \"\" 20240101 \"\"\n{\n#TRANS 1930 {1 \"3001\" 6 P12} 1 \"\" \"\" 2\n#TRANS 1930 {} -1\n}\n"
        let books = try SIEReader.parse(bytes: Array(text.utf8), fileName: "t.se").books
        XCTAssertEqual(books.objects[ObjectRef(dimension: 1, id: "A\"B")]?.name, "C:\\x\\y")
        let transaction = try XCTUnwrap(books.vouchers.first?.transactions.first)
        XCTAssertEqual(transaction.objects, [ObjectRef(dimension: 1, id: "3001"), ObjectRef(dimension: 6, id: "P12")])
        XCTAssertNil(transaction.date)
        XCTAssertNil(transaction.text)
        XCTAssertEqual(transaction.quantity, "2")
        XCTAssertEqual(books.vouchers.first?.series, "")
    }
}
