import XCTest
@testable import ReportCore

final class MarkdownReaderTests: XCTestCase {
    func testBlocks() {
        let blocks = MarkdownReader.parse("# Rubrik\n\nFörsta raden\nandra raden.\n\n- en\n- *två*\n\n{{ styrelselista }}\n\n## Under\n")
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph, .bulletList, .placeholder, .heading])
        XCTAssertEqual(blocks[0].level, 1)
        XCTAssertEqual(blocks[1].runs.map(\.text).joined(), "Första raden andra raden.")
        XCTAssertEqual(blocks[1].line, 3)
        XCTAssertEqual(blocks[2].items?.count, 2)
        XCTAssertEqual(blocks[2].items?[1].first?.italic, true)
        XCTAssertEqual(blocks[3].name, "styrelselista")
        XCTAssertEqual(blocks[4].level, 2)
    }

    func testInlineRuns() {
        let runs = InlineParser.parse("Resultatet **är {{ resultat_tkr }} tkr**, se [Finsam](https://finsam.se) och *kursivt*.")
        XCTAssertEqual(runs.map(\.text), ["Resultatet ", "är ", "", " tkr", ", se ", "Finsam", " och ", "kursivt", "."])
        XCTAssertEqual(runs[2].figure, "resultat_tkr")
        XCTAssertTrue(runs[2].bold)
        XCTAssertEqual(runs[5].link, "https://finsam.se")
        XCTAssertTrue(runs[7].italic)
    }

    func testReferencesResolveAgainstTheFigures() {
        let source = ProseSource(file: "texter/a.md", id: "a", text: "Resultatet är {{ resultat_tkr }} tkr.\n\nOkänt: {{ nej }}.")
        let (texts, findings) = ProseResolver.resolve([source], figures: ["resultat_tkr": NamedFigure(text: "246", value: "246")])
        XCTAssertEqual(texts[0].blocks[0].runs.map(\.text).joined(), "Resultatet är 246 tkr.")
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0].location, SourceLocation(file: "texter/a.md", line: 3))
        XCTAssertTrue(findings[0].message.contains("\"nej\""))
    }
}
