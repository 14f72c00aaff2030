import Foundation
import XCTest
@testable import ReportCore

/// The tertial report's text and the letter template go through the shared strict Markdown
/// reader: raw HTML is refused at its line, images need alternative text, a csv file is a
/// table, and the messages are the annual report's.
final class TertialProseTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws { folder = try ExampleFolders.copy("sjuharad-2017-t1") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    private func build(_ file: String, append: String) throws -> (model: TertialReportModel?, findings: [Finding]) {
        try ExampleFolders.edit(folder, file) { $0 + append }
        return TertialReportBuilder.build(try TertialFolder.load(path: folder.path))
    }

    func testRawHTMLInTheReportTextIsRefusedAtItsLine() throws {
        let before = try String(contentsOf: folder.appendingPathComponent("texter/rapport.md"), encoding: .utf8)
        let line = before.components(separatedBy: "\n").count + 1
        let (model, findings) = try build("texter/rapport.md", append: "\n<div>Bokslut</div>\n")
        XCTAssertNil(model)
        let html = try XCTUnwrap(findings.first { $0.code == "markdown-html" }, "\(findings)")
        XCTAssertEqual(html.location?.file, "texter/rapport.md")
        XCTAssertEqual(html.location?.line, line)
    }

    func testRawHTMLInTheLetterTemplateIsRefusedOnceNotPerLetter() throws {
        let (model, findings) = try build("texter/brev.md", append: "\n<b>Hej</b>\n")
        XCTAssertNil(model)
        XCTAssertEqual(findings.filter { $0.code == "markdown-html" }.count, 1, "\(findings)")
    }

    func testAnImageNeedsItsTextAndACSVFileBecomesATable() throws {
        try "år;deltagare\n2016;600\n2017;659\n".write(to: folder.appendingPathComponent("texter/platser.csv"), atomically: true, encoding: .utf8)
        let (model, findings) = try build("texter/rapport.md", append: "\n![Platser per år](platser.csv)\n\n![](logo.png)\n")
        XCTAssertNil(model)
        XCTAssertEqual(findings.filter { $0.code.hasPrefix("markdown") }.map(\.code), ["markdown-bild-alt"], "\(findings)")
        try ExampleFolders.edit(folder, "texter/rapport.md") { $0.replacingOccurrences(of: "\n![](logo.png)\n", with: "\n") }
        let (fixed, rest) = TertialReportBuilder.build(try TertialFolder.load(path: folder.path))
        let body = try XCTUnwrap(fixed, "\(rest)").body
        let table = try XCTUnwrap(body.compactMap { part -> ProseTable? in
            if case .prose(let blocks) = part { return blocks.compactMap(\.table).first } else { return nil }
        }.first)
        XCTAssertEqual(ProsePlainText.text([ProseBlock(kind: .table, line: 1, table: table)]), "år | deltagare\n2016 | 600\n2017 | 659")
    }

    func testAnAnnualReportTableNameIsRefusedWithTheTertialOnes() throws {
        let (model, findings) = try build("texter/rapport.md", append: "\n{{ styrelselista }}\n")
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.location?.field == "styrelselista" }, "\(findings)")
        XCTAssertTrue(finding.message.contains("tabell.namn") && finding.message.contains("flöden"), finding.message)
    }

    func testFiguresAreFilledAfterReadingSoTheirCharactersAreNeverMarkdown() {
        let template = TextInput(file: "texter/brev.md", text: "Till {{ medlem.namn }}\n")
        let result = MarkdownTemplate.resolve(template, values: ["medlem.namn": "*Borås* <Stad>"], kind: .municipality, tables: [])
        XCTAssertEqual(result.findings, [])
        XCTAssertEqual(result.text, "Till *Borås* <Stad>")
    }
}
