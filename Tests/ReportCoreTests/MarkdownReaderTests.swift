import XCTest
@testable import ReportCore

final class MarkdownReaderTests: XCTestCase {
    private func read(_ text: String) -> (blocks: [ProseBlock], findings: [Finding]) {
        MarkdownReader.read(text, file: "texter/a.md")
    }

    private func text(_ runs: [InlineRun]) -> String { runs.map(\.text).joined() }

    func testBlocks() {
        let blocks = MarkdownReader.parse("# Rubrik\n\nFörsta raden\nandra raden.\n\n- en\n- *två*\n\n{{ styrelselista }}\n\n## Under\n")
        XCTAssertEqual(blocks.map(\.kind), [.heading, .paragraph, .bulletList, .placeholder, .heading])
        XCTAssertEqual(blocks[0].level, 1)
        XCTAssertEqual(text(blocks[1].runs), "Första raden andra raden.")
        XCTAssertEqual(blocks[1].line, 3)
        XCTAssertEqual(blocks[2].items?.count, 2)
        XCTAssertEqual(blocks[2].items?[1].first?.italic, true)
        XCTAssertEqual(blocks[3].name, "styrelselista")
        XCTAssertEqual(blocks[4].level, 2)
    }

    func testInlineRuns() {
        let runs = read("Resultatet **är {{ resultat_tkr }} tkr**, se [Finsam](https://finsam.se) och *kursivt*.").blocks[0].runs
        XCTAssertEqual(runs.map(\.text), ["Resultatet ", "är ", "", " tkr", ", se ", "Finsam", " och ", "kursivt", "."])
        XCTAssertEqual(runs[2].figure, "resultat_tkr")
        XCTAssertTrue(runs[2].bold)
        XCTAssertEqual(runs[5].link, "https://finsam.se")
        XCTAssertTrue(runs[7].italic)
    }

    func testNumberedAndNestedLists() {
        let (blocks, findings) = read("""
        3. Tredje
        4. Fjärde
           - under fjärde
             fortsätter
           - andra under
             1. djupast
        5. Femte
        """)
        XCTAssertEqual(findings, [])
        XCTAssertEqual(blocks.map(\.kind), [.orderedList])
        XCTAssertEqual(blocks[0].start, 3)
        XCTAssertEqual(blocks[0].items?.map(text), ["Tredje", "Fjärde", "Femte"])
        let nested = try? XCTUnwrap(blocks[0].children?[1].first)
        XCTAssertEqual(nested?.kind, .bulletList)
        XCTAssertEqual(nested?.items?.map(text), ["under fjärde fortsätter", "andra under"])
        XCTAssertEqual(nested?.children?[1].first?.kind, .orderedList)
        XCTAssertEqual(nested?.children?[1].first?.items?.map(text), ["djupast"])
        XCTAssertEqual(blocks[0].children?[0], [])
    }

    func testAYearAtALineStartDoesNotInterruptAParagraph() {
        let blocks = read("Styrelsen beslutade i mars\n2024. Det blev bra.").blocks
        XCTAssertEqual(blocks.map(\.kind), [.paragraph])
        XCTAssertEqual(text(blocks[0].runs), "Styrelsen beslutade i mars 2024. Det blev bra.")
    }

    func testPipeTableWithAlignmentsAndFigures() {
        let (blocks, findings) = read("""
        Före tabellen.

        | Delmål | Uppnått | Andel |
        |:-------|:-------:|------:|
        | Fler i arbete | 2 av 7 | {{ andel }} |
        | Pipe \\| i cell | **ja** | 29 % |

        Efter.
        """)
        XCTAssertEqual(findings, [])
        XCTAssertEqual(blocks.map(\.kind), [.paragraph, .table, .paragraph])
        let table = try? XCTUnwrap(blocks[1].table)
        XCTAssertEqual(table?.header.map(text), ["Delmål", "Uppnått", "Andel"])
        XCTAssertEqual(table?.alignments, [.left, .center, .right])
        XCTAssertEqual(table?.rows.map { $0.map(text) }, [["Fler i arbete", "2 av 7", ""], ["Pipe | i cell", "ja", "29\u{00A0}%"]])
        XCTAssertEqual(table?.rows[0][2].first?.figure, "andel")
        XCTAssertEqual(table?.rows[0][2].first?.line, 5)
        XCTAssertEqual(blocks[1].line, 3)
    }

    func testATableRowWithTooManyCellsIsRefusedWithItsLine() {
        let findings = read("| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | 3 |").findings
        XCTAssertEqual(findings.map(\.location), [SourceLocation(file: "texter/a.md", line: 4)])
        XCTAssertTrue(findings[0].message.contains("3 celler"), findings[0].message)
    }

    /// Found by the fuzz test: a delimiter cell of a lone colon crashed the reader.
    func testALoneColonUnderAHeaderRowIsText() {
        XCTAssertEqual(read("| a |\n| : |").blocks.map(\.kind), [.paragraph])
    }

    func testHardBreaksAndBlockQuotes() {
        let (blocks, findings) = read("Rad ett  \nrad två\\\nrad tre\n\n> Citat *med* betoning\n> på två rader\n>\n> - och en lista\n\nSlut.")
        XCTAssertEqual(findings, [])
        XCTAssertEqual(blocks.map(\.kind), [.paragraph, .quote, .paragraph])
        XCTAssertEqual(blocks[0].runs.map(\.text), ["Rad ett", InlineRun.lineBreakText, "rad två", InlineRun.lineBreakText, "rad tre"])
        let quoted = blocks[1].children?.first ?? []
        XCTAssertEqual(quoted.map(\.kind), [.paragraph, .bulletList])
        XCTAssertEqual(text(quoted[0].runs), "Citat med betoning på två rader")
        XCTAssertEqual(quoted[0].line, 5)
        XCTAssertEqual(quoted[1].line, 8)
    }

    func testPicturesAndCSVTablesNeedTheirText() {
        let (blocks, findings) = read("![Förbundets logotyp](../logo.png)\n\n![](bild.jpg)\n\n![ ](personal.csv)")
        XCTAssertEqual(blocks.map(\.kind), [.image, .image, .image])
        XCTAssertEqual(blocks[0].image, ProseImage(source: "../logo.png", alternativeText: "Förbundets logotyp"))
        XCTAssertEqual(findings.map(\.location?.line), [3, 5])
        XCTAssertEqual(findings.map(\.code), ["markdown-bild-alt", "markdown-bild-alt"])
        XCTAssertTrue(findings[0].message.contains("alternativtext"), findings[0].message)
        XCTAssertTrue(findings[1].message.contains("rubrik"), findings[1].message)
    }

    func testRawHTMLAndUnclosedBracesAreRefusedWithTheirLines() {
        let (_, findings) = read("""
        Första stycket.

        <div>block</div>

        Text med <b>fet</b> stil
        och en {{ trasig referens
        och <https://finsam.se> som är en länk, och 3 < 4.
        """)
        XCTAssertEqual(findings.map(\.code), ["markdown-html", "markdown-html", "markdown-html", "markdown-klammer"])
        XCTAssertEqual(findings.map(\.location?.line), [3, 5, 5, 6])
        XCTAssertTrue(findings.allSatisfy { $0.location?.file == "texter/a.md" })
    }

    func testAutolinkAndLinkWithParentheses() {
        let runs = read("Se <https://finsam.se> och [lagen](https://sv.wikipedia.org/wiki/Finsam_(lag)).").blocks[0].runs
        XCTAssertEqual(runs.compactMap(\.link), ["https://finsam.se", "https://sv.wikipedia.org/wiki/Finsam_(lag)"])
        XCTAssertEqual(text(runs), "Se https://finsam.se och lagen.")
    }

    func testEmphasisThatNeverClosesIsRefusedAndALoneStarIsAStar() {
        XCTAssertEqual(read("3 * 4 är tolv, och 2*3 också").findings, [])
        XCTAssertEqual(text(read("3 * 4 är tolv").blocks[0].runs), "3 * 4 är tolv")
        let findings = read("Ett\n**fet som aldrig\nslutar").findings
        XCTAssertEqual(findings.map(\.code), ["markdown-betoning"])
        XCTAssertEqual(findings.first?.location?.line, 2)
    }

    func testCommentsOverSeveralLinesAreSkipped() {
        let blocks = read("<!-- en\nkommentar -->\nText.\n<!-- till -->").blocks
        XCTAssertEqual(blocks.map(\.kind), [.paragraph])
        XCTAssertEqual(text(blocks[0].runs), "Text.")
    }

    func testReferencesResolveAgainstTheFigures() {
        let source = ProseSource(file: "texter/a.md", id: "a", text: "Resultatet är {{ resultat_tkr }} tkr.\n\nOkänt: {{ nej }}.")
        let (texts, findings) = ProseResolver.resolve([source], figures: ["resultat_tkr": NamedFigure(text: "246", value: "246")])
        XCTAssertEqual(text(texts[0].blocks[0].runs), "Resultatet är 246 tkr.")
        XCTAssertEqual(findings.count, 1)
        XCTAssertEqual(findings[0].location, SourceLocation(file: "texter/a.md", line: 3))
        XCTAssertTrue(findings[0].message.contains("\"nej\""))
    }

    /// The old reader gave a list item's unknown name the line of the list's first item
    /// (a reference on line 46 was reported at line 20), and a name with a space in it the
    /// paragraph's first line.
    func testAnUnknownNameIsReportedAtItsOwnLine() {
        var lines = (1...45).map { "- punkt \($0)" }
        lines[19] = "Stycket börjar här"
        lines[18] = ""
        lines += ["- punkt med {{ okand_siffra }}", "", "Ett stycke", "på två rader med {{ två ord }}."]
        let source = ProseSource(file: "texter/b.md", id: "b", text: lines.joined(separator: "\n"))
        let (_, findings) = ProseResolver.resolve([source], figures: [:])
        XCTAssertEqual(findings.map(\.location?.line), [46, 49])
    }
}
