import Foundation

/// Fonts against their programs (ISO 19005-2 6.2.11.5, 6.2.11.8; ISO 14289-1 7.21.5,
/// 7.21.8): every glyph that text shows has the width in the font dictionary that the
/// embedded TrueType program gives it, within one thousandth of an em as veraPDF allows,
/// and no text shows the .notdef glyph (glyph 0).
enum FontProgramRules {
    struct ShownGlyph {
        var font: String
        var code: Int
        var glyph: Int?
        var dictionaryWidth: Double?
        var programWidth: Double?
    }

    /// Every code each font shows, with its glyph and both widths where the font says them.
    static func shownGlyphs(_ input: VerificationInput) -> [ShownGlyph] {
        input.content.usedCodes.sorted { $0.key < $1.key }.flatMap { number, codes -> [ShownGlyph] in
            guard let font = input.file.object(number) else { return [] }
            let name = font["/BaseFont"]?.name ?? "objekt \(number)"
            let glyphs = FontGlyphs(font)
            return codes.sorted().map { code in
                let glyph = glyphs?.glyph(code)
                return ShownGlyph(font: name, code: code, glyph: glyph, dictionaryWidth: glyphs?.dictionaryWidth(code),
                                  programWidth: glyph.flatMap { glyphs?.program.width(glyph: $0) })
            }
        }
    }

    static func widths(_ glyphs: [ShownGlyph]) -> VerificationReport.Rule {
        let findings = glyphs.compactMap { shown -> String? in
            guard let inDictionary = shown.dictionaryWidth, let inProgram = shown.programWidth, abs(inDictionary - inProgram) > 1 else { return nil }
            return "\(shown.font.dropFirst()) tecken \(shown.code): bredden \(format(inDictionary)) i typsnittsordlistan men \(format(inProgram)) i typsnittsprogrammet"
        }
        return rule("A-14", "ISO 19005-2 6.2.11.5, ISO 14289-1 7.21.5", "Teckenbredderna i typsnittsordlistan stämmer med det inbäddade typsnittet",
                    findings: findings)
    }

    static func notdef(_ glyphs: [ShownGlyph]) -> VerificationReport.Rule {
        let findings = glyphs.filter { $0.glyph == 0 }.map { "\($0.font.dropFirst()) tecken \($0.code) visar .notdef" }
        return rule("A-15", "ISO 19005-2 6.2.11.8, ISO 14289-1 7.21.8, Matterhorn 31-030", "Ingen text visar .notdef-glyfen", findings: findings)
    }

    private static func format(_ width: Double) -> String {
        width == width.rounded() ? String(Int(width)) : String(format: "%.1f", width)
    }
}

/// How a font's codes select glyphs of its embedded TrueType program and what widths its
/// dictionary gives them: a Type0 font with an Identity encoding over a CIDFontType2 (CID
/// to glyph through /CIDToGIDMap; widths from /W and /DW), or a simple TrueType font
/// (widths from /FirstChar and /Widths; glyphs through the program's cmap: a symbolic
/// font's code directly, a WinAnsi font's code as its Unicode character).
struct FontGlyphs {
    let program: TrueTypeMetrics
    private let composite: Bool
    private var widths: [Int: Double] = [:]
    private var defaultWidth: Double?
    private var cidToGlyph: [UInt8]?
    /// A non-symbolic simple font with WinAnsiEncoding: codes are Windows-1252 characters.
    private var winAnsi = false

    init?(_ font: PDFValue) {
        composite = font["/Subtype"]?.name == "/Type0"
        let described = composite ? font["/DescendantFonts"]?.asArray.first : font
        guard let described, let file = described["/FontDescriptor"]?["/FontFile2"],
              let bytes = try? file.streamData(), let program = TrueTypeMetrics(bytes) else { return nil }
        self.program = program
        if composite {
            guard ["/Identity-H", "/Identity-V"].contains(font["/Encoding"]?.name ?? "") else { return nil }
            defaultWidth = described["/DW"]?.number ?? 1000
            readCompositeWidths(described["/W"]?.array ?? [])
            if let map = described["/CIDToGIDMap"], map.isStream { cidToGlyph = (try? map.streamData()) ?? [] }
        } else if described["/Subtype"]?.name == "/TrueType" {
            let first = described["/FirstChar"]?.integer ?? 0
            for (offset, width) in (described["/Widths"]?.array ?? []).enumerated() { widths[first + offset] = width.number }
            defaultWidth = described["/FontDescriptor"]?["/MissingWidth"]?.number ?? 0
            let symbolic = (described["/FontDescriptor"]?["/Flags"]?.integer ?? 0) & 4 != 0
            winAnsi = !symbolic && described["/Encoding"]?.name == "/WinAnsiEncoding"
        } else {
            return nil
        }
    }

    /// `/W`: `c [w1 w2 …]` gives consecutive CIDs from c, `c1 c2 w` one width for a range.
    private mutating func readCompositeWidths(_ items: [PDFValue]) {
        var index = 0
        while index + 1 < items.count {
            guard let first = items[index].integer else { return }
            if items[index + 1].isArray {
                for (offset, width) in items[index + 1].array.enumerated() { widths[first + offset] = width.number }
                index += 2
            } else {
                guard index + 2 < items.count, let last = items[index + 1].integer, let width = items[index + 2].number, last >= first else { return }
                for cid in first...min(last, first + 65_535) { widths[cid] = width }
                index += 3
            }
        }
    }

    func glyph(_ code: Int) -> Int? {
        if winAnsi {
            guard code < 256, let character = String(bytes: [UInt8(code)], encoding: .windowsCP1252)?.unicodeScalars.first else { return nil }
            return program.glyph(unicode: Int(character.value)) ?? program.glyph(code: code)
        }
        guard composite else { return program.glyph(code: code) }
        guard let map = cidToGlyph else { return code }
        guard 2 * code + 1 < map.count else { return 0 }
        return Int(map[2 * code]) << 8 | Int(map[2 * code + 1])
    }

    func dictionaryWidth(_ code: Int) -> Double? { widths[code] ?? defaultWidth }
}
