import Foundation
import XCTest

/// `finsam-report diff A B [--pdf]` through the real command line: exit codes as diff(1)
/// (0 same, 1 differ, 2 unreadable), the Swedish listing, and the comparison PDF.
final class DiffCommandTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    /// kvarnsjo-2023 with the Kansli budget 10 000 kr higher (budget.csv), a sentence
    /// changed and one signatory renamed.
    func changedKvarnsjo() throws -> String {
        let folder = work + "/kvarnsjo-ny"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/kvarnsjo-2023", toPath: folder)
        try edit(folder + "/budget.csv", "nettokostnader;-14060000", "nettokostnader;-14070000")
        try edit(folder + "/texter/02-maluppfyllelse.md", "Två av dem är uppnådda redan", "Två av dem nåddes redan")
        try edit(folder + "/styrelse.yaml", "namn: Gustav Mo,", "namn: Gunilla Mo,")
        return folder
    }

    func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func testAReportAgainstItselfExitsZeroAndSaysSo() throws {
        let result = try CommandLineRunner.finsamReport(["diff", "examples/nordvastra-2024", "examples/nordvastra-2024"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("Inga skillnader: siffrorna, texterna och underskriftssidan är lika."), result.standardOutput)
    }

    func testTwoVersionsExitOneWithEveryChangeListedAndAComparisonPDF() throws {
        let changed = try changedKvarnsjo()
        let pdf = work + "/jamforelse.pdf"
        let result = try CommandLineRunner.finsamReport(["diff", "examples/kvarnsjo-2023", changed, "--pdf", pdf])
        XCTAssertEqual(result.status, 1, result.standardError)
        let out = AnnualReportFixture.collapsed(result.standardOutput)
        // The budget of Nettokostnader (budget.csv line 7) is −14 060 000 kr and becomes −14 070 000 kr.
        XCTAssertTrue(out.contains("Driftredovisning, Utfall och budget Nettokostnader [nettokostnader], Budget: −14 060 → −14 070 tkr (skillnad −10 tkr; "
                                   + "exakt −14 060 000,00 → −14 070 000,00 kr, skillnad −10 000,00 kr)"), out)
        XCTAssertTrue(out.contains("texter/02-maluppfyllelse.md rad 3:"), out)
        XCTAssertTrue(out.contains("Före: Styrelsen har sju delmål för verksamhetsplanen 2023–2025. Två av dem är uppnådda redan"), out)
        XCTAssertTrue(out.contains("Efter: Styrelsen har sju delmål för verksamhetsplanen 2023–2025. Två av dem nåddes redan"), out)
        XCTAssertTrue(out.contains("Utgår: Gustav Mo (C), Mossby kommun"), out)
        XCTAssertTrue(out.contains("Tillkommer: Gunilla Mo (C), Mossby kommun"), out)
        // No statement figure changed: a budget is not in the books' statements.
        XCTAssertFalse(out.contains("Resultaträkning"), out)

        XCTAssertEqual(try CommandLineRunner.tool("qpdf", ["--check", pdf]).status, 0)
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput)
        let text = try AnnualReportFixture.text(pdf)
        for expected in ["Jämförelse mellan kvarnsjo-2023 och kvarnsjo-ny", "Samordningsförbundet Kvarnsjöbygden, årsredovisning 2023",
                         "Driftredovisning, Utfall och budget", "Nettokostnader Budget −14 060 tkr −14 070 tkr −10 tkr −10 000,00 ändrad",
                         "texter/02-maluppfyllelse.md rad 3", "Före: Styrelsen har sju delmål", "Efter: Styrelsen har sju delmål",
                         "nåddes", "Gunilla Mo (C) Mossby kommun tillkommer", "Gustav Mo (C) Mossby kommun utgår"] {
            XCTAssertTrue(text.contains(expected), "\(expected) not in: \(text)")
        }
    }

    func testAModelFileComparesAsItsFolderDoes() throws {
        let model = try CommandLineRunner.finsamReport(["model", "examples/kvarnsjo-2023", "--json"])
        XCTAssertEqual(model.status, 0, model.standardError)
        let file = work + "/kvarnsjo.json"
        try model.standardOutput.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandLineRunner.finsamReport(["diff", file, "examples/kvarnsjo-2023"]).status, 0)
        let changed = try changedKvarnsjo()
        let fromFolder = try CommandLineRunner.finsamReport(["diff", "examples/kvarnsjo-2023", changed])
        let fromFile = try CommandLineRunner.finsamReport(["diff", file, changed])
        XCTAssertEqual(fromFile.status, 1)
        XCTAssertEqual(fromFile.standardOutput.split(separator: "\n").dropFirst(), fromFolder.standardOutput.split(separator: "\n").dropFirst())
    }

    func testAnUnreadableSideExitsTwoInSwedish() throws {
        let missing = try CommandLineRunner.finsamReport(["diff", "examples/kvarnsjo-2023", work + "/finns-inte"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("Finns inte: ange en rapportmapp eller en modellfil"), missing.standardError)
        let notModel = work + "/annat.json"
        try "{\"year\": 2023}".write(toFile: notModel, atomically: true, encoding: .utf8)
        let wrong = try CommandLineRunner.finsamReport(["diff", notModel, "examples/kvarnsjo-2023"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.standardError.contains("Är ingen årsredovisningsmodell från finsam-report model --json (nyckeln"), wrong.standardError)
        let tertial = try CommandLineRunner.finsamReport(["diff", "examples/sjuharad-2017-t1", "examples/kvarnsjo-2023"])
        XCTAssertEqual(tertial.status, 2)
        XCTAssertTrue(tertial.standardError.contains("Jämförelsen gäller årsredovisningar"), tertial.standardError)
    }
}
