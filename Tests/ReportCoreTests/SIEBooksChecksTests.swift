import XCTest
@testable import ReportCore

/// Each check on a fixture broken by hand in one place; the expected figures are the
/// ones written into the fixture (see Fixtures/sie/make_fixtures.py).
final class SIEBooksChecksTests: XCTestCase {
    private func findings(_ name: String, code: String) throws -> [Finding] {
        try BooksChecks.run(SIEFixtures.read(name)).filter { $0.code == code }
    }

    func testValidFixturePassesEveryCheck() throws {
        XCTAssertEqual(BooksChecks.run(try SIEFixtures.read("valid-pc8.se")), [])
        XCTAssertEqual(BooksChecks.run(try SIEFixtures.read("valid-tabs.se")), [])
    }

    func testUnbalancedVoucher() throws {
        let found = try findings("broken-voucher.se", code: "verifikation-obalans")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message,
                       "Verifikation A 1 (2024-03-05) balanserar inte: debet \(kr("2 000,00")), kredit \(kr("1 999,99")), skillnad \(kr("0,01"))")
        XCTAssertEqual(found.first?.location, SourceLocation(file: SIEFixtures.path("broken-voucher.se"), line: 47))
        XCTAssertEqual(found.first?.severity, .error)
    }

    func testOpeningPlusTransactionsMustEqualClosing() throws {
        let found = try findings("broken-ib-ub.se", code: "ib-ub-avvikelse")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message,
                       "Konto 1930 (Bank): ingående balans \(kr("600 000,00")) plus årets transaktioner \(kr("0,50")) blir \(kr("600 000,50")), men utgående balans är \(kr("600 000,75")) (skillnad \(kr("0,25")))")
        XCTAssertEqual(found.first?.location?.line, 36)
    }

    func testResultMustEqualTransactions() throws {
        let found = try findings("broken-res.se", code: "res-avvikelse")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message,
                       "Konto 3919 (Övriga intäkter): resultatet (#RES) är \(kr("-500,00")), men årets transaktioner summerar till \(kr("-500,50")) (skillnad \(kr("0,50")))")
        XCTAssertEqual(found.first?.location?.line, 39)
    }

    func testLastYearsClosingMustEqualThisYearsOpening() throws {
        let found = try findings("broken-ub-ib.se", code: "ub-ib-avvikelse")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message,
                       "Konto 1930 (Bank): utgående balans år -1 (#UB -1) är \(kr("599 999,00")), men ingående balans år 0 (#IB 0) är \(kr("600 000,00")) (skillnad \(kr("1,00")))")
        XCTAssertEqual(found.first?.location?.line, 35)
    }

    func testPeriodBalancesMustAddUpToTheResult() throws {
        let found = try findings("broken-psaldo.se", code: "psaldo-avvikelse")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.message,
                       "Konto 5540 (Verksamhetsanknutna tjänster, Älvsborg): periodsaldona (#PSALDO) år 0 summerar till \(kr("1 600,00")), men resultatet (#RES) är \(kr("1 500,00")) (skillnad \(kr("100,00")))")
    }

    func testPeriodBalanceOfABalanceAccountMustEndAtTheClosingBalance() throws {
        let found = try findings("broken-ib-ub.se", code: "psaldo-avvikelse")
        XCTAssertEqual(found.count, 1)
        let message = try XCTUnwrap(found.first?.message)
        XCTAssertTrue(message.hasPrefix("Konto 1930 (Bank): periodsaldona (#PSALDO) år 0 stämmer inte med utgående balans \(kr("600 000,75"))"), message)
        XCTAssertTrue(message.contains("sista perioden 2024-12 är \(kr("600 000,50"))"), message)
    }

    func testChangedFileFailsTheChecksum() throws {
        let found = try findings("broken-ksumma.se", code: "ksumma")
        XCTAssertEqual(found.count, 1)
        let message = try XCTUnwrap(found.first?.message)
        XCTAssertTrue(message.contains("#KSUMMA anger 190374267"), message)
        XCTAssertTrue(message.contains("Filen har ändrats efter exporten"), message)
        XCTAssertEqual(found.first?.location?.line, 66)
    }

    func testFindingsPrintAsFileLineSeverityMessage() throws {
        let finding = try XCTUnwrap(try findings("broken-voucher.se", code: "verifikation-obalans").first)
        XCTAssertTrue(finding.description.hasPrefix(SIEFixtures.path("broken-voucher.se") + ":47: fel: Verifikation A 1"))
    }
}
