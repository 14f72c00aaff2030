import XCTest
import CPango
import PangoText
import ReportLayout

/// HarfBuzz shaping must give exactly what a Pango layout gives (widths to the Pango unit,
/// the same glyphs), or line breaks and PDF bytes would move.
final class ShaperTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()

    /// Text with kerning pairs (AV, To, Ty), ligatures (fi, ffl), Swedish letters, figures with
    /// U+202F and U+2212, an en dash, and figures alone (Common script).
    private let samples = ["AVTAL", "Torsdag", "Tydligt", "finansiering", "Officiellt", "fflöde", "Årsredovisningen",
                           "\u{2212}22\u{202F}704\u{202F}789,01", "2024–2025", "(1)", " ", "-", "Försäkringskassan,", "”Vilja”"]

    func testWidthsAndGlyphsAreTheSameAsAPangoLayouts() {
        for spec in [FontSpec(family: "Lato", size: Points(10.5)), FontSpec(family: "Lato", size: Points(16), weight: .bold),
                     FontSpec(family: "Lato", size: Points(9), italic: true)] {
            for text in samples {
                let layout = fonts.makeLayout(text: text, font: spec)
                defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
                var logical = PangoRectangle()
                pango_layout_get_extents(layout, nil, &logical)
                let shaped = fonts.shaper.shape(text, font: spec)
                XCTAssertEqual(shaped.width, logical.width, "\(text) in \(spec)")
                XCTAssertEqual(shaped.glyphIndices, Self.pangoGlyphs(layout), "\(text) in \(spec)")
                XCTAssertNotNil(shaped.scaledFont)
            }
        }
    }

    func testLigaturesAreKept() {
        let font = FontSpec(family: "Lato", size: Points(11))
        XCTAssertLessThan(fonts.shaper.shape("fi", font: font).glyphIndices.count, 2)
    }

    /// Text in another script goes through Pango and is measured as Pango measures it.
    func testOtherScriptsFallBackToPango() {
        let font = FontSpec(family: "Lato", size: Points(11))
        let text = "Ελλάδα"
        let layout = fonts.makeLayout(text: text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        XCTAssertEqual(fonts.shaper.shape(text, font: font).width, logical.width)
    }

    private static func pangoGlyphs(_ layout: OpaquePointer) -> [UInt] {
        var glyphs: [UInt] = []
        var runs = pango_layout_get_line_readonly(layout, 0)?.pointee.runs
        while let node = runs {
            let run = node.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self).pointee.glyphs.pointee
            for index in 0..<Int(run.num_glyphs) where run.glyphs[index].glyph != 0x0FFF_FFFF {
                glyphs.append(UInt(run.glyphs[index].glyph))
            }
            runs = node.pointee.next
        }
        return glyphs
    }
}
