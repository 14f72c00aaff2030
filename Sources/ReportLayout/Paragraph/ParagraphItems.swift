import Foundation

/// A paragraph turned into Knuth–Plass items: words (split into syllables where
/// hyphenation allows), interword glue, hyphen penalties and the final fill.
struct ParagraphItems {
    var items: [BreakItem] = []
    var pieces: [Piece] = []
    /// What these items were made from, when a `SetLineCache` keeps them (their lines are
    /// then kept under it too).
    var key: SetLineCache.ItemsKey?

    /// The width of the paragraph on one line.
    var naturalWidth: Double { items.reduce(0) { $0 + ($1.kind == .penalty ? 0 : $1.width) } }

    /// The widest piece that cannot break (a syllable with its hyphen, or a whole number).
    var minimumWidth: Double {
        var widest = 0.0
        var run = 0.0
        for (index, item) in items.enumerated() {
            switch item.kind {
            case .box: run += item.width
            case .glue: widest = max(widest, run); run = 0
            case .penalty:
                if item.penalty < BreakItem.infinity, index < items.count - 1 { widest = max(widest, run + item.width); run = 0 }
            }
        }
        return max(widest, run)
    }
}

/// Builds `ParagraphItems` from inline runs in a text style.
struct ItemBuilder {
    let cache: MeasureCache
    let shapes: WordShapes
    let hyphenator: Hyphenator?
    let minWordLength: Int
    let style: TextStyle
    let justified: Bool
    let hyphenate: Bool
    let penalties: BreakPenalties

    /// Splits each inline at spaces, tabs and newlines. The scan looks at UTF-8 bytes and
    /// confirms each candidate as a whole character, so a space that carries a combining mark
    /// (or the newline of a CR LF pair) stays inside its word, as with a character-by-character scan.
    func build(_ inlines: [Inline]) -> ParagraphItems {
        var result = ParagraphItems()
        var pendingSpace: FontSpec?
        var spaceWidths = SpaceWidths()
        for inline in inlines {
            let (text, font, link) = attributes(of: inline)
            let words = shapes.words(font: font, hyphenate: hyphenate)
            var wordStart = text.startIndex
            let utf8 = text.utf8
            var index = utf8.startIndex
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == 32 || byte == 10 || byte == 9, Self.isSpace(text[index]) {
                    append(text[wordStart..<index], font: font, words: words, link: link, pendingSpace: &pendingSpace, spaceWidths: &spaceWidths, into: &result)
                    pendingSpace = font
                    wordStart = utf8.index(after: index)
                }
                index = utf8.index(after: index)
            }
            append(text[wordStart..<text.endIndex], font: font, words: words, link: link, pendingSpace: &pendingSpace, spaceWidths: &spaceWidths, into: &result)
        }
        result.items.append(.penalty(0, BreakItem.infinity))
        result.items.append(.glue(0, stretch: 100_000, shrink: 0))
        result.items.append(.penalty(0, -BreakItem.infinity))
        return result
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\n" || character == "\t"
    }

    /// The width of a space in the last font asked for: a paragraph seldom changes font.
    private struct SpaceWidths {
        var font: FontSpec?
        var width = 0.0
    }

    private func attributes(of inline: Inline) -> (String, FontSpec, LinkTarget?) {
        let font = style.font
        switch inline {
        case let .text(text): return (text, font, nil)
        case let .bold(text): return (text, font.bold, nil)
        case let .italic(text): return (text, font.asItalic, nil)
        case let .boldItalic(text): return (text, font.bold.asItalic, nil)
        case let .link(text, uri): return (text, font, .uri(uri))
        case let .reference(text, anchor): return (text, font, .anchor(anchor))
        }
    }

    private func append(_ word: Substring, font: FontSpec, words: WordShapes.Table, link: LinkTarget?, pendingSpace: inout FontSpec?,
                        spaceWidths: inout SpaceWidths, into result: inout ParagraphItems) {
        guard !word.isEmpty else { return }
        if let spaceFont = pendingSpace, !result.items.isEmpty {
            if spaceWidths.font != spaceFont { spaceWidths = SpaceWidths(font: spaceFont, width: cache.width(" ", spaceFont).value) }
            let space = spaceWidths.width
            // Swedish typography binds a figure to its unit ("18 022 tkr", "28 %"): the
            // space between them is not a place to break, whoever typed it.
            // (The cheap test first: most words follow no figure.)
            if result.pieces.last?.text.last.map(LatinCharacterClass.isNumber) == true, Self.bindsToFigure(word) {
                result.items.append(.penalty(0, BreakItem.infinity))
            }
            result.items.append(justified ? .glue(space, stretch: space * penalties.spaceStretch, shrink: shrink(of: space, font: spaceFont)) : .glue(space, stretch: 0, shrink: 0))
        }
        pendingSpace = nil
        appendWord(String(word), font: font, words: words, link: link, into: &result)
    }

    /// How far a space may shrink: the layout's share, but never below its minimum width.
    private func shrink(of space: Double, font: FontSpec) -> Double {
        max(0, min(space * penalties.spaceShrink, space - penalties.minimumSpace * font.size.value))
    }

    /// Units that stay on the line of the figure before them.
    private static let units: Set<Substring> = ["kr", "tkr", "mkr", "mnkr", "öre", "%", "procent"]

    static func bindsToFigure(_ word: Substring) -> Bool {
        word.utf8.count <= 8 && units.contains(word.prefix { $0 != "," && $0 != "." && $0 != ";" && $0 != ":" && $0 != ")" })
    }

    /// A word as syllable boxes with hyphen penalties between; widths come from prefixes
    /// of the whole word so that an unbroken word measures exactly as shaped.
    private func appendWord(_ word: String, font: FontSpec, words: WordShapes.Table, link: LinkTarget?, into result: inout ParagraphItems) {
        // A capital opening a sentence may break ("Kompetens-utveckling" in a narrow cell); one
        // inside a sentence is a name and does not ("Försäkringskassan", "JobMatch").
        let opening = word.first.map(LatinCharacterClass.isUppercase) == true && Self.opensSentence(after: result.pieces.last?.text)
        let shape = words.shape(word, opensSentence: opening) { syllables(of: word, font: font, opensSentence: opening) }
        let last = shape.syllables.count - 1
        for (index, syllable) in shape.syllables.enumerated() {
            result.pieces.append(Piece(text: syllable.text, font: font, color: style.color, link: link))
            result.items.append(.box(syllable.width, piece: result.pieces.count - 1))
            if index < last {
                let explicit = shape.explicitHyphens[index]
                result.items.append(.penalty(explicit ? 0 : shape.hyphenWidth, shape.penalties[index], flagged: shape.flagged[index],
                                             lastResort: shape.lastResort[index]))
            }
        }
    }

    static func opensSentence(after previous: String?) -> Bool {
        guard let last = previous?.last else { return true }
        return last == "." || last == "!" || last == "?" || last == ":"
    }

    private func syllables(of word: String, font: FontSpec, opensSentence: Bool) -> WordShape {
        let cuts = WordBreaks(hyphenator: hyphenate ? hyphenator : nil, minWordLength: minWordLength, initialCapitalMayBreak: opensSentence).points(in: word)
        guard !cuts.isEmpty else {
            return WordShape(syllables: [(word, cache.width(word, font).value)], hyphenWidth: 0, explicitHyphens: [false], penalties: [],
                             lastResort: [], flagged: [])
        }
        let compound = cuts.contains { $0.kind == .joint }
        let characters = Array(word)
        let ends = cuts.map(\.offset) + [characters.count]
        let prefixWidths = cache.prefixWidths(word, font, characterCounts: Array(ends.dropLast())).map(\.value) + [cache.width(word, font).value]
        var syllables: [(text: String, width: Double)] = []
        var previousWidth = 0.0
        var start = 0
        for (cut, prefixWidth) in zip(ends, prefixWidths) {
            syllables.append((String(characters: characters[start..<cut]), prefixWidth - previousWidth))
            previousWidth = prefixWidth
            start = cut
        }
        // A break inside a web address adds no hyphen and shows none, so its line does not count
        // as hyphenated; one at any character of it is a last resort.
        let noHyphen = cuts.map { $0.kind == .explicit || $0.kind == .address || $0.kind == .anywhere }
        return WordShape(syllables: syllables, hyphenWidth: cache.width("-", font).value, explicitHyphens: noHyphen,
                         penalties: zip(cuts, noHyphen).map { !$1 && opensSentence ? penalties.capitalised : penalty(for: $0.kind, compound: compound) },
                         lastResort: zip(cuts, noHyphen).map { $0.kind == .anywhere || (!$1 && opensSentence) },
                         flagged: cuts.map { $0.kind != .address && $0.kind != .anywhere })
    }

    /// In a compound whose joints are known a syllable break splits one of its parts.
    private func penalty(for kind: WordBreaks.Kind, compound: Bool) -> Double {
        switch kind {
        case .explicit, .address: return penalties.explicit
        case .anywhere: return penalties.addressCharacter
        case .joint: return penalties.joint
        case .syllable: return compound ? max(penalties.compoundSyllable, penalties.syllable) : penalties.syllable
        }
    }
}

/// A word cut into syllables with their widths, and the width of a hyphen in its font.
struct WordShape {
    var syllables: [(text: String, width: Double)]
    var hyphenWidth: Double
    /// Per syllable: it ends in the word's own hyphen (no hyphen is added at a break there).
    var explicitHyphens: [Bool]
    /// Per break between syllables: what breaking there costs …
    var penalties: [Double]
    /// … whether it is only for when a tight setting fails …
    var lastResort: [Bool]
    /// … and whether its line counts as ending in a hyphen (not at a web address's breaks).
    var flagged: [Bool]
}

/// Words already cut and measured, per font and hyphenation setting: paragraphs repeat
/// their words, and cutting a word costs more than looking it up. A paragraph looks up its
/// font's table once per inline, then each word by its text alone.
final class WordShapes {
    private struct Key: Hashable {
        var font: FontSpec
        var hyphenate: Bool
    }

    final class Table {
        private var shapes: [TextKey: WordShape] = [:]
        /// Capitalised words that open a sentence, which may break where a name may not.
        private var sentenceOpeners: [TextKey: WordShape] = [:]

        func shape(_ word: String, opensSentence: Bool = false, make: () -> WordShape) -> WordShape {
            let key = TextKey(word)
            if let shape = opensSentence ? sentenceOpeners[key] : shapes[key] { return shape }
            let shape = make()
            if opensSentence { sentenceOpeners[key] = shape } else { shapes[key] = shape }
            return shape
        }
    }

    private var tables: [Key: Table] = [:]

    func words(font: FontSpec, hyphenate: Bool) -> Table {
        let key = Key(font: font, hyphenate: hyphenate)
        if let table = tables[key] { return table }
        let table = Table()
        tables[key] = table
        return table
    }
}
