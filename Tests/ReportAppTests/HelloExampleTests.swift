import CairoPDF
import Foundation
import PangoText
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The walking skeleton end to end: examples/hello through the real command line, Pango
/// and Cairo, checked with Poppler's tools and against a reference image.
final class HelloExampleTests: XCTestCase {
    var output = ""

    override func setUpWithError() throws {
        output = try CommandLineRunner.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: output)
    }

    func renderHello() throws -> String {
        let result = try CommandLineRunner.finsamReport(["render", "examples/hello", "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        return output + "/hello.pdf"
    }

    func testHelloIsTwoA4PagesWithExactSwedishText() throws {
        let pdf = try renderHello()
        let info = try CommandLineRunner.tool("pdfinfo", [pdf]).standardOutput
        XCTAssertTrue(info.contains("Pages:           2"), info)
        XCTAssertTrue(info.contains("595.276 x 841.89 pts (A4)"), info)

        // pdftotext prints every Unicode space as U+0020, so the thousands separator comes
        // back as a space here; the PDF's own text map is checked for U+202F below.
        let text = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput
        // Typed from the example's own files: å ä ö, U+2212 minus, spaced thousands.
        XCTAssertTrue(text.contains("Samordningsförbundets årsredovisning"), text)
        XCTAssertTrue(text.contains("Åtta kommuner, två myndigheter"), text)
        XCTAssertTrue(text.contains("\u{2212}22 704 789,01"), text)
        XCTAssertTrue(text.contains("18 022 000,00"), text)
        // The total row is the exact sum of the 2024 column: 4 718 094,05 − 22 704 789,01
        // + 18 022 000,00 + 210 880,10 = 246 185,14 (the seed's result).
        XCTAssertTrue(text.contains("246 185,14"), text)
        XCTAssertTrue(text.contains("Sida 1 av 2"), text)
        XCTAssertTrue(text.contains("Sida 2 av 2"), text)
        XCTAssertFalse(text.contains("-22"), "an ASCII hyphen-minus must never stand for minus")
    }

    func testThePDFTextMapCarriesTheNarrowNoBreakSpaceAndTheMinusSign() throws {
        let pdf = try renderHello()
        let expanded = output + "/expanded.pdf"
        _ = try CommandLineRunner.tool("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self).lowercased()
        XCTAssertTrue(content.contains("> <202f>"), "no glyph maps to U+202F NARROW NO-BREAK SPACE")
        XCTAssertTrue(content.contains("> <2212>"), "no glyph maps to U+2212 MINUS SIGN")
    }

    func testOnlyEmbeddedSubsetsOfTheBundledFonts() throws {
        let pdf = try renderHello()
        let lines = try CommandLineRunner.tool("pdffonts", [pdf]).standardOutput.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(columns[0])
            // A subset font is named ABCDEF+Face; emb and sub are the "yes yes" columns.
            XCTAssertTrue(name.range(of: #"^[A-Z]{6}\+Lato-(Regular|Bold|Italic|BoldItalic)$"#, options: .regularExpression) != nil, String(line))
            XCTAssertTrue(line.contains("yes yes yes"), "not embedded as a subset with Unicode map: \(line)")
        }
        let check = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
    }

    func testMissingFolderIsASwedishErrorWithExitCodeTwoAndNoFile() throws {
        let result = try CommandLineRunner.finsamReport(["render", "examples/finns-inte", "-o", output])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("examples/finns-inte: fel: Rapportmappen finns inte."), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), [])
    }

    func testAFailedRenderLeavesTheEarlierPDFUntouched() throws {
        let pdf = try renderHello()
        let before = try Data(contentsOf: URL(fileURLWithPath: pdf))
        // A copy of hello whose table has an amount with three decimals: unreadable input.
        let broken = output + "/hello"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/hello", toPath: broken)
        try "Post;2024\nIntäkter;12.345\n".write(toFile: broken + "/belopp.csv", atomically: true, encoding: .utf8)
        try "typ: dokument\ntitel: Trasig\ninnehåll:\n  - tabell: saknas.csv\n".write(
            toFile: broken + "/rapport.yaml", atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.finsamReport(["render", broken, "-o", output])
        XCTAssertEqual(result.status, 2, result.standardError)
        XCTAssertTrue(result.standardError.contains("saknas.csv: fel:"), result.standardError)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: pdf)), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(leftovers, [])
    }

    func testFirstPageMatchesTheReferenceImage() throws {
        let renderer = try DocumentRenderer()
        let plain = try PlainDocumentReader.load(folder: CommandLineRunner.repository.path + "/examples/hello")
        let laidOut = try renderer.layout(PlainDocumentComposer.compose(plain), layoutName: plain.layout)
        let check = ReferenceImageCheck(failuresDirectory: CommandLineRunner.repository.path + "/output/test-failures")
        let reference = CommandLineRunner.repository.path + "/Tests/ReportAppTests/References/hello-1.png"
        if let failure = try check.compare(laidOut.pages[0], painter: renderer.painter, reference: reference) {
            XCTFail(failure)
        }
    }
}
