import XCTest
@testable import ReportCore

/// The check list of the specification and the check report: a check of an optional file
/// the folder does not have is "not checked" and lists the file's absence; with the file it
/// is run (and passes on the clean examples).
final class CheckListTests: XCTestCase {
    func results(_ folder: String) throws -> [CheckResult] {
        let inputs = try ReportFolder.load(path: folder)
        let (model, findings) = AnnualReportBuilder.compute(inputs)
        return CheckList.run(model, books: inputs.books, findings: inputs.inputFindings + findings)
    }

    func check(_ name: String, in results: [CheckResult]) throws -> CheckResult {
        try XCTUnwrap(results.first { $0.name == name }, name)
    }

    static let history = "Flerårsöversikten stämmer mot historiken"
    static let texts = "Texternas siffror och filer finns"

    func testWithoutAHistoryFileTheHistoryCheckIsNotCheckedAndSaysWhy() throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: ExampleFolders.path("nordvastra-2024/historik.yaml")))
        let results = try results(ExampleFolders.path("nordvastra-2024"))
        let history = try check(Self.history, in: results)
        XCTAssertEqual(history.outcome, .notChecked)
        XCTAssertEqual(history.outcome.text, "Inte kontrollerad")
        XCTAssertEqual(history.findings, ["rapport.yaml (fält \"filer.historik\"): information: historik.yaml finns inte i rapportmappen, "
                                          + "och det är tillåtet: flerårsöversikten får inga tidigare år."])
        let other = results.first { $0.name == "Övriga kontroller av indata" }?.findings ?? []
        XCTAssertFalse(other.contains { $0.contains("historik.yaml") }, "listed once, with its check: \(other)")
        XCTAssertTrue(other.contains { $0.contains("mappning.yaml finns inte") }, "\(other)")
    }

    func testWithAHistoryFileTheHistoryCheckRuns() throws {
        XCTAssertEqual(try check(Self.history, in: results(ExampleFolders.path("kvarnsjo-2023"))).outcome, .passed)
    }

    func testWithoutTextsTheTextCheckIsNotChecked() throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(try check(Self.texts, in: results(folder.path)).outcome, .passed)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("texter"))
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "  texter: texter\n", with: "") }
        let texts = try check(Self.texts, in: results(folder.path))
        XCTAssertEqual(texts.outcome, .notChecked)
        XCTAssertEqual(texts.findings.count, 1)
        XCTAssertTrue(texts.findings[0].contains("texter finns inte i rapportmappen"), texts.findings[0])
    }

    static let budget = "Budgeten har intäkter utan tecken och kostnader med minustecken"

    func testTheBudgetSignCheckRunsOnABudgetFileOnly() throws {
        XCTAssertEqual(try check(Self.budget, in: results(ExampleFolders.path("kvarnsjo-2023"))).outcome, .passed)
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "budget.csv") { $0.replacingOccurrences(of: "esf_bidrag;1700000", with: "esf_bidrag;-1700000") }
        let flipped = try check(Self.budget, in: results(folder.path))
        XCTAssertEqual(flipped.outcome, .failed)
        XCTAssertEqual(flipped.findings.count, 1)
        XCTAssertTrue(flipped.findings[0].hasPrefix("budget.csv:5 (fält \"belopp\"): fel: Budgeten för raden \"esf_bidrag\""), flipped.findings[0])
        XCTAssertFalse(FileManager.default.fileExists(atPath: ExampleFolders.path("sjuharad-2024/budget.csv")))
        XCTAssertEqual(try check(Self.budget, in: results(ExampleFolders.path("sjuharad-2024"))).outcome, .notChecked)
    }
}
