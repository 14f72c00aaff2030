import Foundation
import XCTest

/// `render --revision`: the auditors' package beside the annual report, read for its
/// content: the four files and nothing else, the model file is what `model --json` prints,
/// the specification names every result account as the SIE file has it and passes qpdf and
/// the archive rules, and the check report carries the books' counts (counted here from
/// the SIE file itself), the findings and, for both PDFs, the very rule lines `verify`
/// prints for them.
final class RevisionPackageTests: XCTestCase {
    static let rendered: (folder: String, result: CommandLineRunner.Result)? = {
        guard let folder = try? CommandLineRunner.temporaryDirectory(),
              let result = try? CommandLineRunner.finsamReport(["render", "examples/kvarnsjo-2023", "--revision", "-o", folder])
        else { return nil }
        return (folder, result)
    }()

    func package() throws -> (folder: String, result: CommandLineRunner.Result) {
        let rendered = try XCTUnwrap(Self.rendered, "render could not be started")
        XCTAssertEqual(rendered.result.status, 0, rendered.result.standardError)
        return rendered
    }

    static let files = ["kvarnsjo-2023.pdf", "kvarnsjo-2023-specifikation.pdf", "kvarnsjo-2023-kontrollrapport.txt", "kvarnsjo-2023-modell.json"]

    func testThePackageHoldsTheReportTheSpecificationTheCheckReportAndTheModel() throws {
        let (folder, result) = try package()
        let written = result.standardOutput.split(separator: "\n").map(String.init)
        XCTAssertEqual(written, Self.files.map { "Skrev \(folder)/\($0)" })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), Self.files.sorted())

        let printed = try CommandLineRunner.finsamReport(["model", "examples/kvarnsjo-2023", "--json"])
        XCTAssertEqual(try String(contentsOfFile: folder + "/kvarnsjo-2023-modell.json", encoding: .utf8), printed.standardOutput)
    }

    func testTheSpecificationNamesEveryResultAccountAndPassesQpdfAndVerify() throws {
        let pdf = try package().folder + "/kvarnsjo-2023-specifikation.pdf"
        let text = try AnnualReportFixture.text(pdf, layout: true)
        XCTAssertTrue(text.contains("Specifikation till årsredovisning 2023"), String(text.prefix(400)))
        let (names, results) = try ExplainCommandTests.books("examples/kvarnsjo-2023")
        XCTAssertGreaterThan(results.count, 20)
        for (account, ore) in results where ore != 0 {
            let line = "\(account) \(try XCTUnwrap(names[account])) \(SpecificationPDFTests.kronor(-ore))"
            XCTAssertTrue(text.contains(line), "missing: \(line)")
        }
        let qpdf = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(qpdf.status, 0, qpdf.standardOutput + qpdf.standardError)
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput + verify.standardError)
    }

    func testTheCheckReportCarriesTheBooksCountsTheFindingsAndVerifysRulesForBothPDFs() throws {
        let (folder, result) = try package()
        let report = try String(contentsOfFile: folder + "/kvarnsjo-2023-kontrollrapport.txt", encoding: .utf8)
        let books = try Data(contentsOf: URL(fileURLWithPath: CommandLineRunner.repository.path + "/examples/kvarnsjo-2023/bokforing.se"))
        let lines = String(decoding: books.map { $0 < 128 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).components(separatedBy: "\r\n")
        let vouchers = lines.filter { $0.hasPrefix("#VER ") }.count
        let transactions = lines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("#TRANS ") }.count
        XCTAssertTrue(report.hasPrefix("Kontrollrapport: Samordningsförbundet Kvarnsjöbygden, årsredovisning 2023\n"), report)
        XCTAssertTrue(report.contains("Bokföringen: bokforing.se, \(vouchers) verifikationer, \(transactions) transaktioner."), report)
        XCTAssertTrue(report.contains("Rapporten: kvarnsjo-2023.pdf, beslutsdatum 2024-02-22."), report)
        XCTAssertTrue(report.contains("Paketet: kvarnsjo-2023.pdf (årsredovisningen), kvarnsjo-2023-specifikation.pdf (specifikationen"), report)
        XCTAssertTrue(report.contains("Resultat: 0 fel,"), report)
        // The checks are the specification's list, with the figures they compared: the
        // vouchers and transactions counted above, total assets from the #UB lines of the
        // 1xxx accounts, which the equity and liabilities side equals.
        let assets = lines.filter { $0.hasPrefix("#UB 0 1") }.map { Self.ore($0.split(separator: " ")[3]) }.reduce(0, +)
        let kronor = SpecificationPDFTests.kronor(assets).replacingOccurrences(of: " ", with: "\u{202F}")
        XCTAssertTrue(report.contains("  Godkänd: Varje verifikation balanserar (debet = kredit). \(vouchers) verifikationer med \(transactions) transaktioner.\n"),
                      report)
        XCTAssertTrue(report.contains("  Godkänd: Balansräkningen balanserar. Summa tillgångar \(kronor) kr, summa eget kapital och skulder \(kronor) kr.\n"),
                      report)
        let specification = try AnnualReportFixture.text(folder + "/kvarnsjo-2023-specifikation.pdf")
        let checks = report.split(separator: "\n").filter { $0.hasPrefix("  Godkänd") || $0.hasPrefix("  Fel: ") }
        XCTAssertGreaterThan(checks.count, 10)
        // kvarnsjo-2023 has no deltagare.csv: no participants' sums to pass.
        XCTAssertFalse(report.contains("Deltagarsiffrorna"), report)
        for check in checks {
            let name = check.split(separator: ":", maxSplits: 1)[1].split(separator: ".")[0].trimmingCharacters(in: .whitespaces)
            XCTAssertTrue(specification.contains(name), "\(name) is in the check report, not in the specification")
        }
        // Every warning the render printed is in the report.
        for warning in result.standardError.split(separator: "\n") where warning.contains("varning:") {
            XCTAssertTrue(report.contains(warning), "\(warning) not in the check report")
        }
        for file in Self.files.prefix(2) {
            let rules = try Self.verifiedRules(folder + "/" + file)
            XCTAssertGreaterThan(rules.split(separator: "\n").filter { $0.contains(" godkänd: ") }.count, 30)
            XCTAssertTrue(report.contains("Kontroll av \(file)\n" + rules), "verify's rules for \(file) not in the check report:\n\(rules)")
        }
    }

    /// "3067297.88" → 306 729 788 öre.
    static func ore(_ field: Substring) -> Int64 {
        let parts = field.split(separator: ".")
        let whole = Int64(parts[0])!, fraction = parts.count > 1 ? Int64(parts[1])! : 0
        return whole * 100 + (field.hasPrefix("-") ? -fraction : fraction)
    }

    /// `verify`'s rule sections for one file, from the first section to "Alla N regler uppfylls.".
    static func verifiedRules(_ pdf: String) throws -> String {
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput)
        let lines = verify.standardOutput.components(separatedBy: "\n")
        XCTAssertEqual(lines.first, "Kontroll av \(pdf)")
        let end = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Alla ") && $0.hasSuffix(" regler uppfylls.") })
        return lines[1...end].joined(separator: "\n")
    }

    func testRevisionIsRefusedForATertialReport() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2017-t1", "--revision", "-o", work])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("Revisionspaketet (--revision) finns bara för en årsredovisning"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work), [])
    }
}
