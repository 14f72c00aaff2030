import XCTest
@testable import ReportLayout

enum StressDocument {
    /// Mixed sections of prose, lists and tables; about 300 A4 pages at `sections` = 230.
    static func make(sections: Int) -> Document {
        var blocks: [Block] = [.tableOfContents(TableOfContents())]
        for section in 0..<sections {
            blocks.append(.heading(Heading(level: section % 4 == 0 ? 1 : 2, "Avsnitt \(section) om samordningsförbundets verksamhet")))
            for paragraph in 0..<(3 + section % 4) {
                blocks.append(.paragraph(Paragraph([.text(Fixtures.words(40 + 15 * paragraph, seed: section + paragraph)), .bold(" Balanskravsresultat"), .text(" 246 tkr.")])))
            }
            if section % 3 == 0 { blocks.append(.list(BulletList(items: [[.text(Fixtures.words(12, seed: section))], [.text(Fixtures.words(25, seed: section + 1))]]))) }
            if section % 2 == 1 { blocks.append(.table(table(rows: 8 + section % 23, section: section))) }
        }
        return Document(metadata: DocumentMetadata(title: "Stresstest"), blocks: blocks)
    }

    static func table(rows: Int, section: Int) -> Table {
        Table(columns: [TableColumn(.relative(2)), TableColumn(numeric: true), TableColumn(numeric: true), TableColumn(numeric: true)],
              headerRows: [TableRow(.header, texts: ["Kostnadsställe", "Utfall", "Budget", "Avvikelse"])],
              rows: (0..<rows).map { TableRow(.body, texts: ["Rehabiliteringsinsatser \($0)", "\u{2212}1\u{00A0}\(100 + $0)", "\u{2212}1\u{00A0}780", "\(355 + section)"]) }
                + [TableRow(.total, texts: ["Summa", "\u{2212}18\u{00A0}609", "\u{2212}19\u{00A0}685", "1\u{00A0}076"])],
              caption: "Driftredovisning \(section)")
    }
}

final class StressTests: XCTestCase {
    func testThreeHundredPagesKeepEveryBodyItemInsideTheTextArea() throws {
        let style = try Fixtures.style("arsredovisning")
        let document = try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(StressDocument.make(sections: 230))
        XCTAssertGreaterThanOrEqual(document.pages.count, 300)
        var lastElement = -1
        for (index, page) in document.pages.enumerated() {
            for item in page.bodyItems {
                for rect in bounds(item.content) {
                    XCTAssertTrue(page.textArea.contains(rect), "page \(index + 1): \(item.content) outside \(page.textArea)")
                }
                XCTAssertGreaterThanOrEqual(item.structure.element, lastElement, "reading order on page \(index + 1)")
                lastElement = max(lastElement, item.structure.element)
            }
        }
    }

    private func bounds(_ content: PageContent) -> [Rect] {
        switch content {
        case let .text(run):
            return run.segments.map { Rect(x: run.origin.x + $0.x, y: run.origin.y - run.font.size * 0.8, width: $0.width, height: run.font.size) }
        case let .line(from, to, _):
            return [Rect(x: min(from.x, to.x), y: min(from.y, to.y), width: abs((to.x - from.x).value) * Points(1), height: abs((to.y - from.y).value) * Points(1))]
        case let .rect(rect, _, _), let .link(rect, _), let .image(rect, _), let .signatureField(rect, _):
            return [rect]
        case let .path(points, _, _, _):
            return points.map { Rect(x: $0.x, y: $0.y, width: .zero, height: .zero) }
        case let .anchor(_, at):
            return [Rect(x: at.x, y: at.y, width: .zero, height: .zero)]
        }
    }
}

private func abs(_ value: Double) -> Double { Swift.abs(value) }
