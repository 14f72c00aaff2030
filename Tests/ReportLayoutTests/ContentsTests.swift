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
                guard item.structure.groups.contains(where: { $0.role == .tableOfContentsEntry }), case let .text(run) = item.content else { return nil }
                return Int(run.text)
            }
        }
        XCTAssertEqual(numbers, document.outline.map { $0.pageIndex + 1 })
    }

    private func smallLayout(_ blocks: [Block]) throws -> LaidOutDocument {
        var style = try Fixtures.smallStyle()
        style.hyphenation.patterns = nil
        style.header = nil
        return try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "T"), blocks: blocks))
    }

    /// Lines of 40 characters that fill the small page's 200 pt measure.
    private func lines(_ count: Int) -> Block {
        .paragraph(Paragraph((0..<count).map { _ in "xxxxxxxxxxxxxxxxxxx yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " ")))
    }

    private func contentsNumbers(_ page: Page) -> [String] {
        page.items.compactMap { item in
            guard item.structure.groups.contains(where: { $0.role == .tableOfContentsEntry }), case let .text(run) = item.content, Int(run.text) != nil else { return nil }
            return run.text
        }
    }

    /// A kept-together block opening with a heading moves to the next page (the page before
    /// is 80 % full, so it need not split): the heading still gets that page in the contents
    /// and the outline.
    func testHeadingOfAKeptBlockThatMovesGetsItsPage() throws {
        let blocks: [Block] = [.tableOfContents(TableOfContents(maxLevel: 2)), .pageBreak, lines(8),
                               .keepTogether([.heading(Heading(level: 2, "Not 1", numbered: false)), lines(4)])]
        let document = try smallLayout(blocks)
        XCTAssertEqual(document.pages.count, 3)
        XCTAssertTrue(document.pages[2].contains(text: "Not 1"))
        XCTAssertEqual(document.outline.map(\.title), ["Not 1"])
        XCTAssertEqual(document.outline.map(\.pageIndex), [2])
        XCTAssertEqual(contentsNumbers(document.pages[0]), ["3"])
    }

    /// A heading in the middle of a kept-together block is listed with its page too.
    func testHeadingInsideAKeptBlockGetsItsPage() throws {
        let blocks: [Block] = [.tableOfContents(TableOfContents(maxLevel: 2)), .pageBreak, lines(8),
                               .keepTogether([lines(2), .heading(Heading(level: 2, "Inuti", numbered: false)), lines(2)])]
        let document = try smallLayout(blocks)
        XCTAssertEqual(document.pages.count, 3)
        XCTAssertEqual(document.outline.map(\.title), ["Inuti"])
        XCTAssertEqual(document.outline.map(\.pageIndex), [2])
        XCTAssertEqual(document.outline.first?.y, document.pages[2].textArea.minY + Points(20))
        XCTAssertEqual(contentsNumbers(document.pages[0]), ["3"])
    }

    func testReferenceToAMissingAnchorIsASwedishError() throws {
        let blocks: [Block] = [.heading(Heading(level: 1, "Noter")), .anchor("bilaga"),
                               .paragraph(Paragraph([.text("Se "), .reference("bilagan", anchor: "bilaga"), .text(" och "), .reference("Not 9", anchor: "not-9")]))]
        XCTAssertThrowsError(try smallLayout(blocks)) { error in
            XCTAssertEqual(error as? LayoutError, .unknownAnchor("not-9"))
            XCTAssertTrue(String(describing: error).contains("\"not-9\""), String(describing: error))
        }
    }

    func testReferencesToHeadingsAnchorsAndNotesResolve() throws {
        let blocks: [Block] = [.heading(Heading(level: 1, "Noter")), .anchor("bilaga"),
                               .keepTogether([.heading(Heading(level: 2, "Not 3", numbered: false, anchor: "not-3")), lines(1)]),
                               .paragraph(Paragraph([.reference("1", anchor: "rubrik-1"), .reference("bilagan", anchor: "bilaga"), .reference("Not 3", anchor: "not-3")]))]
        XCTAssertNoThrow(try smallLayout(blocks))
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
