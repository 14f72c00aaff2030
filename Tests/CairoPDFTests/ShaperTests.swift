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

    /// Hyphenation's prefix widths are read off one shaping of the word; each must be what a
    /// Pango layout of that prefix alone measures, also where a kerning pair ("AV", "Ty") or
    /// a ligature ("ffi") spans the cut and the prefix has to be shaped on its own.
    func testPrefixWidthsAreThoseOfEachPrefixAlone() {
        let words = ["AVTALET", "Tydligt", "officiella", "effektiviseringen", "Årsredovisningen", "kompetensutveckling",
                     "2024-talet", "Försäkringskassan", "VÄXJÖ"]
        for spec in [FontSpec(family: "Lato", size: Points(10.75)), FontSpec(family: "Lato", size: Points(13), weight: .bold),
                     FontSpec(family: "Lato", size: Points(9), italic: true)] {
            for word in words {
                let counts = word.indices.dropFirst().map { word.utf8.distance(from: word.startIndex, to: $0) }
                let widths = fonts.shaper.prefixWidths(word, font: spec, utf8Counts: counts)
                for (count, width) in zip(counts, widths) {
                    let prefix = String(decoding: word.utf8.prefix(count), as: UTF8.self)
                    let layout = fonts.makeLayout(text: prefix, font: spec)
                    defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
                    var logical = PangoRectangle()
                    pango_layout_get_extents(layout, nil, &logical)
                    XCTAssertEqual(width, logical.width, "\(prefix) of \(word) in \(spec)")
                }
            }
        }
    }

    /// The one shaping gives a prefix's width where the cut is safe, and declines a cut inside
    /// a kerning pair or a ligature, which is then shaped on its own.
    func testPrefixWidthIsReadOffTheShapingOnlyWhereTheCutIsSafe() {
        let font = FontSpec(family: "Lato", size: Points(10.75))
        XCTAssertNotNil(fonts.shaper.shape("kompetens", font: font).prefixWidth(utf8Count: 3))
        XCTAssertNil(fonts.shaper.shape("AVTAL", font: font).prefixWidth(utf8Count: 1), "A|V is a kerning pair")
        XCTAssertNil(fonts.shaper.shape("finans", font: font).prefixWidth(utf8Count: 1), "f|i: fi is one ligature")
    }

    /// A decomposed "é" is other bytes than a composed one: it keeps its own glyphs and text
    /// (with a String key it was given the composed one's, whose text map is other bytes).
    func testCanonicallyEquivalentTextsAreShapedEachInItsOwnBytes() {
        let font = FontSpec(family: "Lato", size: Points(10))
        let composed = fonts.shaper.shape("idé", font: font), decomposed = fonts.shaper.shape("ide\u{301}", font: font)
        XCTAssertEqual(composed.utf8, Array("idé".utf8))
        XCTAssertEqual(decomposed.utf8, Array("ide\u{301}".utf8))
        XCTAssertEqual(decomposed.clusters.reduce(0) { $0 + Int($1.num_bytes) }, 5)
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
