import XCTest
@testable import ReportCore

/// The same folder with another period: January–August, with May–August period balances
/// added in the test and written and read back through the SIE writer and reader.
final class TertialPeriodTests: XCTestCase {
    func testPeriodNames() {
        XCTAssertEqual(ReportPeriod(year: 2017, tertial: 1)?.name, "januari–april 2017")
        XCTAssertEqual(ReportPeriod(year: 2017, tertial: 2)?.name, "januari–augusti 2017")
        let crossing = ReportPeriod(start: YearMonth(year: 2016, month: 12), end: YearMonth(year: 2017, month: 3))
        XCTAssertEqual(crossing?.name, "december 2016–mars 2017")
        XCTAssertEqual(crossing?.months.count, 4)
        XCTAssertNil(ReportPeriod(start: YearMonth(year: 2017, month: 5), end: YearMonth(year: 2017, month: 4)))
    }

    func testTkrRoundingLinesAddUpToRoundedTotal() {
        let amounts = [Money(ore: 40_000_00), Money(ore: 40_000_00), Money(ore: 40_000_00)].map { $0 + Money(ore: 400_00) }
        let (lines, total) = TkrRule.column(amounts.map { -$0 })
        XCTAssertEqual(total, Tkr(-121))
        XCTAssertEqual(lines.map(\.units).reduce(0, +), -121)
        XCTAssertEqual(TkrRule.round(Money(ore: -1_500_00)), Tkr(-2))
        XCTAssertEqual(TkrRule.round(Money(ore: 1_499_99)), Tkr(1))
    }

    func testJanuaryToAugustFromTheSameFolder() throws {
        guard let period = ReportPeriod(year: 2017, tertial: 2) else { return XCTFail() }
        var inputs = try TertialFolder.load(path: TertialExampleTests.folder, period: period)
        inputs.books = try booksWithMayToAugust(inputs.books)
        inputs.participants.flows += inputs.participants.flows.map { row in
            var row = row
            row.through = YearMonth(year: 2017, month: 8)
            return row
        }
        let (model, findings) = TertialReportBuilder.build(inputs)
        let report = try XCTUnwrap(model, findings.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(report.periodName, "januari–augusti 2017")
        XCTAssertEqual(report.footerText, "Sjuhärads samordningsförbund, tertialrapport, januari–augusti 2017")
        let lines = report.incomeStatement.groups.flatMap(\.lines)
        XCTAssertEqual(lines.first { $0.label == "Verksamhetsanknutna kostnader" }?.amount.decimalString, "-12972168.30")
        XCTAssertEqual(lines.first { $0.label == "Erhållna bidrag från huvudmännen" }?.amount.decimalString, "11778667.00")
        XCTAssertEqual(lines.first { $0.label == "Övriga finansiella kostnader" }?.amount.decimalString, "-3140.00")
        XCTAssertEqual(report.incomeStatement.result.decimalString, "-1413477.31")
        XCTAssertEqual(report.incomeStatement.throughMonthName, "augusti")
        XCTAssertEqual(report.costCentres.rows.first { $0.code == "3001" }?.outcomeTkr, -7_617)
        XCTAssertEqual(report.costCentres.totalOutcomeTkr, -13_393)
        XCTAssertEqual(report.costCentres.totalBudgetTkr, -17_668)
        XCTAssertEqual(report.costCentres.outcomeHeading, "Ackumulerat januari–augusti 2017")
        XCTAssertTrue(findings.contains { $0.code == "tertial-manad-saknas" }, "May–August registrations are not in the folder")
    }

    /// Each month May–August: contributions 1 472 333,00, activity costs 1 500 000,00 on
    /// cost centre 3001 and bank fees 392,50, as #PSALDO per account and per centre.
    private func booksWithMayToAugust(_ books: Books) throws -> Books {
        var books = books
        for month in 5...8 {
            let period = YearMonth(year: 2017, month: month)
            books.periodBalances += [
                PeriodAmount(year: 0, period: period, account: "3811", amount: Money(ore: -1_472_333_00)),
                PeriodAmount(year: 0, period: period, account: "5539", amount: Money(ore: 1_500_000_00)),
                PeriodAmount(year: 0, period: period, account: "5539", objects: [ObjectRef(dimension: 1, id: "3001")],
                             amount: Money(ore: 1_500_000_00)),
                PeriodAmount(year: 0, period: period, account: "8591", amount: Money(ore: 392_50)),
            ]
        }
        let bytes = SIEWriter.write(books, encoding: .pc8)
        return try SIEReader.parse(bytes: bytes, fileName: "bokforing-jan-aug.se").books
    }
}
