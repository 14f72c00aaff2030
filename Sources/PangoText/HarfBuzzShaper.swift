import CCairo
import CPango

/// Shapes text with HarfBuzz on Pango's own `hb_font`, set up exactly as Pango sets up a
/// single item (left to right, the item's script, Swedish, monotone character clusters,
/// beginning and end of text, Pango's empty glyph for invisible characters), so that the
/// glyphs and advances are Pango's to the unit: line breaks and PDF bytes do not move. It
/// declines text whose itemisation could differ from one item in one face.
final class HarfBuzzShaper {
    /// A Pango font with its HarfBuzz font and Cairo face, referenced for the shaper's life.
    struct Face {
        let font: OpaquePointer
        let hbFont: OpaquePointer
        let scaledFont: OpaquePointer

        init(font: UnsafeMutablePointer<PangoFont>) {
            self.font = OpaquePointer(font)
            hbFont = pango_font_get_hb_font(font)
            scaledFont = pango_cairo_font_get_scaled_font(OpaquePointer(font))
        }

        func release() { g_object_unref(UnsafeMutableRawPointer(font)) }
    }

    private let buffer = hb_buffer_create()
    private let language = hb_language_from_string("sv-se", -1)

    deinit { hb_buffer_destroy(buffer) }

    /// The shaped text, or nil when Pango must shape it.
    /// `script` sets a piece of a longer text in that text's script (a space or a figure
    /// inside Latin words), as it is set there; nil resolves the text's own.
    func shape(_ text: String, face: Face, script forcedScript: hb_script_t? = nil) -> ShapedText? {
        guard let ownScript = Self.singleScript(of: text) else { return nil }
        let script = forcedScript ?? ownScript
        var utf8 = Array(text.utf8)
        hb_buffer_clear_contents(buffer)
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, script)
        hb_buffer_set_language(buffer, language)
        hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS)
        hb_buffer_set_flags(buffer, hb_buffer_flags_t(rawValue: HB_BUFFER_FLAG_BOT.rawValue | HB_BUFFER_FLAG_EOT.rawValue))
        hb_buffer_set_invisible_glyph(buffer, ShapedText.emptyGlyph)
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { hb_buffer_add_utf8(buffer, $0.baseAddress, Int32($0.count), 0, Int32($0.count)) }
        }
        hb_shape(face.hbFont, buffer, nil, 0)
        return read(utf8: &utf8, face: face)
    }

    /// Glyphs, positions and clusters out of the shaped buffer; nil on a missing glyph.
    private func read(utf8: inout [UInt8], face: Face) -> ShapedText? {
        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count), let positions = hb_buffer_get_glyph_positions(buffer, &count) else {
            return count == 0 ? ShapedText(scaledFont: face.scaledFont, width: 0, glyphIndices: [], glyphX: [], glyphY: [], utf8: utf8, clusters: [],
                                           clusterPens: []) : nil
        }
        var indices: [UInt] = [], xs: [Double] = [], ys: [Double] = []
        var clusters: [cairo_text_cluster_t] = [], pens: [Int32] = []
        indices.reserveCapacity(Int(count)); xs.reserveCapacity(Int(count)); ys.reserveCapacity(Int(count))
        var pen: Int32 = 0
        var glyph = 0
        while glyph < Int(count) {
            let cluster = infos[glyph].cluster
            var drawn: Int32 = 0
            var unsafeToBreak = false
            pens.append(pen)
            while glyph < Int(count) && infos[glyph].cluster == cluster {
                let info = infos[glyph], position = positions[glyph]
                if info.codepoint == 0 { return nil }
                if info.mask & HB_GLYPH_FLAG_UNSAFE_TO_BREAK.rawValue != 0 { unsafeToBreak = true }
                if info.codepoint != ShapedText.emptyGlyph {
                    indices.append(UInt(info.codepoint))
                    xs.append(Double(pen + position.x_offset) / Double(PANGO_SCALE))
                    ys.append(Double(-position.y_offset) / Double(PANGO_SCALE))
                    drawn += 1
                }
                pen += position.x_advance
                glyph += 1
            }
            if unsafeToBreak { pens[pens.count - 1] = ShapedText.unsafeToBreak }
            let end = glyph < Int(count) ? infos[glyph].cluster : UInt32(utf8.count)
            clusters.append(cairo_text_cluster_t(num_bytes: Int32(end - cluster), num_glyphs: drawn))
        }
        cairo_scaled_font_reference(face.scaledFont)
        return ShapedText(scaledFont: face.scaledFont, width: pen, glyphIndices: indices, glyphX: xs, glyphY: ys, utf8: utf8, clusters: clusters,
                          clusterPens: pens)
    }

    /// Latin when the text has Latin letters, Common when it has none (figures,
    /// punctuation), as Pango's script iterator resolves them; nil for anything else
    /// (another script, a control or invisible formatting character), left to Pango.
    static func singleScript(of text: some StringProtocol) -> hb_script_t? {
        var latin = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value < 0x20 || value == 0x7F { return nil }
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A { latin = true }
                continue
            }
            if value <= 0x9F || value == 0xAD || (0x2000...0x206F).contains(value) && !Self.allowedGeneralPunctuation.contains(value)
                || (0xFE00...0xFE0F).contains(value) || value == 0xFEFF || value >= 0x1_0000 {
                return nil
            }
            switch hb_unicode_script(Self.unicodeFunctions, value) {
            case HB_SCRIPT_LATIN: latin = true
            case HB_SCRIPT_COMMON: break
            default: return nil
            }
        }
        return latin ? HB_SCRIPT_LATIN : HB_SCRIPT_COMMON
    }

    // A C pointer is not Sendable, but HarfBuzz's default Unicode functions are made immutable
    // before they are returned and live as long as the process, so every thread may read them.
    nonisolated(unsafe) private static let unicodeFunctions = hb_unicode_funcs_get_default()

    /// Spaces, dashes, quotes and the like of the General Punctuation block that shape as
    /// plain glyphs (not the zero-width and direction controls around them).

    private static let allowedGeneralPunctuation: Set<UInt32> = Set(Array(0x2000...0x200A) + Array(0x2010...0x2027) + Array(0x202F...0x205F))
}
