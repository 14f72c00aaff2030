import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The plain document (examples/hello) and the Markdown texts as document trees, without
/// fonts or PDF.
final class PlainAndProseComposerTests: XCTestCase {
    func testHelloBecomesHeadingsParagraphsAndATableWithAnExactTotal() throws {
        let plain = try PlainDocumentReader.load(folder: DocumentsFixtures.examples + "/hello")
        let document = PlainDocumentComposer.compose(plain)
        XCTAssertEqual(document.metadata.title, "Hej från finsam-report")
        let headings = document.blocks.compactMap { block -> String? in
            if case let .heading(heading) = block { return heading.text } else { return nil }
        }
        XCTAssertEqual(headings, ["Samordningsförbundets årsredovisning", "Sammanställning"])
        let table = try XCTUnwrap(document.blocks.compactMap { block -> Table? in
            if case let .table(table) = block { return table } else { return nil }
        }.first)
        XCTAssertEqual(table.columns.map(\.numeric), [false, true, true])
        // belopp.csv's 2024 column: 4 718 094,05 − 22 704 789,01 + 18 022 000,00 + 210 880,10.
        let total = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(total.kind, .total)
        XCTAssertEqual(total.cells.map(text), ["Summa", "246\u{202F}185,14", "\u{2212}804\u{202F}994,37"])
        XCTAssertEqual(table.headerRows.first?.cells.map(text), ["Post", "2024", "2023"])
    }

    func testProseKeepsEmphasisLinksAndLeavesPlaceholdersToTheCaller() {
        let runs = [InlineRun(text: "fet", bold: true), InlineRun(text: "kursiv", italic: true),
                    InlineRun(text: "båda", bold: true, italic: true), InlineRun(text: "länk", link: "https://example.se")]
        XCTAssertEqual(ProseComposer.inlines(runs), [.bold("fet"), .italic("kursiv"), .boldItalic("båda"), .link("länk", uri: "https://example.se")])
        let prose = [ProseBlock(kind: .heading, level: 2, runs: [InlineRun(text: "Uppdrag")], line: 1),
                     ProseBlock(kind: .placeholder, name: "styrelselista", line: 3)]
        var asked: [String] = []
        let blocks = ProseComposer.blocks(prose, headingLevelOffset: 1) { name in
            asked.append(name)
            return [.space(Points(4))]
        }
        XCTAssertEqual(asked, ["styrelselista"])
        XCTAssertEqual(blocks.count, 2)
        if case let .heading(heading) = blocks[0] {
            XCTAssertEqual(heading.level, 3)
            XCTAssertEqual(heading.text, "Uppdrag")
        } else {
            XCTFail("the first block must be the heading")
        }
    }

    private func text(_ cell: TableCell) -> String {
        cell.inlines.map { inline -> String in
            switch inline {
            case .text(let text), .bold(let text), .italic(let text), .boldItalic(let text): return text
            case .link(let text, _), .reference(let text, _): return text
            }
        }.joined()
    }
}

/// Tables written in texts become the layout's tables: a column of figures is numeric
/// (right-aligned, tabular) unless the text aligns it, the header is a header row.
final class ProseTableComposerTests: XCTestCase {
    func testFigureColumnsAreNumericAndTheTextsAlignmentWins() {
        func cells(_ texts: [String]) -> [[InlineRun]] { texts.map { [InlineRun(text: $0)] } }
        let prose = ProseTable(header: cells(["Delmål", "Uppnått", "Andel", "Årsarbetare", "Kod"]),
                               rows: [cells(["Arbete", "2 av 7", "29 %", "1,5", "12"]), cells(["Studier", "5 av 7", "71 %", "\u{2212}0,5", "7"])],
                               alignments: [.automatic, .automatic, .automatic, .automatic, .left])
        let table = ProseComposer.blocks([ProseBlock(kind: .table, line: 1, table: prose)]).compactMap { block -> Table? in
            if case let .table(table) = block { return table } else { return nil }
        }.first
        XCTAssertEqual(table?.columns.map(\.numeric), [false, false, true, true, false])
        XCTAssertEqual(table?.columns.map(\.alignment), [.left, .left, .right, .right, .left])
        XCTAssertEqual(table?.headerRows.first?.kind, .header)
        XCTAssertEqual(table?.rows.count, 2)
    }
}
