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
    /// Pieces of Latin text that are not Latin themselves (the space between words, a
    /// figure), shaped in Latin as they are inside that text; only for joining.
    private let inLatin = FontKeyedTexts<ShapedText?>()
    /// What `shapeForPainting` spliced, or nil where it shaped the whole text (the joined
    /// shapes hold no reference to their face: the parts do).
    private let joinedShapes = FontKeyedTexts<ShapedText?>()
    /// Per font, whether a cut between two characters is independent (`jointIsIndependent`).
    private let joints = FontKeyedTexts<Bool>()
    private var fallbackLayouts: [FontSpec: [String: OpaquePointer]] = [:]
    private let harfBuzz = HarfBuzzShaper()

    init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for text in shaped.allValues { text.release() }
        for text in inLatin.allValues { text?.release() }
        for byText in fallbackLayouts.values {
            for layout in byText.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        }
        for face in faces.values { face.release() }
    }

    public func shape(_ text: String, font: FontSpec) -> ShapedText {
        shaped.value(text, font: font) { harfBuzz.shape(text, face: face(for: font)) ?? shapeWithPango(text, font: font) }
    }

    /// The glyphs to draw `text` with: words joined by single spaces (a ragged line, a
    /// heading, a table cell) or a run of one character (a contents leader) are spliced from
    /// the shapings of their words where HarfBuzz says that is exactly the shaping of the
    /// whole; the rest is shaped whole, once.
    public func shapeForPainting(_ text: String, font: FontSpec) -> ShapedText {
        if let whole = shaped.table(for: font)[text] { return whole }
        return joinedShapes.value(text, font: font) { joinedShape(text, font: font) } ?? shape(text, font: font)
    }

    /// `text` spliced from its words and spaces (or its repeated character), or nil when it
    /// is one word or a joint is not independent.
    public func joinedShape(_ text: String, font: FontSpec) -> ShapedText? {
        let utf8 = text.utf8
        guard utf8.count > 1, let script = HarfBuzzShaper.singleScript(of: text) else { return nil }
        if let first = utf8.first, first < 0x80, utf8.allSatisfy({ $0 == first }) {
            return leaderShape(Character(Unicode.Scalar(first)), count: utf8.count, font: font, script: script)
        }
        guard utf8.contains(32) else { return nil }
        var pieces: [Substring] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if word.isEmpty { return nil }
            if index > 0 { pieces.append(" ") }
            pieces.append(word)
        }
        var parts: [ShapedText] = []
        parts.reserveCapacity(pieces.count)
        for (index, piece) in pieces.enumerated() {
            if index > 0, let left = pieces[index - 1].last, let right = piece.first,
               !jointIsIndependent(left, right, font: font, script: script) {
                return nil
            }
            guard let part = shape(piece, font: font, inScript: script) else { return nil }
            parts.append(part)
        }
        return ShapedText.joined(parts)
    }

    /// A leader of one ASCII character repeated: one joint, one shaping.
    private func leaderShape(_ character: Character, count: Int, font: FontSpec, script: hb_script_t) -> ShapedText? {
        guard jointIsIndependent(character, character, font: font, script: script),
              let part = shape(Substring(String(character)), font: font, inScript: script) else { return nil }
        return ShapedText.joined(Array(repeating: part, count: count))
    }

    /// Whether cutting between two characters changes neither side's shaping, in `script`:
    /// HarfBuzz flags a cut inside a kerning pair (" T" in Lato), a ligature or a contextual
    /// form as unsafe to break. Asked once per pair and font. Lookups across a joint reach
    /// its two neighbours in the Latin fonts this is for; `ShapeJoiningTests` compares every
    /// spliced text of the examples with its whole shaping.
    private func jointIsIndependent(_ left: Character, _ right: Character, font: FontSpec, script: hb_script_t) -> Bool {
        let pair = String(left) + String(right)
        // A pair is asked in its own script or, inside a Latin text, in Latin: keyed apart.
        let key = script == HB_SCRIPT_LATIN ? "L" + pair : "C" + pair
        let table = joints.table(for: font)
        if let known = table[key] { return known }
        let window = harfBuzz.shape(pair, face: face(for: font), script: script)
        let independent = window?.prefixWidth(utf8Count: left.utf8.count) != nil
        window?.release()
        table[key] = independent
        return independent
    }

    /// A piece as it is set inside a text of `script`: its own shaping when that is its
    /// script too, else a shaping in `script` kept apart from the measured ones.
    private func shape(_ piece: Substring, font: FontSpec, inScript script: hb_script_t) -> ShapedText? {
        let text = String(piece)
        guard let own = HarfBuzzShaper.singleScript(of: text) else { return nil }
        if own == script { return shape(text, font: font) }
        guard script == HB_SCRIPT_LATIN else { return nil }
        return inLatin.value(text, font: font) { harfBuzz.shape(text, face: face(for: font), script: script) }
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
