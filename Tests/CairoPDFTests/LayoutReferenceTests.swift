import Foundation
import XCTest
import CairoPDF
import PangoText
import ReportLayout

/// Focused layout cases rendered with the real Pango measurer and Cairo painter, compared
/// with checked-in PNGs (1 px per pt) within a per-channel tolerance and an allowed share
/// of differing pixels. A failing page is written to output/test-failures/. Set
/// FINSAM_UPDATE_REFERENCES=1 to (re)write the references, then look at them before committing.
final class LayoutReferenceTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func style() throws -> LayoutStyle {
        var style = try LayoutStyle.load(path: Self.root.appendingPathComponent("layouts/arsredovisning.yaml").path)
        style.pageSize = Size(width: Points(320), height: Points(240))
        style.margins = Margins(top: Points(28), bottom: Points(40), left: Points(28), right: Points(28))
        style.firstPage = FirstPageStyle()
        style.header = nil
        style.footer?.initialsSize = Size(width: Points(60), height: Points(18))
        style.footer?.offset = Points(14)
        style.headings.newPageLevels = []
        return style
    }

    private func layout(_ blocks: [Block], hyphenate: Bool = true) throws -> LaidOutDocument {
        var style = try style()
        if !hyphenate { style.hyphenation.patterns = nil }
        return try LayoutEngine(style: style, measurer: PangoMeasurer(fonts: fonts))
            .layout(Document(metadata: DocumentMetadata(title: "Referens"), blocks: blocks))
    }

    func testTableSplitRepeatsHeader() throws {
        let rows = (1...12).map { TableRow(.body, texts: ["Kostnadsställe \($0)", "\u{2212}1\u{202F}\(200 + $0 * 7)", "\u{2212}1\u{202F}780"]) }
        let table = Table(columns: [TableColumn(.relative(1)), TableColumn(numeric: true), TableColumn(numeric: true)],
                          headerRows: [TableRow(.header, texts: ["Kostnadsställe", "Utfall", "Budget"])],
                          rows: rows + [TableRow(.total, texts: ["Summa", "\u{2212}18\u{202F}609", "\u{2212}19\u{202F}685"])], caption: "Driftredovisning, tkr")
        try assertReferences(try layout([.table(table)]), name: "layout-table-split")
    }

    func testHeadingAtPageFootMovesWithItsText() throws {
        let prose = "Samordningsförbundet har under året finansierat rehabiliteringsinsatser för deltagare i alla åtta kommunerna. "
        let blocks: [Block] = [.heading(Heading(level: 2, "Förvaltningsberättelse")), .paragraph(Paragraph(prose + prose + prose)),
                               .heading(Heading(level: 2, "Balanskravsresultat")), .paragraph(Paragraph(prose + prose))]
        try assertReferences(try layout(blocks), name: "layout-heading-keep")
    }

    func testLongCompoundInNarrowCell() throws {
        let table = Table(columns: [TableColumn(.fixed(Points(62))), TableColumn(.relative(1)), TableColumn(numeric: true)],
                          headerRows: [TableRow(.header, texts: ["Insats", "Beskrivning", "tkr"])],
                          rows: [TableRow(.body, texts: ["Kompetensutvecklingsinsatser", "Utbildningsinsatser för handläggare", "1\u{202F}234"]),
                                 TableRow(.body, texts: ["Rehabiliteringsinsatser", "Verksamhetsanknutna kostnader", "\u{2212}20\u{202F}859"])])
        try assertReferences(try layout([.table(table)]), name: "layout-narrow-cell")
    }

    func testWidowIsAvoided() throws {
        // One line more than page 1 holds: filling page 1 would leave the last line alone on
        // page 2, so the engine carries two lines over; page 1 then ends on a whole word.
        // Hyphenation is off so that only the widow rule decides (the hyphen rule, where every
        // allowed break would split a word, is PaginationTests.testParagraphMovesWholeRatherThanSplitAWord).
        let prose = "Samordningsförbundet har under året finansierat rehabiliteringsinsatser för deltagare i alla åtta kommunerna. "
        func blocks(tail: Int) -> [Block] {
            [.heading(Heading(level: 2, "Uppföljning")), .paragraph(Paragraph(prose + prose)),
             .paragraph(Paragraph(prose + prose + String(repeating: "Verksamheten följs upp. ", count: tail)))]
        }
        func linesPerPage(_ document: LaidOutDocument) -> [Int] {
            document.pages.map { page in
                page.items.filter { if case .text(let run) = $0.content { return run.origin.y < page.textArea.maxY } else { return false } }.count
            }
        }
        let capacity = try linesPerPage(layout([.paragraph(Paragraph(String(repeating: prose, count: 12)))], hyphenate: false))[0]
        let candidates = try (0...12).map { try layout(blocks(tail: $0), hyphenate: false) }
        let document = try XCTUnwrap(candidates.first { linesPerPage($0).reduce(0, +) == capacity + 1 }, "no tail gives one line too many")
        XCTAssertEqual(linesPerPage(document), [capacity - 1, 2])
        try assertReferences(document, name: "layout-widow")
    }

    func testContentsThatGrowToTwoPagesShiftEveryNumber() throws {
        var blocks: [Block] = [.tableOfContents(TableOfContents())]
        for section in 1...14 {
            blocks.append(.heading(Heading(level: 1, "Avsnitt \(section)")))
            blocks.append(.paragraph(Paragraph("Text i avsnitt \(section) om förbundets verksamhet och ekonomi.")))
            blocks.append(.pageBreak)
        }
        let document = try layout(blocks)
        try assertReferences(Array(document.pages.prefix(3)), name: "layout-contents-two-pages")
    }

    private func assertReferences(_ document: LaidOutDocument, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        try assertReferences(document.pages, name: name, file: file, line: line)
    }

    private func assertReferences(_ pages: [Page], name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let painter = CairoPainter(fonts: fonts)
        var check = ReferenceImageCheck(failuresDirectory: Self.root.appendingPathComponent("output/test-failures").path)
        check.channelTolerance = 24
        check.allowedShare = 0.005
        for (index, page) in pages.enumerated() {
            let reference = Self.root.appendingPathComponent("Tests/CairoPDFTests/References/\(name)-\(index + 1).png").path
            if let failure = try check.compare(page, painter: painter, reference: reference) {
                XCTFail(failure, file: file, line: line)
            }
        }
    }
}
