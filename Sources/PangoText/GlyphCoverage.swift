import CPango
import ReportLayout

/// Which characters the bundled faces can draw. A character none of them holds would be
/// printed as a box with its hex code (Pango's missing-glyph box), so the product refuses
/// it instead: the shipped faces are the whole typography, and a fallback font would
/// put a foreign design into a signed report (and, for emoji, colour glyphs PDF/A cannot keep).
public final class GlyphCoverage {
    /// Kept alive: the faces belong to its font map.
    private let fonts: FontSystem
    private var faces: [UnsafeMutablePointer<PangoFont>] = []
    private var known: [UInt32: Bool] = [:]

    /// Every face of `family` (regular, bold, italic, bold italic) must hold a character.
    public init(fonts: FontSystem, family: String = "Lato") {
        self.fonts = fonts
        let regular = FontSpec(family: family, size: Points(10))
        for spec in [regular, regular.bold, regular.asItalic, regular.bold.asItalic] {
            faces.append(fonts.loadFont(spec))
        }
    }

    deinit {
        for face in faces { g_object_unref(UnsafeMutableRawPointer(face)) }
    }

    /// The characters of `text` some face lacks, each once, in order. Line ends, tabs and
    /// the line separator of a hard break are not drawn and never count.
    public func missing(in text: String) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where !isDrawable(scalar) && !result.contains(scalar) {
            result.append(scalar)
        }
        return result
    }

    public func isDrawable(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x2028 || value == 0x2029 { return true }
        if value < 0x7F { return true }
        if let cached = known[value] { return cached }
        let drawable = faces.allSatisfy { pango_font_has_char($0, value) != 0 }
        known[value] = drawable
        return drawable
    }
}
