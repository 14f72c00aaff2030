import Foundation

/// A paragraph turned into Knuth–Plass items: words (split into syllables where
/// hyphenation allows), interword glue, hyphen penalties and the final fill.
struct ParagraphItems {
    var items: [BreakItem] = []
    var pieces: [Piece] = []

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
            if result.pieces.last?.text.last?.isNumber == true, Self.bindsToFigure(word) {
                result.items.append(.penalty(0, BreakItem.infinity))
            }
            result.items.append(justified ? .glue(space, stretch: space * 0.6, shrink: space * 0.3) : .glue(space, stretch: 0, shrink: 0))
        }
        pendingSpace = nil
        appendWord(String(word), font: font, words: words, link: link, into: &result)
    }

    /// Units that stay on the line of the figure before them.
    private static let units: Set<Substring> = ["kr", "tkr", "mkr", "mnkr", "öre", "%", "procent"]

    static func bindsToFigure(_ word: Substring) -> Bool {
        word.utf8.count <= 8 && units.contains(word.prefix { $0 != "," && $0 != "." && $0 != ";" && $0 != ":" && $0 != ")" })
    }

    /// A word as syllable boxes with hyphen penalties between; widths come from prefixes
    /// of the whole word so that an unbroken word measures exactly as shaped.
    private func appendWord(_ word: String, font: FontSpec, words: WordShapes.Table, link: LinkTarget?, into result: inout ParagraphItems) {
        let shape = words.shape(word) { syllables(of: word, font: font) }
        let last = shape.syllables.count - 1
        for (index, syllable) in shape.syllables.enumerated() {
            result.pieces.append(Piece(text: syllable.text, font: font, color: style.color, link: link))
            result.items.append(.box(syllable.width, piece: result.pieces.count - 1))
            if index < last {
                let explicit = shape.explicitHyphens[index]
                result.items.append(.penalty(explicit ? 0 : shape.hyphenWidth, explicit ? 50 : 100, flagged: true))
            }
        }
    }

    private func syllables(of word: String, font: FontSpec) -> WordShape {
        let cuts = breakPoints(in: word)
        guard !cuts.isEmpty else { return WordShape(syllables: [(word, cache.width(word, font).value)], hyphenWidth: 0, explicitHyphens: [false]) }
        let characters = Array(word)
        var syllables: [(text: String, width: Double)] = []
        var previousWidth = 0.0
        var start = 0
        for cut in cuts + [characters.count] {
            let prefixWidth = cut == characters.count ? cache.width(word, font).value : cache.width(String(characters[0..<cut]), font).value
            syllables.append((String(characters[start..<cut]), prefixWidth - previousWidth))
            previousWidth = prefixWidth
            start = cut
        }
        let address = Self.isAddress(word)
        return WordShape(syllables: syllables, hyphenWidth: cache.width("-", font).value,
                         explicitHyphens: syllables.map { address || $0.text.hasSuffix("-") })
    }

    /// Where a word may break: after an explicit hyphen between letters, and at the
    /// hyphenation points of its letter-only parts. Never inside a number or at a no-break space.
    private func breakPoints(in word: String) -> [Int] {
        let characters = Array(word)
        if Self.isAddress(word) { return Self.addressBreakPoints(characters) }
        var points: [Int] = []
        var partStart = 0
        for index in 0...characters.count {
            let isEnd = index == characters.count
            if !isEnd, characters[index] != "-" { continue }
            points += partPoints(characters, from: partStart, to: index)
            if !isEnd, index > 0, index + 1 < characters.count, characters[index - 1].isLetter, characters[index + 1].isLetter {
                points.append(index + 1)
            }
            partStart = index + 1
        }
        return points.sorted()
    }

    /// A web address, which is never hyphenated (a hyphen would become part of it).
    static func isAddress(_ word: String) -> Bool {
        word.contains("://") || word.hasPrefix("www.")
    }

    /// A long address breaks inside the column, without a hyphen: after each "/" (not in
    /// "//"), and before ".", "?", "&", "=", "#", "-" and "_" of the path.
    private static func addressBreakPoints(_ characters: [Character]) -> [Int] {
        var points: [Int] = []
        for index in 1..<max(characters.count - 1, 1) {
            let previous = characters[index - 1], current = characters[index]
            if previous == "/", current != "/" { points.append(index) }
            if ".?&=#-_".contains(current), previous != "/", index > 1 { points.append(index) }
        }
        return points
    }

    private func partPoints(_ characters: [Character], from start: Int, to end: Int) -> [Int] {
        guard hyphenate, let hyphenator, end - start >= 1 else { return [] }
        var lower = start
        var upper = end
        while lower < upper, !characters[lower].isLetter { lower += 1 }
        while upper > lower, !characters[upper - 1].isLetter { upper -= 1 }
        let core = characters[lower..<upper]
        guard core.count >= minWordLength, core.allSatisfy({ $0.isLetter }) else { return [] }
        return hyphenator.hyphenationPoints(String(core)).map { $0 + lower }
    }
}

/// A word cut into syllables with their widths, and the width of a hyphen in its font.
struct WordShape {
    var syllables: [(text: String, width: Double)]
    var hyphenWidth: Double
    /// Per syllable: it ends in the word's own hyphen (a cheaper break than a syllable's).
    var explicitHyphens: [Bool]
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
        private var shapes: [String: WordShape] = [:]

        func shape(_ word: String, make: () -> WordShape) -> WordShape {
            if let shape = shapes[word] { return shape }
            let shape = make()
            shapes[word] = shape
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
