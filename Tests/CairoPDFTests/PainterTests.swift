import XCTest
import Foundation
@testable import CairoPDF
import PangoText
import ReportLayout

/// The painter on hand-built pages: what it writes must come back out of the PDF.
final class PainterTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()

    func testTextRoundTripsThroughPDF() throws {
        let measurer = PangoMeasurer(fonts: fonts)
        let font = FontSpec(family: "Lato", size: Points(11))
        let words = ["Förbundets", "åtgärder", "är", "\u{2212}22\u{202F}704\u{202F}789,01"]
        var x = Points(72)
        var segments: [TextSegment] = []
        for word in words {
            let width = measurer.width(of: word, font: font)
            segments.append(TextSegment(text: word, x: x - Points(72), width: width))
            x += width + measurer.width(of: " ", font: font)
        }
        let run = TextRun(origin: Point(x: Points(72), y: Points(100)), font: font, segments: segments)
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)),
                        items: [PageItem(.text(run), structure: StructureRef(role: .paragraph, element: 0))])
        let document = LaidOutDocument(metadata: DocumentMetadata(title: "Test"), pages: [page])
        let path = NSTemporaryDirectory() + "painter-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: fonts).writePDF(document, to: path)

        let text = try TestTools.run("pdftotext", ["-enc", "UTF-8", path, "-"])
        // pdftotext turns every Unicode space into U+0020.
        XCTAssertTrue(text.contains("Förbundets åtgärder är \u{2212}22 704 789,01"), text)
        let fonts = try TestTools.run("pdffonts", [path])
        XCTAssertTrue(fonts.contains("Lato-Regular"), fonts)
        XCTAssertFalse(fonts.contains(" no  "), "every font must be embedded:\n\(fonts)")
    }

    func testOnlyBundledFontsAreVisible() {
        // Pango adds its generic aliases; every real family must be a bundled one.
        let generic: Set = ["Monospace", "Serif", "Sans", "System-ui"]
        XCTAssertEqual(Set(fonts.familyNames()).subtracting(generic), ["Lato"])
    }

    func testMeasuredWidthIsAdditiveAndPositive() {
        let measurer = PangoMeasurer(fonts: fonts)
        let font = FontSpec(family: "Lato", size: Points(10))
        let digit = measurer.width(of: "0", font: font)
        XCTAssertGreaterThan(digit.value, 4)
        // Tabular figures: every digit has the same advance.
        for character in "123456789" {
            XCTAssertEqual(measurer.width(of: String(character), font: font).value, digit.value, accuracy: 0.001)
        }
        XCTAssertEqual(measurer.width(of: "2024", font: font).value, 4 * digit.value, accuracy: 0.01)
    }
}

/// Text is collected and drawn in few calls; a filled shape that comes later in painting
/// order must still cover text that came before it.
final class PaintingOrderTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
    private func page(textThenFill covering: Bool) -> Page {
        let font = FontSpec(family: "Lato", size: Points(20))
        let run = TextRun(origin: Point(x: Points(20), y: Points(40)), font: font,
                          segments: [TextSegment(text: "Täckt", x: .zero, width: Points(50))])
        let fillArea = covering ? Rect(x: Points(10), y: Points(15), width: Points(90), height: Points(35))
                                : Rect(x: Points(10), y: Points(60), width: Points(90), height: Points(20))
        return Page(size: Size(width: Points(120), height: Points(90)), textArea: Rect(x: .zero, y: .zero, width: Points(120), height: Points(90)),
                    items: [PageItem(.text(run), structure: StructureRef(role: .paragraph, element: 0)),
                            PageItem(.rect(fillArea, fill: .white, stroke: nil))])
    }

    private func darkPixels(_ page: Page) -> Int {
        CairoPainter(fonts: fonts).renderPixels(page).pixels.filter { ($0 & 0xFF) < 128 }.count
    }

    func testAFillLaterInOrderCoversEarlierText() {
        XCTAssertEqual(darkPixels(page(textThenFill: true)), 0, "the white box must hide the text under it")
    }

    func testAFillElsewhereLeavesTheTextVisible() {
        XCTAssertGreaterThan(darkPixels(page(textThenFill: false)), 50)
    }
}
