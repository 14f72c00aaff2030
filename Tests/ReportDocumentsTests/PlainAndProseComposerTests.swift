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
