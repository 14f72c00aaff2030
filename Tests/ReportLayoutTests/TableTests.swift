import XCTest
@testable import ReportLayout

final class TableTests: XCTestCase {
    private func table(bodyRows: Int, caption: String? = nil) -> Table {
        Table(columns: [TableColumn(.relative(1)), TableColumn(.fixed(Points(60)), numeric: true)],
              headerRows: [TableRow(.header, texts: ["Konto", "Belopp"])],
              rows: (1...bodyRows).map { TableRow(.body, texts: ["Rad \($0)", "\($0)\u{00A0}000"]) } + [TableRow(.total, texts: ["Summa", "99\u{00A0}999"])],
              caption: caption)
    }

    private func layout(_ blocks: [Block]) throws -> LaidOutDocument {
        var style = try Fixtures.smallStyle()
        style.table.continued = nil
        return try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "T"), blocks: blocks))
    }

    private func texts(_ page: Page) -> [String] {
        page.items.compactMap { if case let .text(run) = $0.content { return run.text } else { return nil } }
    }

    func testHeaderRepeatsOnEveryPageAndTotalNeverStandsAlone() throws {
        let document = try layout([.table(table(bodyRows: 18))])
        XCTAssertEqual(document.pages.count, 3)
        for page in document.pages {
            XCTAssertEqual(texts(page).first, "Konto", "header opens every page")
            XCTAssertTrue(texts(page).contains { $0.hasPrefix("Rad") }, "every page has a body row")
        }
        XCTAssertEqual(texts(document.pages[2]), ["Konto", "Belopp", "Rad 16", "16\u{00A0}000", "Rad 17", "17\u{00A0}000", "Rad 18", "18\u{00A0}000",
                                                  "Summa", "99\u{00A0}999"])
    }

    private func bodyRows(_ page: Page) -> [String] { texts(page).filter { $0.hasPrefix("Rad") } }

    /// Ten rows and a header fill a page and one row: the last row must not open the next
    /// page alone; three go over.
    func testSplitNeverLeavesOneBodyRowAtTheTopOfThePage() throws {
        var plain = table(bodyRows: 10)
        plain.rows.removeLast()
        let document = try layout([.table(plain)])
        XCTAssertEqual(document.pages.count, 2)
        XCTAssertEqual(bodyRows(document.pages[0]), (1...7).map { "Rad \($0)" })
        XCTAssertEqual(bodyRows(document.pages[1]), ["Rad 8", "Rad 9", "Rad 10"])
    }

    /// Room for the header and one row at the page's foot: the table starts on the next page.
    func testSplitNeverLeavesOneBodyRowUnderTheHeaderAtThePageFoot() throws {
        let filler = Block.paragraph(Paragraph((0..<8).map { _ in "xxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " ")))
        let document = try layout([filler, .table(table(bodyRows: 6))])
        XCTAssertEqual(texts(document.pages[0]).filter { $0 == "Konto" || $0.hasPrefix("Rad") }, [])
        XCTAssertEqual(bodyRows(document.pages[1]), (1...6).map { "Rad \($0)" })
    }

    /// Room for the header and three rows: the table may start there and carry on; with
    /// room for two it may not.
    func testSplitWithThreeRowsOnEachSide() throws {
        let filler = { (lines: Int) in Block.paragraph(Paragraph((0..<lines).map { _ in "xxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " "))) }
        let document = try layout([filler(6), .table(table(bodyRows: 6))])
        XCTAssertEqual(bodyRows(document.pages[0]), ["Rad 1", "Rad 2", "Rad 3"])
        XCTAssertEqual(bodyRows(document.pages[1]), ["Rad 4", "Rad 5", "Rad 6"])
        let tight = try layout([filler(7), .table(table(bodyRows: 6))])
        XCTAssertEqual(bodyRows(tight.pages[0]), [])
    }

    func testRepeatedHeadersAreArtifactsAndCaptionContinues() throws {
        var style = try Fixtures.smallStyle()
        style.table.continued = "(forts.)"
        let document = try LayoutEngine(style: style, measurer: FixedWidthMeasurer())
            .layout(Document(metadata: DocumentMetadata(title: "T"), blocks: [.table(table(bodyRows: 12, caption: "Not 2"))]))
        XCTAssertEqual(texts(document.pages[1]).prefix(2), ["Not 2 (forts.)", "Konto"])
        let header = document.pages[1].items.first { if case let .text(run) = $0.content { return run.text == "Konto" } else { return false } }
        XCTAssertEqual(header?.structure, .artifact)
    }

    func testHeaderIsNeverLeftAloneAtAPageFoot() throws {
        let filler = Block.paragraph(Paragraph((0..<9).map { _ in "xxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " ")))
        let document = try layout([filler, .table(table(bodyRows: 3))])
        XCTAssertFalse(texts(document.pages[0]).contains("Konto"))
        XCTAssertEqual(texts(document.pages[1]).first, "Konto")
    }

    func testLongCompoundInANarrowCellHyphenates() throws {
        let narrow = Table(columns: [TableColumn(.fixed(Points(70))), TableColumn(.relative(1), numeric: true)],
                           rows: [TableRow(.body, texts: ["Rehabiliteringsinsatser", "1\u{00A0}234"])])
        let document = try layout([.table(narrow)])
        let pieces = document.pages[0].items.compactMap { item -> TextRun? in if case let .text(run) = item.content { return run } else { return nil } }
        let cell = pieces.filter { $0.origin.x < document.pages[0].textArea.minX + Points(70) }
        XCTAssertGreaterThan(cell.count, 1)
        XCTAssertTrue(cell[0].text.hasSuffix("-"), cell.map(\.text).description)
        for run in cell {
            let right = run.origin.x + run.segments.last!.x + run.segments.last!.width
            XCTAssertLessThanOrEqual(right.value, (document.pages[0].textArea.minX + Points(70 - 4)).value + 0.01)
        }
    }

    func testFixedColumnsWiderThanThePageAreASwedishError() throws {
        let wide = Table(columns: [TableColumn(.fixed(Points(150))), TableColumn(.fixed(Points(100)))], rows: [TableRow(.body, texts: ["a", "b"])], caption: "Bred")
        XCTAssertThrowsError(try layout([.table(wide)])) { error in
            XCTAssertEqual(error as? LayoutError, .columnsTooWide(table: "Bred", needed: Points(250), available: Points(200)))
            XCTAssertTrue(String(describing: error).contains("Tabellen \"Bred\" har kolumner med fast bredd"))
        }
    }

    func testRowsMustCoverEveryColumn() throws {
        let short = Table(columns: [TableColumn(), TableColumn()], rows: [TableRow(.body, texts: ["bara en"])], caption: "Aktiv hälsa")
        XCTAssertThrowsError(try layout([.table(short)])) { error in
            XCTAssertEqual(error as? LayoutError, .tableRowCellCount(table: "Aktiv hälsa", row: 1, cells: 1, columns: 2))
        }
    }

    func testAmountsAreRightAligned() throws {
        let document = try layout([.table(table(bodyRows: 2))])
        let amounts = document.pages[0].items.compactMap { item -> TextRun? in
            if case let .text(run) = item.content, run.text.contains("000") { return run } else { return nil }
        }
        let rights = amounts.map { ($0.origin.x + $0.segments[0].width).value }
        XCTAssertEqual(Set(rights.map { ($0 * 100).rounded() }).count, 1, "\(rights)")
    }

    /// A struck cell gets one line over its text, an artifact, from the text's first letter to
    /// its last (the fixed measurer makes each character half the font size wide: "−2 750 tkr"
    /// is ten characters, five font sizes long) at 0,33 em above the baseline; its text stays
    /// content. The cell beside it gets no line.
    func testAStruckCellHasOneLineThroughItsTextAndTheTextStaysContent() throws {
        let struck = Table(columns: [TableColumn(.relative(1)), TableColumn(.automatic, numeric: true), TableColumn(.automatic, numeric: true)],
                           rows: [TableRow(.body, [TableCell("Kansli"), TableCell("−2 750 tkr", struckThrough: true), TableCell("−2 760 tkr")])])
        var style = try Fixtures.smallStyle()
        style.table.bodyRule = .zero
        let page = try LayoutEngine(style: style, measurer: FixedWidthMeasurer())
            .layout(Document(metadata: DocumentMetadata(title: "T"), blocks: [.table(struck)])).pages[0]
        let lines = page.items.compactMap { item -> (from: Point, to: Point, stroke: Stroke, artifact: Bool)? in
            if case let .line(from, to, stroke) = item.content { return (from, to, stroke, item.structure == .artifact) } else { return nil }
        }
        let old = try XCTUnwrap(page.items.lazy.compactMap { item -> (TextRun, StructureRef)? in
            if case let .text(run) = item.content, run.text == "−2 750 tkr" { return (run, item.structure) } else { return nil }
        }.first)
        let (run, structure) = old
        XCTAssertNotEqual(structure, .artifact)
        let size = run.font.size
        XCTAssertEqual(lines.count, 1, "\(lines)")
        let line = try XCTUnwrap(lines.first)
        XCTAssertTrue(line.artifact)
        XCTAssertEqual(line.from.x.value, (run.origin.x + run.segments[0].x).value, accuracy: 0.001)
        XCTAssertEqual((line.to.x - line.from.x).value, (size * 5).value, accuracy: 0.001)
        XCTAssertEqual(line.from.y.value, (run.origin.y - size * 0.33).value, accuracy: 0.001)
        XCTAssertEqual(line.to.y, line.from.y)
        XCTAssertEqual(line.stroke.width.value, (size * 0.06).value, accuracy: 0.001)
        XCTAssertEqual(Fixtures.texts(on: page), ["Kansli", "−2 750 tkr", "−2 760 tkr"])
    }
}
