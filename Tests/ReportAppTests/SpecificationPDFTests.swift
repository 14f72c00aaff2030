import Foundation
import XCTest

/// `render --specifikation`: "Specifikation till årsredovisning 2024" beside the report,
/// through the command line. Every account with a result this year is in it with its name
/// from #KONTO and its amount from #RES (read here from the file, not by the product), the
/// checks are listed with their results, and the file passes qpdf and the archive rules.
final class SpecificationPDFTests: XCTestCase {
    static let rendered: (folder: String, result: CommandLineRunner.Result)? = {
        guard let folder = try? CommandLineRunner.temporaryDirectory(),
              let result = try? CommandLineRunner.finsamReport(["render", "examples/sjuharad-2024", "-o", folder, "--specifikation"])
        else { return nil }
        return (folder, result)
    }()

    func specification() throws -> String {
        let rendered = try XCTUnwrap(Self.rendered, "render could not be started")
        XCTAssertEqual(rendered.result.status, 0, rendered.result.standardError)
        XCTAssertTrue(rendered.result.standardOutput.contains("sjuharad-2024.pdf"), rendered.result.standardOutput)
        return rendered.folder + "/sjuharad-2024-specifikation.pdf"
    }

    /// −16 272 669 öre → "−162 726,69" as pdftotext gives it (narrow spaces as spaces).
    static func kronor(_ ore: Int64) -> String {
        let digits = String(abs(ore) / 100)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        let fraction = abs(ore) % 100
        return (ore < 0 ? "\u{2212}" : "") + grouped + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }

    func testEveryResultAccountStandsWithItsNameAndAmountFromTheBooks() throws {
        let text = try AnnualReportFixture.text(try specification(), layout: true)
        XCTAssertTrue(text.contains("Specifikation till årsredovisning 2024"), String(text.prefix(400)))
        let (names, results) = try ExplainCommandTests.books()
        XCTAssertGreaterThan(results.count, 20)
        for (account, ore) in results where ore != 0 {
            let name = try XCTUnwrap(names[account])
            let line = "\(account) \(name) \(Self.kronor(-ore))"
            XCTAssertTrue(text.contains(line), "missing: \(line)")
        }
        XCTAssertTrue(text.contains("Summa verksamhetens kostnader \u{2212}22 704 789,01"), "the seed's total costs")
    }

    func testTheChecksAreListedWithTheirResults() throws {
        let text = try AnnualReportFixture.text(try specification())
        XCTAssertTrue(text.contains("Kontroller"))
        XCTAssertTrue(text.contains("Varje verifikation balanserar (debet = kredit) 279 verifikationer"), "279 #VER in the file")
        XCTAssertTrue(text.contains("Balansräkningen balanserar Summa tillgångar"))
        XCTAssertTrue(text.contains("Driftredovisningen summerar till årets resultat"))
        // deltagare.csv: 426 women and 224 men in eight municipalities.
        XCTAssertTrue(text.contains("Deltagarsiffrorna summerar 650 deltagare: 426 kvinnor och 224 män i 8 kommuner."), text)
        XCTAssertTrue(text.contains("Godkänd"))
    }

    /// The formula and reconciliation captions the board's document no longer prints stand
    /// with their checks: soliditet from the seed (3284/11708 28 %, 3038/9554 32 %), the
    /// share of places (the seed's 98,6 %; 659 places in rapport.yaml) and the budget's source.
    func testTheCaptionsLeftOutOfTheReportStandWithTheirChecks() throws {
        let text = try AnnualReportFixture.text(try specification())
        for expected in ["Soliditet är eget kapital delat med totala tillgångar (tkr): 2024: 3 284 / 11 708 = 28 %; 2023: 3 038 / 9 554 = 32 %",
                         "Budgeterat antal platser: 659; deltagarna är 98,6 % av de budgeterade platserna.",
                         "Avvikelse är utfall minus budget; budgeten kommer från bokföringens budget per kostnadsställe."] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testTheSpecificationPassesQpdfAndTheArchiveRules() throws {
        let pdf = try specification()
        let qpdf = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(qpdf.status, 0, qpdf.standardOutput + qpdf.standardError)
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput + verify.standardError)
        let fonts = try CommandLineRunner.tool("pdffonts", [pdf]).standardOutput
        XCTAssertTrue(fonts.contains("Lato"), fonts)
    }

    func testOnlyAnAnnualReportHasASpecification() throws {
        let folder = try CommandLineRunner.temporaryDirectory()
        let result = try CommandLineRunner.finsamReport(["render", "examples/hello", "-o", folder, "--specifikation"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("Specifikationen görs bara till en årsredovisning"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/hello.pdf"))
    }
}
