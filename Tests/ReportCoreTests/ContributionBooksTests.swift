import Foundation
import XCTest
@testable import ReportCore

/// The contributions typed in medlemmar.yaml against the books. The booked figures are the
/// example books' own #PBUDGET lines, summed outside the program (4 417 000,00 kr a state
/// member and the region, 2 201 919,00 kr Borås, 17 668 000 kr in all), and for the annual
/// report the seed's "Erhållna bidrag från huvudmännen 18 022 000,00".
final class ContributionBooksTests: XCTestCase {
    private func tertialFindings(_ change: @escaping (String) -> String) throws -> [Finding] {
        let folder = try ExampleFolders.copy("sjuharad-2017-t1")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "medlemmar.yaml", change)
        return TertialReportBuilder.build(try TertialFolder.load(path: folder.path)).findings
            .filter { $0.code.hasPrefix("medlemsbidrag") }
    }

    func testTheExampleAgreesWithItsBudget() throws {
        XCTAssertEqual(try tertialFindings { $0 }, [])
    }

    func testAWrongTotalIsRefusedOnItsLineWithBothAmounts() throws {
        let findings = try tertialFindings { $0.replacingOccurrences(of: "totalt: 17 668 000", with: "totalt: 17 686 000") }
        XCTAssertEqual(findings.count, 1, "\(findings)")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.code, "medlemsbidrag-bokforing")
        XCTAssertEqual(finding.location, SourceLocation(file: "medlemmar.yaml", line: 19, field: "medlemsbidrag.totalt"))
        XCTAssertTrue(finding.message.contains("17\u{202F}686\u{202F}000,00 kr") && finding.message.contains("17\u{202F}668\u{202F}000,00 kr")
                      && finding.message.contains("bokforing.se"), finding.message)
    }

    func testAWrongShareNamesTheMemberTheTypedAndTheBookedAmount() throws {
        // A fifth instead of a quarter: 17 668 000 / 5 = 3 533 600 kr typed, 4 417 000 kr in the budget.
        let findings = try tertialFindings {
            $0.replacingOccurrences(of: "  - namn: Försäkringskassan\n    typ: stat\n    andel: 1/4",
                                    with: "  - namn: Försäkringskassan\n    typ: stat\n    andel: 1/5")
        }
        let finding = try XCTUnwrap(findings.first { $0.message.hasPrefix("Försäkringskassan") }, "\(findings)")
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location?.file, "medlemmar.yaml")
        XCTAssertEqual(finding.location?.line, 23)
        XCTAssertTrue(finding.message.contains("3\u{202F}533\u{202F}600,00 kr") && finding.message.contains("4\u{202F}417\u{202F}000,00 kr")
                      && finding.message.contains("3811"), finding.message)
    }

    func testAWrongPopulationMovesTwoMunicipalitiesAgainstTheBudget() throws {
        let findings = try tertialFindings { $0.replacingOccurrences(of: "folkmängd: 109 419", with: "folkmängd: 119 419") }
        let boras = try XCTUnwrap(findings.first { $0.message.hasPrefix("Borås Stad") }, "\(findings)")
        XCTAssertTrue(boras.message.contains("2\u{202F}201\u{202F}919,00 kr") && boras.message.contains("3822")
                      && boras.message.contains("119\u{202F}419"), boras.message)
        XCTAssertEqual(boras.location?.line, 61)
        XCTAssertTrue(findings.allSatisfy { $0.severity == .error })
    }

    func testAnotherYearIsRefused() throws {
        let findings = try tertialFindings { $0.replacingOccurrences(of: "  år: 2017", with: "  år: 2016") }
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.code, "medlemsbidrag-ar")
        XCTAssertEqual(finding.location?.line, 18)
        XCTAssertTrue(finding.message.contains("2016") && finding.message.contains("2017"), finding.message)
    }

    private func annualFindings(total: String, year: String = "2024") throws -> [Finding] {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "medlemmar.yaml") { "medlemsbidrag:\n  år: \(year)\n  totalt: \(total)\n" + $0 }
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
            .filter { $0.code.hasPrefix("medlemsbidrag-") && $0.code != "medlemsbidrag-regel" }
    }

    func testTheAnnualReportChecksATypedTotalAgainstTheBookedLine() throws {
        XCTAssertEqual(try annualFindings(total: "18 022 000"), [])
        let wrong = try XCTUnwrap(try annualFindings(total: "18 220 000").first)
        XCTAssertEqual(wrong.code, "medlemsbidrag-bokforing")
        XCTAssertEqual(wrong.location, SourceLocation(file: "medlemmar.yaml", line: 3, field: "medlemsbidrag.totalt"))
        XCTAssertTrue(wrong.message.contains("18\u{202F}220\u{202F}000,00 kr") && wrong.message.contains("18\u{202F}022\u{202F}000,00 kr"),
                      wrong.message)
        XCTAssertEqual(try annualFindings(total: "18 022 000", year: "2023").first?.code, "medlemsbidrag-ar")
    }
}
