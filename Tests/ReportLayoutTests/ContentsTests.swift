import XCTest
@testable import ReportLayout

final class ContentsTests: XCTestCase {
    /// Twelve sections on the small page: the contents (title and 12 entries) outgrows one page,
    /// which moves every heading one page on; the fixed point must settle with right numbers.
    func testContentsGrowingToTwoPagesSettleWithCorrectNumbers() throws {
        var style = try Fixtures.smallStyle()
        style.headings.newPageLevels = [1]
        style.header = nil
        var blocks: [Block] = [.paragraph(Paragraph("Omslag")), .pageBreak, .tableOfContents(TableOfContents(title: "Innehåll", maxLevel: 1))]
        for index in 1...12 {
            blocks.append(.heading(Heading(level: 1, "Avsnitt \(index)")))
            blocks.append(.paragraph(Paragraph(Fixtures.words(20 * index))))
        }
        let document = try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "T"), blocks: blocks))
        XCTAssertEqual(document.outline.count, 12)
        let contentsPages = document.pages[1..<document.outline[0].pageIndex]
        XCTAssertGreaterThanOrEqual(contentsPages.count, 2, "the contents outgrew one page")
        let numbers = contentsPages.flatMap { page in
            page.items.compactMap { item -> Int? in
                guard item.structure.role == .tableOfContentsEntry, case let .text(run) = item.content else { return nil }
                return Int(run.text)
            }
        }
        XCTAssertEqual(numbers, document.outline.map { $0.pageIndex + 1 })
    }

    func testEntriesLinkToHeadingAnchors() throws {
        let blocks: [Block] = [.tableOfContents(TableOfContents()), .heading(Heading(level: 1, "Förvaltningsberättelse")),
                               .paragraph(Paragraph([.text("Se "), .reference("Not 3", anchor: "not-3"), .text(".")])),
                               .heading(Heading(level: 1, "Noter")), .heading(Heading(level: 2, "Not 3", numbered: false, anchor: "not-3"))]
        let document = try LayoutEngine(style: try Fixtures.style(), measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "T"), blocks: blocks))
        let items = document.pages.flatMap(\.items)
        let anchors = Set(items.compactMap { if case let .anchor(name, _) = $0.content { return name } else { return nil } })
        let links = items.compactMap { if case let .link(_, .anchor(name)) = $0.content { return name } else { return nil } }
        XCTAssertTrue(links.contains("not-3"))
        XCTAssertTrue(links.contains("rubrik-1"))
        XCTAssertTrue(Set(links).isSubset(of: anchors), "\(links) \(anchors)")
    }
}
