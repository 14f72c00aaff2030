import XCTest
@testable import ReportLayout

/// The small test page holds exactly 10 lines of 10 pt; each generated line fills the
/// 200 pt measure (40 characters), so line counts are exact.
final class PaginationTests: XCTestCase {
    private func paragraph(lines: Int, tag: String) -> Block {
        let text = (0..<lines).map { "\(tag)\(String(repeating: "x", count: 18 - tag.count))\($0 % 10) yyyyyyyyyyyyyyyyyyyy" }.joined(separator: " ")
        return .paragraph(Paragraph(text))
    }

    private func layout(_ blocks: [Block], style: LayoutStyle? = nil) throws -> LaidOutDocument {
        var style = try style ?? Fixtures.smallStyle()
        style.hyphenation.patterns = nil
        return try LayoutEngine(style: style, measurer: FixedWidthMeasurer()).layout(Document(metadata: DocumentMetadata(title: "Test"), blocks: blocks))
    }

    private func lineCount(_ page: Page, tag: String) -> Int {
        Fixtures.texts(on: page).filter { $0.hasPrefix(tag) }.count
    }

    func testWidowIsAvoidedByCarryingTwoLines() throws {
        let document = try layout([paragraph(lines: 7, tag: "A"), paragraph(lines: 4, tag: "B")])
        XCTAssertEqual(document.pages.count, 2)
        XCTAssertEqual(lineCount(document.pages[0], tag: "B"), 2)
        XCTAssertEqual(lineCount(document.pages[1], tag: "B"), 2)
    }

    func testOrphanMovesTheParagraphToTheNextPage() throws {
        let document = try layout([paragraph(lines: 9, tag: "A"), paragraph(lines: 3, tag: "B")])
        XCTAssertEqual(lineCount(document.pages[0], tag: "B"), 0)
        XCTAssertEqual(lineCount(document.pages[1], tag: "B"), 3)
    }

    func testHeadingIsKeptWithTheFirstLinesOfItsSection() throws {
        let document = try layout([paragraph(lines: 8, tag: "A"), .heading(Heading(level: 1, "Rubrik")), paragraph(lines: 4, tag: "B")])
        XCTAssertFalse(document.pages[0].contains(text: "Rubrik"))
        XCTAssertTrue(document.pages[1].contains(text: "1\u{2002}Rubrik"))
        XCTAssertEqual(lineCount(document.pages[1], tag: "B"), 4)
    }

    func testExplicitBreaksStartNewPages() throws {
        let document = try layout([paragraph(lines: 2, tag: "A"), .pageBreak, paragraph(lines: 2, tag: "B"), .sectionBreak(title: "Bilaga"), paragraph(lines: 1, tag: "C")])
        XCTAssertEqual(document.pages.count, 3)
        XCTAssertEqual(lineCount(document.pages[2], tag: "C"), 1)
    }

    /// Page 1 is 80 % full: the group moves whole.
    func testKeepTogetherMovesTheGroup() throws {
        let document = try layout([paragraph(lines: 8, tag: "A"), .keepTogether([paragraph(lines: 3, tag: "B"), paragraph(lines: 3, tag: "C")])])
        XCTAssertEqual(lineCount(document.pages[1], tag: "B"), 3)
        XCTAssertEqual(lineCount(document.pages[1], tag: "C"), 3)
    }

    /// Page 1 would stay 60 % full if the group moved: it splits where its parts allow (after
    /// B, not inside it, where a line would be left alone), and the page is 90 % full.
    func testKeepTogetherSplitsRatherThanLeaveThePageLessThanThreeQuartersFull() throws {
        let document = try layout([paragraph(lines: 6, tag: "A"), .keepTogether([paragraph(lines: 3, tag: "B"), paragraph(lines: 3, tag: "C")])])
        XCTAssertEqual(lineCount(document.pages[0], tag: "B"), 3)
        XCTAssertEqual(lineCount(document.pages[1], tag: "C"), 3)
        var strict = try Fixtures.smallStyle()
        strict.minimumPageFill = 0.5
        let moved = try layout([paragraph(lines: 6, tag: "A"), .keepTogether([paragraph(lines: 3, tag: "B"), paragraph(lines: 3, tag: "C")])], style: strict)
        XCTAssertEqual(lineCount(moved.pages[1], tag: "B"), 3, "with a 50 % minimum the group moves whole")
    }

    /// Two 40-character lines: the first ends in "zzz…-", the second finishes the compound.
    private let compound = "A\(String(repeating: "x", count: 18)) \(String(repeating: "z", count: 19))-\(String(repeating: "w", count: 19)) \(String(repeating: "y", count: 20))"

    private func full(_ count: Int) -> [String] {
        (0..<count).map { "A\(String(repeating: "x", count: 17))\($0) yyyyyyyyyyyyyyyyyyyy" }
    }

    /// Twelve lines, the tenth ending in the first half of a compound: a full first page
    /// would split the word across the pages, so the page ends one line earlier.
    func testPageDoesNotEndWithAHyphenatedLine() throws {
        let text = (full(9) + [compound] + full(1)).joined(separator: " ")
        let document = try layout([.paragraph(Paragraph(text))])
        XCTAssertEqual(document.pages.map { Fixtures.texts(on: $0).count }, [9, 3])
        XCTAssertTrue(Fixtures.texts(on: document.pages[1])[0].hasSuffix("-"))
    }

    /// Moving the break a line up would leave one line at the foot (orphans), so the
    /// paragraph starts the next page whole rather than split the word.
    func testParagraphMovesWholeRatherThanSplitAWord() throws {
        let text = (full(1) + [compound] + full(1)).joined(separator: " ")
        let document = try layout([paragraph(lines: 8, tag: "B"), .paragraph(Paragraph(text))])
        XCTAssertEqual(document.pages.map { Fixtures.texts(on: $0).count }, [8, 4])
    }

    /// After a heading the paragraph may not move whole (the heading would be left alone),
    /// and no other break is allowed: the word is split, as a penalty and not a rule.
    func testHyphenatedLineStaysAtTheFootWhenNoOtherBreakIsAllowed() throws {
        let text = (full(1) + [compound] + full(1)).joined(separator: " ")
        let document = try layout([paragraph(lines: 7, tag: "B"), .heading(Heading(level: 2, "Rubrik")), .paragraph(Paragraph(text))])
        XCTAssertEqual(document.pages.map { Fixtures.texts(on: $0).count }, [10, 2])
        XCTAssertTrue(Fixtures.texts(on: document.pages[0]).last!.hasSuffix("-"))
    }

    private func headerStyle() throws -> LayoutStyle {
        var style = try Fixtures.smallStyle()
        var header = MarginalTemplate()
        header.left = "{avsnitt}"
        header.offset = Points(10)
        style.header = header
        style.headings.newPageLevels = [1]
        return style
    }

    private func runningTitles(_ document: LaidOutDocument) -> [String] {
        document.pages.map { page in
            page.items.compactMap { item -> String? in
                if case let .text(run) = item.content, item.structure == .artifact, run.origin.y < page.textArea.minY { return run.text }
                return nil
            }.joined()
        }
    }

    func testHeadingOpeningAKeptBlockStartsAPageAndSetsTheSection() throws {
        let document = try layout([.heading(Heading(level: 1, "Ett")), paragraph(lines: 2, tag: "A"),
                                   .keepTogether([.heading(Heading(level: 1, "Två")), paragraph(lines: 2, tag: "B")])], style: try headerStyle())
        XCTAssertEqual(document.pages.count, 2)
        XCTAssertTrue(document.pages[1].contains(text: "2\u{2002}Två"))
        XCTAssertEqual(runningTitles(document), ["Ett", "Två"])
    }

    func testHeadingInsideAKeptBlockStartsAPageAndSetsTheSection() throws {
        let document = try layout([.heading(Heading(level: 1, "Ett")), paragraph(lines: 2, tag: "A"),
                                   .keepTogether([paragraph(lines: 2, tag: "B"), .keepTogether([.heading(Heading(level: 1, "Två")), paragraph(lines: 2, tag: "C")])])],
                                  style: try headerStyle())
        XCTAssertEqual(document.pages.count, 2)
        XCTAssertEqual(lineCount(document.pages[0], tag: "B"), 2)
        XCTAssertTrue(document.pages[1].contains(text: "2\u{2002}Två"))
        XCTAssertEqual(lineCount(document.pages[1], tag: "C"), 2)
        XCTAssertEqual(runningTitles(document), ["Ett", "Två"])
    }

    /// A kept block taller than a page may break, but never right after its heading.
    func testHeadingInATallKeptBlockStaysWithWhatFollows() throws {
        let document = try layout([paragraph(lines: 9, tag: "A"), .keepTogether([.heading(Heading(level: 2, "Not")), paragraph(lines: 12, tag: "B")])])
        XCTAssertFalse(document.pages[0].contains(text: "Not"))
        XCTAssertTrue(document.pages[1].contains(text: "Not"))
    }

    /// The annual report's note shape: heading and table kept together, the table taller
    /// than a page. The heading goes with the table's header and first rows, and the
    /// outline has the page it landed on.
    func testNoteHeadingKeptWithATallTable() throws {
        let rows = (1...14).map { TableRow(.body, texts: ["Konto \($0)", "\($0)"]) }
        let table = Table(columns: [TableColumn(.relative(1)), TableColumn(.fixed(Points(60)), numeric: true)],
                          headerRows: [TableRow(.header, texts: ["Benämning", "kr"])], rows: rows)
        let note = Block.keepTogether([.heading(Heading(level: 2, "Not 2", numbered: false)), .table(table)])
        let document = try layout([paragraph(lines: 8, tag: "A"), note])
        XCTAssertFalse(document.pages[0].contains(text: "Not 2"))
        XCTAssertTrue(document.pages[1].contains(text: "Not 2"))
        XCTAssertEqual(document.outline.first { $0.title == "Not 2" }?.pageIndex, 1)
    }

    func testEngineNumbersHeadingsAndBuildsTheOutline() throws {
        let document = try layout([.heading(Heading(level: 1, "Ett")), .heading(Heading(level: 2, "Ett ett")), .heading(Heading(level: 2, "Ett två")),
                                   .heading(Heading(level: 1, "Två")), .heading(Heading(level: 1, "Bilaga", numbered: false))])
        XCTAssertEqual(document.outline.map(\.title), ["1 Ett", "1.1 Ett ett", "1.2 Ett två", "2 Två", "Bilaga"])
        XCTAssertEqual(document.outline.map(\.level), [1, 2, 2, 1, 1])
    }
}
