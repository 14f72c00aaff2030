import ReportLayout
import XCTest
@testable import ReportApp

/// The duplex print file's page order, on laid-out pages made here: a one-page covering
/// letter gets its blank page after it, so the enclosed report starts on a new sheet.
final class LetterPagesTests: XCTestCase {
    private func page(_ marker: String) -> Page {
        let area = Rect(x: .zero, y: .zero, width: .mm(160), height: .mm(250))
        return Page(size: Size(width: .mm(210), height: .mm(297)), textArea: area, items: [PageItem(.anchor(name: marker, at: Point(x: .zero, y: .zero)))])
    }

    private func markers(_ document: LaidOutDocument) -> [String] {
        document.pages.map { page in
            page.items.compactMap { if case let .anchor(name, _) = $0.content { return name } else { return nil } }.first ?? "blank"
        }
    }

    func testBlankPageFollowsAnOddCoveringLetterAndAnOddReport() {
        let first = LaidOutDocument(metadata: DocumentMetadata(title: "a"), pages: [page("c1"), page("r1"), page("r2"), page("r3")],
                                    outline: [OutlineEntry(title: "Rapport", level: 1, pageIndex: 1, y: .zero)])
        let second = LaidOutDocument(metadata: DocumentMetadata(title: "b"), pages: [page("c1"), page("c2"), page("r1"), page("r2"), page("r3")])
        let combined = LetterPages.combined([("A", first, 1), ("B", second, 2)], metadata: DocumentMetadata(title: "alla"))
        XCTAssertEqual(markers(combined), ["m1-c1", "blank", "m1-r1", "m1-r2", "m1-r3", "blank",
                                           "m2-c1", "m2-c2", "m2-r1", "m2-r2", "m2-r3", "blank"])
        // The outline follows the pages: A's report entry moved past the blank page.
        XCTAssertEqual(combined.outline.map(\.pageIndex), [0, 2, 6])
    }
}
