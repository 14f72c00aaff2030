import XCTest
import Foundation
@testable import CairoPDF
import PangoText
import ReportLayout

/// The PDF carries a structure tree (tagged PDF): a Document root that every page's
/// content belongs to. Cairo 1.16 also needs it for link annotations to be valid.
final class TaggedPDFTests: XCTestCase {
    func testTheStructureTreeIsWrittenAndLinksAreValid() throws {
        let fonts = PainterTests.fonts
        let font = FontSpec(family: "Lato", size: Points(11))
        let run = TextRun(origin: Point(x: Points(72), y: Points(100)), font: font,
                          segments: [TextSegment(text: "Innehåll", x: .zero, width: Points(40))])
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: [
            PageItem(.anchor(name: "not-1", at: Point(x: Points(72), y: Points(90)))),
            PageItem(.text(run), structure: StructureRef(role: .heading(level: 1), element: 0)),
            PageItem(.link(Rect(x: Points(72), y: Points(90), width: Points(40), height: Points(12)), .anchor("not-1"))),
        ])
        let document = LaidOutDocument(metadata: DocumentMetadata(title: "Test"), pages: [page, page],
                                       outline: [OutlineEntry(title: "Innehåll", level: 1, pageIndex: 0, y: Points(90))])
        let path = NSTemporaryDirectory() + "tagged-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: fonts).writePDF(document, to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertNotNil(bytes.range(of: Data("/StructTreeRoot".utf8)), "no structure tree")
        let check = try TestTools.run("qpdf", ["--check", path])
        XCTAssertTrue(check.contains("No syntax or stream encoding errors"), check)
    }
}
