import XCTest
@testable import ReportCore

/// The example folder examples/sjuharad-2017-t1 against seed 002's figures, typed from the seed.
final class TertialExampleTests: XCTestCase {
    static var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/sjuharad-2017-t1").path
    }

    static func build() throws -> (model: TertialReportModel, findings: [Finding]) {
        let result = TertialReportBuilder.build(try TertialFolder.load(path: folder))
        guard let model = result.model else {
            XCTFail("no model: \(result.findings.map(\.description).joined(separator: "\n"))")
            throw FindingsFailure(findings: result.findings)
        }
        return (model, result.findings)
    }

    private func line(_ model: TertialReportModel, _ label: String) -> Money? {
        model.incomeStatement.groups.flatMap(\.lines).first { $0.label == label }?.amount
    }

    func testIncomeStatementMatchesSeed() throws {
        let model = try Self.build().model
        let expected: [(String, String)] = [
            ("Space, ESF", "203809.45"), ("Övriga intäkter", "-4.61"), ("Arvoden", "-17682.42"),
            ("Reseersättning", "-33389.69"), ("Sociala avgifter", "-6203.00"), ("Övriga personalkostnader", "-264589.88"),
            ("Verksamhetsanknutna kostnader", "-6972168.30"), ("Övriga kostnader", "-98775.86"),
            ("Erhållna bidrag från huvudmännen", "5889335.00"), ("Övriga finansiella kostnader", "-1570.00"),
        ]
        for (label, amount) in expected { XCTAssertEqual(line(model, label)?.decimalString, amount, label) }
        let groups = model.incomeStatement.groups
        XCTAssertEqual(groups.map { $0.sum.decimalString }, ["203804.84", "-7392809.15", "5887765.00"])
        XCTAssertEqual(groups[1].result?.decimalString, "-7189004.31")
        XCTAssertEqual(model.incomeStatement.result.decimalString, "-1301239.31")
        XCTAssertEqual(model.incomeStatement.result.formattedKronor, "\u{2212}1\u{202F}301\u{202F}239,31")
        XCTAssertFalse(groups.flatMap(\.lines).contains { $0.label == "Övriga finansiella intäkter" }, "zero lines are left out")
    }

    func testExampleBooksPassTheBooksChecks() throws {
        let document = try SIEReader.read(path: Self.folder + "/bokforing.se")
        XCTAssertEqual(document.encoding, .pc8)
        XCTAssertEqual(BooksChecks.run(document).map(\.description), [])
    }

    func testPeriodNameAndFooter() throws {
        let model = try Self.build().model
        XCTAssertEqual(model.periodName, "januari–april 2017")
        XCTAssertEqual(model.footerText, "Sjuhärads samordningsförbund, tertialrapport, januari–april 2017")
        XCTAssertEqual(model.incomeStatement.throughMonthName, "april")
    }

    func testCostCentreFollowUpMatchesSeed() throws {
        let followUp = try Self.build().model.costCentres
        let seed: [(String, Int64, Int64)] = [
            ("1001", -200, -74), ("1003", -200, -39), ("1010", -1550, -304), ("2000", -44, 0), ("3001", -4850, -1617),
            ("3002", -600, -200), ("3004", -500, -120), ("3005", -1068, -55), ("3006", -1250, -417), ("3007", -225, -75),
            ("3008", -1875, -625), ("3010", -75, -25), ("3011", -450, -143), ("3012", -75, -25), ("3013", -550, -183),
            ("3015", -650, -217), ("3016", -1250, -417), ("3018", -675, -163), ("3019", -575, -192), ("3020", -75, -25),
            ("3021", -150, -50), ("3036", -500, -184), ("3041", 0, -44), ("3042", 0, -444), ("3044", 0, -189),
            ("3045", 0, -1566), ("3047", -281, 0),
        ]
        XCTAssertEqual(followUp.rows.map(\.code), seed.map(\.0))
        XCTAssertEqual(followUp.rows.map(\.budgetTkr), seed.map(\.1))
        XCTAssertEqual(followUp.rows.map(\.outcomeTkr), seed.map(\.2))
        XCTAssertEqual(followUp.totalBudgetTkr, -17_668)
        XCTAssertEqual(followUp.totalOutcomeTkr, -7_393)
        XCTAssertEqual(followUp.totalOutcome.decimalString, "-7392809.15")
        XCTAssertEqual(followUp.outsideCostCentres.decimalString, "6091569.84")
        XCTAssertEqual(followUp.rows.first?.name, "Styrelse (arvoden, konferenser, bilers etc)")
    }

    func testParticipantTablesAndComputedPeriodTotals() throws {
        let tables = try Self.build().model.participants
        let flows = try XCTUnwrap(tables.flows)
        XCTAssertEqual(flows.rows.map(\.municipality),
                       ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"])
        XCTAssertEqual(flows.rows.map(\.total), [17, 167, 26, 76, 28, 29, 71, 38])
        XCTAssertEqual(flows.totals.inflow, 207)
        XCTAssertEqual(flows.totals.outflow, 155)
        XCTAssertEqual(flows.population, "folkbokförda i de åtta kommunerna")
        let monthly = try XCTUnwrap(tables.monthly)
        XCTAssertEqual(monthly.periodTotal.registered, 208)
        XCTAssertEqual(monthly.periodTotal.deregistered, 156)
        XCTAssertEqual(monthly.months.map(\.total.registered), [80, 57, 46, 25])
        XCTAssertEqual(monthly.population, "samtliga unikt registrerade i Sjuhärad")
        let activity = try XCTUnwrap(tables.activity)
        XCTAssertEqual(activity.rows.map(\.total), [11, 85, 10, 31, 25, 15, 10, 0])
        XCTAssertEqual(activity.rows.last?.offered, false)
        XCTAssertEqual(activity.totals.total, 187)
        XCTAssertEqual(activity.totals.budget, 360)
    }

    func testPopulationDifferencesAreWarningsWithBothFigures() throws {
        let (model, findings) = try Self.build()
        let warnings = findings.filter { $0.code == "tertial-deltagare-populationer" }
        XCTAssertEqual(warnings.count, 2)
        XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning })
        let inflow = try XCTUnwrap(warnings.first { $0.message.contains("inflöde") }).message
        for part in ["207", "208", "folkbokförda i de åtta kommunerna", "samtliga unikt registrerade i Sjuhärad"] {
            XCTAssertTrue(inflow.contains(part), inflow)
        }
        XCTAssertTrue(try XCTUnwrap(warnings.first { $0.message.contains("utflöde") }).message.contains("155"))
        XCTAssertEqual(model.participants.reconciliations.map(\.subject), ["inflöde", "utflöde"])
        XCTAssertEqual(model.participants.reconciliations.map(\.second.value), [208, 156])
        XCTAssertTrue(findings.allSatisfy { $0.severity == .warning }, findings.map(\.description).joined(separator: "\n"))
    }

    func testBodyPlacesTablesAndFillsFigures() throws {
        let body = try Self.build().model.body
        let tables = body.compactMap { if case .table(let table) = $0 { return table } else { return nil } }
        XCTAssertEqual(tables, [.flows, .activity, .monthly, .incomeStatement, .costCentres])
        let text = body.compactMap { if case .prose(let blocks) = $0 { return ProsePlainText.text(blocks) } else { return nil } }.joined()
        XCTAssertTrue(text.contains("bekostar 17\u{202F}668 tkr"))
        XCTAssertFalse(text.contains("{{"))
    }
}
