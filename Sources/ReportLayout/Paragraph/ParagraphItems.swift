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
    let style: TextStyle
    let justified: Bool
    let hyphenate: Bool

    private static let spaces: Set<Character> = [" ", "\n", "\t"]

    func build(_ inlines: [Inline]) -> ParagraphItems {
        var result = ParagraphItems()
        var pendingSpace: FontSpec?
        for inline in inlines {
            let (text, font, link) = attributes(of: inline)
            var word = ""
            for character in text {
                if Self.spaces.contains(character) {
                    flush(&word, font: font, link: link, pendingSpace: &pendingSpace, into: &result)
                    pendingSpace = font
                } else {
                    word.append(character)
                }
            }
            flush(&word, font: font, link: link, pendingSpace: &pendingSpace, into: &result)
        }
        result.items.append(.penalty(0, BreakItem.infinity))
        result.items.append(.glue(0, stretch: 100_000, shrink: 0))
        result.items.append(.penalty(0, -BreakItem.infinity))
        return result
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

    private func flush(_ word: inout String, font: FontSpec, link: LinkTarget?, pendingSpace: inout FontSpec?, into result: inout ParagraphItems) {
        guard !word.isEmpty else { return }
        if let spaceFont = pendingSpace, !result.items.isEmpty {
            let space = cache.width(" ", spaceFont).value
            result.items.append(justified ? .glue(space, stretch: space * 0.6, shrink: space * 0.3) : .glue(space, stretch: 0, shrink: 0))
        }
        pendingSpace = nil
        appendWord(word, font: font, link: link, into: &result)
        word = ""
    }

    /// A word as syllable boxes with hyphen penalties between; widths come from prefixes
    /// of the whole word so that an unbroken word measures exactly as shaped.
    private func appendWord(_ word: String, font: FontSpec, link: LinkTarget?, into result: inout ParagraphItems) {
        let shape = shapes.shape(word, font: font, hyphenate: hyphenate) { syllables(of: word, font: font) }
        for (index, syllable) in shape.syllables.enumerated() {
            result.pieces.append(Piece(text: syllable.text, font: font, color: style.color, link: link))
            result.items.append(.box(syllable.width, piece: result.pieces.count - 1))
            if index < shape.syllables.count - 1 {
                let explicit = syllable.text.hasSuffix("-")
                result.items.append(.penalty(explicit ? 0 : shape.hyphenWidth, explicit ? 50 : 100, flagged: true))
            }
        }
    }

    private func syllables(of word: String, font: FontSpec) -> WordShape {
        let cuts = breakPoints(in: word)
        guard !cuts.isEmpty else { return WordShape(syllables: [(word, cache.width(word, font).value)], hyphenWidth: 0) }
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
        return WordShape(syllables: syllables, hyphenWidth: cache.width("-", font).value)
    }

    /// Where a word may break: after an explicit hyphen between letters, and at the
    /// hyphenation points of its letter-only parts. Never inside a number or at a no-break space.
    private func breakPoints(in word: String) -> [Int] {
        let characters = Array(word)
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

    private func partPoints(_ characters: [Character], from start: Int, to end: Int) -> [Int] {
        guard hyphenate, let hyphenator, end - start >= 1 else { return [] }
        var lower = start
        var upper = end
        while lower < upper, !characters[lower].isLetter { lower += 1 }
        while upper > lower, !characters[upper - 1].isLetter { upper -= 1 }
        let core = characters[lower..<upper]
        guard core.count >= 5, core.allSatisfy({ $0.isLetter }) else { return [] }
        return hyphenator.hyphenationPoints(String(core)).map { $0 + lower }
    }
}

/// A word cut into syllables with their widths, and the width of a hyphen in its font.
struct WordShape {
    var syllables: [(text: String, width: Double)]
    var hyphenWidth: Double
}

/// Words already cut and measured, per font and hyphenation setting: paragraphs repeat
/// their words, and cutting a word costs more than looking it up.
final class WordShapes {
    private struct Key: Hashable {
        var word: String
        var font: FontSpec
        var hyphenate: Bool
    }

    private var shapes: [Key: WordShape] = [:]

    func shape(_ word: String, font: FontSpec, hyphenate: Bool, make: () -> WordShape) -> WordShape {
        let key = Key(word: word, font: font, hyphenate: hyphenate)
        if let shape = shapes[key] { return shape }
        let shape = make()
        shapes[key] = shape
        return shape
    }
}
