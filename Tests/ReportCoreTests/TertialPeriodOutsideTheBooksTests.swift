import XCTest
@testable import ReportCore

/// A tertial period after everything the books hold would print letters saying the period's
/// result is 0 kr: it is refused, naming the last month the export has amounts in. The
/// example's books hold January–April 2017 (their #PSALDO and #VER months, read here).
final class TertialPeriodOutsideTheBooksTests: XCTestCase {
    func findings(_ period: ReportPeriod, books edit: (inout Books) -> Void = { _ in }) throws -> [Finding] {
        var inputs = try TertialFolder.load(path: TertialExampleTests.folder, period: period)
        edit(&inputs.books)
        return TertialReportBuilder.build(inputs).findings.filter { $0.code == "tertial-period-utanfor-bokforingen" }
    }

    func testTheExampleBooksEndInApril() throws {
        let text = try String(contentsOfFile: TertialExampleTests.folder + "/bokforing.se", encoding: .isoLatin1)
        let months = Set(text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let fields = line.split(separator: " ")
            if fields.first == "#PSALDO", fields.count > 2 { return String(fields[2]) }
            if fields.first == "#VER", fields.count > 3 { return String(fields[3].prefix(6)) }
            return nil
        })
        XCTAssertEqual(months.max(), "201704")
    }

    func testAPeriodAfterTheBooksIsRefusedNamingTheirLastMonth() throws {
        let period = try XCTUnwrap(ReportPeriod(start: YearMonth(year: 2017, month: 5), end: YearMonth(year: 2017, month: 8)))
        let found = try findings(period)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location?.file, "bokforing.se")
        XCTAssertEqual(found.first?.message, "Perioden maj–augusti 2017 ligger utanför bokföringen, som har belopp till och med april 2017; "
                       + "rapporten skulle visa 0 kr för hela perioden. Exportera bokföringen på nytt efter periodens slut, "
                       + "eller välj en period som bokföringen täcker.")
    }

    func testBooksWithoutAnyPeriodAmountsAreOutsideEveryPeriod() throws {
        let found = try findings(try XCTUnwrap(ReportPeriod(year: 2017, tertial: 1))) { books in
            books.periodBalances = []
            books.vouchers = []
        }
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.contains("som har inga periodsaldon eller verifikationer") == true, found.first?.message ?? "")
    }

    /// A period that reaches past the books' last month would print January–April's figures
    /// under a January–August heading: refused, naming the period, the books' last month
    /// and the months that would count as zero.
    func testAPeriodPartlyAfterTheBooksIsRefusedNamingTheirLastMonth() throws {
        let found = try findings(try XCTUnwrap(ReportPeriod(year: 2017, tertial: 2)))
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.severity, .error)
        XCTAssertEqual(found.first?.location, SourceLocation(file: "bokforing.se"))
        XCTAssertEqual(found.first?.message, "Perioden januari–augusti 2017 går längre än bokföringen, som har belopp till och med april 2017; "
                       + "rapporten skulle visa januari–april 2017 under rubriken januari–augusti 2017 och räkna maj–augusti 2017 som noll. "
                       + "Exportera bokföringen på nytt efter periodens slut, eller välj en period som slutar senast april 2017.")
        let lastMonthOnly = try findings(try XCTUnwrap(ReportPeriod(start: YearMonth(year: 2017, month: 4), end: YearMonth(year: 2017, month: 5))))
        XCTAssertEqual(lastMonthOnly.map(\.severity), [.error])
        XCTAssertTrue(lastMonthOnly.first?.message.contains("räkna maj 2017 som noll") == true, lastMonthOnly.first?.message ?? "")
    }

    /// A period the books hold to its end is not refused by this rule.
    func testAPeriodTheBooksReachIsNotRefused() throws {
        XCTAssertEqual(try findings(try XCTUnwrap(ReportPeriod(year: 2017, tertial: 1))), [])
        XCTAssertEqual(try findings(try XCTUnwrap(ReportPeriod(start: YearMonth(year: 2017, month: 2), end: YearMonth(year: 2017, month: 4)))), [])
    }

    /// A month inside the books that has no #PSALDO (here March's taken away; April's
    /// balances and vouchers remain) counts as zero with a warning, not a refusal.
    func testAMonthInsideTheBooksWithoutBalancesStaysAWarning() throws {
        let march = YearMonth(year: 2017, month: 3)
        var inputs = try TertialFolder.load(path: TertialExampleTests.folder, period: try XCTUnwrap(ReportPeriod(year: 2017, tertial: 1)))
        XCTAssertTrue(inputs.books.periodBalances.contains { $0.period == march })
        inputs.books.periodBalances.removeAll { $0.period == march }
        let found = TertialReportBuilder.build(inputs).findings.filter { $0.code.hasPrefix("tertial-period") }
        XCTAssertEqual(found.map(\.severity), [.warning])
        XCTAssertEqual(found.first?.code, "tertial-period-saknas")
        XCTAssertEqual(found.first?.message, "Bokföringen har inga periodsaldon (#PSALDO) för mars 2017; rapporten för januari–april 2017 "
                       + "räknar den månaden som noll.")
    }
}
