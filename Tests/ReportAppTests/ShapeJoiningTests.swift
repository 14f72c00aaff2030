import Foundation
import PangoText
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The painter draws a line's words joined by spaces (and a contents leader) spliced from
/// the words' own shapings where every joint is independent. That must be exactly HarfBuzz's
/// shaping of the whole text, glyph for glyph and position for position, or the PDF bytes
/// would move: checked for every such text of the three annual reports.
final class ShapeJoiningTests: XCTestCase {
    func testEverySplicedTextOfTheAnnualReportsIsItsWholeShaping() throws {
        var spliced = 0, declined = 0
        for folder in ["examples/sjuharad-2024", "examples/kvarnsjo-2023", "examples/nordvastra-2024"] {
            let inputs = try ReportFolder.load(path: folder)
            let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model, folder)
            let renderer = try DocumentRenderer()
            let laidOut = try renderer.layout(AnnualReportComposer.compose(model), layoutName: model.layout)
            let shaper = renderer.measurer.fonts.shaper
            for page in laidOut.pages {
                for item in page.items {
                    guard case let .text(run) = item.content else { continue }
                    for segment in run.segments {
                        guard let joined = shaper.joinedShape(segment.text, font: run.font) else {
                            if segment.text.contains(" ") { declined += 1 }
                            continue
                        }
                        let whole = shaper.shape(segment.text, font: run.font)
                        let name = "\(folder): \"\(segment.text)\""
                        XCTAssertEqual(joined.glyphIndices, whole.glyphIndices, name)
                        XCTAssertEqual(joined.glyphX, whole.glyphX, name)
                        XCTAssertEqual(joined.glyphY, whole.glyphY, name)
                        XCTAssertEqual(joined.width, whole.width, name)
                        XCTAssertEqual(joined.utf8, whole.utf8, name)
                        XCTAssertEqual(joined.clusters.map(\.num_bytes), whole.clusters.map(\.num_bytes), name)
                        XCTAssertEqual(joined.clusters.map(\.num_glyphs), whole.clusters.map(\.num_glyphs), name)
                        XCTAssertEqual(joined.scaledFont, whole.scaledFont, name)
                        spliced += 1
                    }
                }
            }
        }
        print("ShapeJoiningTests: \(spliced) texts spliced, \(declined) with a space shaped whole")
        // Both ways are taken: most texts splice, a kerning pair over a space (" T") declines.
        XCTAssertGreaterThan(spliced, 300)
        XCTAssertGreaterThan(declined, 10)
    }

    /// A kerning pair across the space ("80 TRANEMO": Lato kerns space and T) is not spliced;
    /// the same words before a letter that does not kern are.
    func testAKerningPairOverTheSpaceIsShapedWhole() throws {
        let fonts = try FontSystem()
        let font = FontSpec(family: "Lato", size: Points(10))
        XCTAssertNil(fonts.shaper.joinedShape("514 80 TRANEMO", font: font))
        let joined = try XCTUnwrap(fonts.shaper.joinedShape("514 80 Borås", font: font))
        XCTAssertEqual(joined.glyphX, fonts.shaper.shape("514 80 Borås", font: font).glyphX)
    }
}
