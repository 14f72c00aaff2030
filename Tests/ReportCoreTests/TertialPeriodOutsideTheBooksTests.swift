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

    /// A period the books cover, wholly or in part, is not refused by this rule (a month
    /// without #PSALDO inside it stays a warning).
    func testAPeriodTheBooksReachIsNotRefused() throws {
        XCTAssertEqual(try findings(try XCTUnwrap(ReportPeriod(year: 2017, tertial: 1))), [])
        XCTAssertEqual(try findings(try XCTUnwrap(ReportPeriod(start: YearMonth(year: 2017, month: 4), end: YearMonth(year: 2017, month: 8)))), [])
    }
}
