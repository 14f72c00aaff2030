import CPango
import ReportLayout

/// Every distinct (font, text) of a document shaped once, for measuring and painting alike.
/// HarfBuzz shapes directly on the face Pango chose for the font; text it cannot take
/// exactly as Pango would (other scripts, control characters, a glyph missing from the
/// face) goes through a Pango layout, which is kept when Pango must paint it itself.
public final class TextShaper {
    private unowned let fonts: FontSystem
    private var faces: [FontSpec: HarfBuzzShaper.Face] = [:]
    private let shaped = FontKeyedTexts<ShapedText>()
    private var fallbackLayouts: [FontSpec: [String: OpaquePointer]] = [:]
    private let harfBuzz = HarfBuzzShaper()

    init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for text in shaped.allValues { text.release() }
        for byText in fallbackLayouts.values {
            for layout in byText.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        }
        for face in faces.values { face.release() }
    }

    public func shape(_ text: String, font: FontSpec) -> ShapedText {
        shaped.value(text, font: font) { harfBuzz.shape(text, face: face(for: font)) ?? shapeWithPango(text, font: font) }
    }

    /// The advance widths of `text`'s prefixes of `utf8Counts` bytes, each exactly what
    /// shaping that prefix alone gives: read off the one shaping of the whole text where
    /// HarfBuzz says a cut there changes nothing and the prefix is in the text's script,
    /// shaped on its own where not (hyphenation asks for a word's prefix at every break).
    public func prefixWidths(_ text: String, font: FontSpec, utf8Counts: [Int]) -> [Int32] {
        let whole = shape(text, font: font)
        let script = whole.clusterPens.isEmpty ? nil : HarfBuzzShaper.singleScript(of: text)
        return utf8Counts.map { count in
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: count)
            if script != nil, let width = whole.prefixWidth(utf8Count: count), HarfBuzzShaper.singleScript(of: text[..<end]) == script {
                return width
            }
            return shape(String(text[..<end]), font: font).width
        }
    }

    /// The Pango line of a text that must be painted by Pango (see `ShapedText`).
    public func fallbackLine(for text: String, font: FontSpec) -> UnsafeMutablePointer<PangoLayoutLine>? {
        _ = shape(text, font: font)
        return fallbackLayouts[font]?[text].flatMap { pango_layout_get_line_readonly($0, 0) }
    }

    private func shapeWithPango(_ text: String, font: FontSpec) -> ShapedText {
        let layout = fonts.makeLayout(text: text, font: font)
        let result = ShapedText(layout: layout)
        if result.scaledFont == nil {
            fallbackLayouts[font, default: [:]][text] = layout
        } else {
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        return result
    }

    private func face(for font: FontSpec) -> HarfBuzzShaper.Face {
        if let face = faces[font] { return face }
        let face = HarfBuzzShaper.Face(font: fonts.loadFont(font))
        faces[font] = face
        return face
    }
}
