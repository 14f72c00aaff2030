import XCTest
import PangoText
import ReportLayout

/// Line heights come from each font's ascent and descent. They are read off HarfBuzz's
/// extents of the face, and must be exactly Pango's context metrics, which also look at
/// every face the language's sample sentence falls back to.
final class FontMetricsTests: XCTestCase {
    func testAscentAndDescentAreThoseOfPangosContextMetricsForEveryBundledFont() throws {
        let fonts = try FontSystem()
        let measurer = PangoMeasurer(fonts: fonts)
        let families = fonts.familyNames()
        XCTAssertFalse(families.isEmpty)
        var compared = 0
        for family in families {
            for weight in [FontSpec.Weight.regular, .bold] {
                for italic in [false, true] {
                    for size in [6.5, 8, 9, 9.5, 10.75, 12, 16, 24.25] {
                        let font = FontSpec(family: family, size: Points(size), weight: weight, italic: italic)
                        let ours = measurer.metrics(of: font), pango = fonts.pangoContextMetrics(of: font)
                        XCTAssertEqual(ours, pango, "\(font)")
                        XCTAssertGreaterThan(ours.ascent.value, 0)
                        XCTAssertGreaterThan(ours.descent.value, 0)
                        compared += 1
                    }
                }
            }
        }
        XCTAssertEqual(compared, families.count * 32)
    }
}
