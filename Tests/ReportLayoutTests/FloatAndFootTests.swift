import XCTest
@testable import ReportLayout

/// Figures that float past the text after them, and full pages that end level at the
/// bottom margin. The small test page holds ten 10 pt lines (see `Fixtures.smallStyle`).
final class FloatAndFootTests: XCTestCase {
    private func paragraph(lines: Int, tag: String) -> Block {
        let text = (0..<lines).map { "\(tag)\(String(repeating: "x", count: 18 - tag.count))\($0 % 10) yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " ")
        return .paragraph(Paragraph(text))
    }

    private func chart(height: Double) -> Block {
        .chart(Chart(kind: .groupedBar, categories: ["A", "B"], series: [ChartSeries("S", [1, 2])], alternativeText: "Diagram", height: Points(height)))
    }

    private func layout(_ blocks: [Block], paragraphGap: Double = 0, stretch: Double = 0, minimumFill: Double = 0.75) throws -> LaidOutDocument {
        var style = try Fixtures.smallStyle()
        style.minimumPageFill = minimumFill
        style.hyphenation.patterns = nil
        style.textStyles["brödtext"]?.spaceAfter = Points(paragraphGap)
        style.verticalStretch = stretch
        return try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "Test"), blocks: blocks))
    }

    private func lines(_ page: Page, tag: String) -> [PageItem] {
        page.items.filter { item in
            if case let .text(run) = item.content { return item.structure != .artifact && run.text.hasPrefix(tag) }
            return false
        }
    }

    private func figureTop(_ page: Page) -> Points? {
        page.items.compactMap { item -> Points? in
            guard case .figure = item.structure.role, case let .rect(rect, _, _) = item.content else { return nil }
            return rect.minY
        }.min()
    }

    private func lowestBaseline(_ page: Page) -> Points {
        page.items.compactMap { item -> Points? in if case let .text(run) = item.content { return run.origin.y } else { return nil } }.max() ?? .zero
    }

    /// 6 lines, then a 60 pt chart that does not fit in the 40 pt left: the 3 lines after
    /// it fill page 1 and the chart opens page 2 (before, page 1 stayed 60 % full).
    func testAChartThatDoesNotFitLetsTheFollowingTextFillThePage() throws {
        let document = try layout([paragraph(lines: 6, tag: "A"), chart(height: 60), paragraph(lines: 3, tag: "B"), paragraph(lines: 4, tag: "C")])
        XCTAssertEqual(lines(document.pages[0], tag: "B").count, 3)
        XCTAssertNil(figureTop(document.pages[0]))
        let top = try XCTUnwrap(figureTop(document.pages[1]), "the chart is on page 2")
        let firstC = try XCTUnwrap(lines(document.pages[1], tag: "C").first.map { item -> Points in
            if case let .text(run) = item.content { return run.origin.y } else { return .zero }
        })
        XCTAssertLessThan(top, firstC, "the chart comes before the text that follows the page break")
    }

    /// A figure stays in its section: it goes in before the next heading, on a new page if
    /// it does not fit, never after the heading.
    func testAFloatingChartDoesNotPassAHeading() throws {
        let document = try layout([paragraph(lines: 6, tag: "A"), chart(height: 60), paragraph(lines: 1, tag: "B"),
                                   .heading(Heading(level: 2, "Rubrik")), paragraph(lines: 3, tag: "C")])
        XCTAssertEqual(lines(document.pages[0], tag: "B").count, 1)
        let page = try XCTUnwrap(document.pages.firstIndex { figureTop($0) != nil })
        let headingPage = try XCTUnwrap(document.pages.firstIndex { $0.contains(text: "Rubrik") })
        XCTAssertEqual(page, 1)
        XCTAssertEqual(headingPage, 1)
        let headingY = document.pages[1].items.compactMap { item -> Points? in
            if case let .text(run) = item.content, run.text.contains("Rubrik") { return run.origin.y } else { return nil }
        }.first ?? .zero
        XCTAssertLessThan(try XCTUnwrap(figureTop(document.pages[1])), headingY)
    }

    /// Two 4-line paragraphs with 4 pt between take 84 pt of the 100; the 3-line paragraph
    /// after them cannot leave 2 lines and carry 1 (widows), so it moves and 16 pt is left.
    /// With stretch the one gap grows to 20 pt and the last line stands on the margin.
    func testAFullPageEndsOnTheBottomMarginWhenGapsMayStretch() throws {
        let blocks = [paragraph(lines: 4, tag: "A"), paragraph(lines: 4, tag: "B"), paragraph(lines: 3, tag: "C")]
        let ragged = try layout(blocks, paragraphGap: 4)
        XCTAssertEqual(lines(ragged.pages[0], tag: "C").count, 0)
        let raggedFoot = ragged.pages[0].textArea.maxY - lowestBaseline(ragged.pages[0])
        let level = try layout(blocks, paragraphGap: 4, stretch: 4)
        let foot = level.pages[0].textArea.maxY - lowestBaseline(level.pages[0])
        XCTAssertEqual((raggedFoot - foot).value, 16, accuracy: 0.01, "the 16 pt left at the foot went into the gap")
        let firstB = lines(level.pages[0], tag: "B").first.map { item -> Points in if case let .text(run) = item.content { return run.origin.y } else { return .zero } }
        let lastA = lines(level.pages[0], tag: "A").last.map { item -> Points in if case let .text(run) = item.content { return run.origin.y } else { return .zero } }
        XCTAssertEqual(((firstB ?? .zero) - (lastA ?? .zero)).value, 10 + 20, accuracy: 0.01)
        // The last page, which ends where the text does, is not stretched.
        XCTAssertEqual(lowestBaseline(level.pages[1]), lowestBaseline(ragged.pages[1]))
    }

    /// A gap grows by at most its share: 4 pt by 100 % is 4 pt, so 12 pt stay at the foot.
    func testStretchIsLimitedByTheLayoutsShare() throws {
        let blocks = [paragraph(lines: 4, tag: "A"), paragraph(lines: 4, tag: "B"), paragraph(lines: 3, tag: "C")]
        let ragged = try layout(blocks, paragraphGap: 4)
        let limited = try layout(blocks, paragraphGap: 4, stretch: 1)
        XCTAssertEqual((lowestBaseline(limited.pages[0]) - lowestBaseline(ragged.pages[0])).value, 4, accuracy: 0.01)
    }

    /// A board list (7 rows under a header, kept together) after 3 lines and a 4 pt gap
    /// does not fit in the 66 pt left (56 pt under a heading). Moved whole, page 1 would end
    /// that high, more than its one gap can stretch: it splits after 4 rows instead (3 rows
    /// stay for page 2, the fewest allowed), and page 2 repeats the header.
    func testAKeptTableSplitsWithItsHeaderRepeatedWhenMovingItWouldLeaveTheFootHigh() throws {
        let rows = (1...7).map { TableRow(.body, texts: ["Ledamot \($0)", "hela året"]) }
        let table = Table(columns: [TableColumn(.relative(1)), TableColumn(.relative(1))],
                          headerRows: [TableRow(.header, texts: ["Ledamot", "Ledamot under året"])], rows: rows)
        for lead in [[Block](), [.heading(Heading(level: 2, "Styrelsen", numbered: false))]] {
            let blocks = [paragraph(lines: 3, tag: "A")] + lead + [.keepTogether([.table(table)])]
            let moved = try layout(blocks, paragraphGap: 4, minimumFill: 0)
            XCTAssertFalse(moved.pages[0].contains(text: "Ledamot 1"), "without stretch the block moves whole")
            let split = try layout(blocks, paragraphGap: 4, stretch: 1, minimumFill: 0)
            let first = Fixtures.texts(on: split.pages[0]).filter { $0.hasPrefix("Ledamot ") && $0 != "Ledamot under året" }
            let second = Fixtures.texts(on: split.pages[1]).filter { $0.hasPrefix("Ledamot ") && $0 != "Ledamot under året" }
            XCTAssertEqual(first, (1...4).map { "Ledamot \($0)" }, "lead \(lead.count)")
            XCTAssertEqual(second, (5...7).map { "Ledamot \($0)" })
            XCTAssertTrue(split.pages[1].items.contains { item in
                if case let .text(run) = item.content { return item.structure.isArtifact && run.text == "Ledamot under året" }
                return false
            }, "the header is repeated on page 2 as an artifact")
            XCTAssertEqual(split.pages[0].contains(text: "Styrelsen"), !lead.isEmpty)
        }
    }
}
