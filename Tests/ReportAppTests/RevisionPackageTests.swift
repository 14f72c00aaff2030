import Foundation
import XCTest

/// `render --revision`: the auditors' package beside the annual report, read for its
/// content: the model file is what `model --json` prints, the check report carries the
/// books' counts (counted here from the SIE file itself), the findings and every rule
/// line `verify` prints for the written PDF.
final class RevisionPackageTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func testTheRevisionPackageHoldsTheReportTheModelAndTheCheckReport() throws {
        let result = try CommandLineRunner.finsamReport(["render", "examples/kvarnsjo-2023", "--revision", "-o", work])
        XCTAssertEqual(result.status, 0, result.standardError)
        let pdf = work + "/kvarnsjo-2023.pdf", checks = work + "/kvarnsjo-2023-kontrollrapport.txt", model = work + "/kvarnsjo-2023-modell.json"
        for path in [pdf, checks, model] { XCTAssertTrue(result.standardOutput.contains("Skrev \(path)"), result.standardOutput) }

        let printed = try CommandLineRunner.finsamReport(["model", "examples/kvarnsjo-2023", "--json"])
        XCTAssertEqual(try String(contentsOfFile: model, encoding: .utf8), printed.standardOutput)

        let report = try String(contentsOfFile: checks, encoding: .utf8)
        let books = try Data(contentsOf: URL(fileURLWithPath: CommandLineRunner.repository.path + "/examples/kvarnsjo-2023/bokforing.se"))
        let lines = String(decoding: books.map { $0 < 128 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).components(separatedBy: "\r\n")
        let vouchers = lines.filter { $0.hasPrefix("#VER ") }.count
        let transactions = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#TRANS ") }.count
        XCTAssertTrue(report.hasPrefix("Kontrollrapport: Samordningsförbundet Kvarnsjöbygden, årsredovisning 2023\n"), report)
        XCTAssertTrue(report.contains("Bokföringen: bokforing.se, \(vouchers) verifikationer, \(transactions) transaktioner."), report)
        XCTAssertTrue(report.contains("Rapporten: kvarnsjo-2023.pdf, beslutsdatum 2024-02-22."), report)
        XCTAssertTrue(report.contains("Resultat: 0 fel,"), report)
        // Every warning the render printed is in the report.
        for warning in result.standardError.split(separator: "\n") where warning.contains("varning:") {
            XCTAssertTrue(report.contains(warning), "\(warning) not in the check report")
        }
        // verify's verdict on the same file, rule by rule.
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput)
        let rules = verify.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(" godkänd: ") }
        XCTAssertGreaterThan(rules.count, 30)
        for rule in rules { XCTAssertTrue(report.contains(rule), "\(rule) not in the check report") }
        XCTAssertTrue(report.contains("Alla \(rules.count) regler uppfylls."), report)
    }

    func testRevisionIsRefusedForATertialReport() throws {
        let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2017-t1", "--revision", "-o", work])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("Revisionspaketet (--revision) finns bara för en årsredovisning"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), [])
    }
}
