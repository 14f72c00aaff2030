import XCTest
@testable import ReportCore

/// The invented second association: default mapping, three municipalities, a negative
/// result with a recovery plan, budget from a csv.
final class ExampleNordvastraTests: XCTestCase {
    func testComputesAndPassesItsChecks() throws {
        let built = AnnualReportBuilder.build(try ExampleFolders.load("nordvastra-2024"))
        XCTAssertEqual(built.findings, [])
        let model = try XCTUnwrap(built.model)
        XCTAssertEqual(model.keyFigures.result, YearPair(try Money.parse("-412345.67"), try Money.parse("-2214.00")))
        // Contributions are operating revenue under the default mapping.
        let income = try XCTUnwrap(model.statements.first { $0.kind == .income })
        let contributions = try XCTUnwrap(income.row("medlemsbidrag"))
        XCTAssertEqual(contributions.label, "Bidrag från medlemmarna")
        XCTAssertEqual(contributions.exact.first, try Money.parse("6000000.00"))
        XCTAssertEqual(income.row("summa_verksamhetens_intakter")?.exact.first, try Money.parse("6150000.00"))
        XCTAssertEqual(model.balanceRequirement.resultTkr, Tkr(-412))
        XCTAssertEqual(model.balanceRequirement.recoveryPlan?.total, try Money.parse("412345.67"))
        XCTAssertEqual(model.operating?.budgetSource, "budget.csv")
        XCTAssertEqual(model.operating?.row("summa")?.printed[3], -430)
        XCTAssertEqual(model.figures["budget_netto_tkr"]?.value, "-430")
        XCTAssertEqual(model.memberFinancing?.municipalities.map(\.name), ["Ängsby", "Norrvik", "Bäckfors"])
        XCTAssertEqual(model.memberFinancing?.municipalities.map(\.amount).sum(), try Money.parse("1500000.00"))
        XCTAssertEqual(model.board.signatories.count, 6)
    }

    func testNegativeResultWithoutPlanIsAFinding() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "212345.67", with: "12345.67") }
        let built = AnnualReportBuilder.build(try ReportFolder.load(path: folder.path))
        let sep = String(SwedishNumberFormat.thousandsSeparator)
        XCTAssertEqual(built.findings.map(\.message),
                       ["Åtgärdsplanen återställer 212\(sep)345,67 kr, men balanskravsresultatet är \u{2212}412\(sep)345,67 kr (skillnad 200\(sep)000,00 kr saknas)"])
    }
}
