/// Where one word (text between spaces) may break, and what kind of break each is. After
/// the word's own hyphen between letters; inside a letters-only part at the hyphenator's
/// points. Never inside a proper name or an acronym (a part with a capital: "Försäkrings-
/// kassan", "JobMatch", "SIE"), except a word that opens a sentence with one capital; nor
/// anywhere but the word's own hyphens in a word that holds a figure, an e-mail address or a
/// web address ("2024-års", "info@förbund.se").
struct WordBreaks {
    /// `address`: at a mark of a web address ("/", "?", "." …); `anywhere`: between two
    /// characters of a long run in one that has no mark to break at (a token of 100 letters
    /// and digits), only when nothing else fits. Neither shows a hyphen.
    enum Kind { case syllable, joint, explicit, address, anywhere }

    struct Point {
        var offset: Int
        var kind: Kind
    }

    let hyphenator: Hyphenator?
    let minWordLength: Int
    /// The word opens a sentence: a capital first letter alone does not make it a name.
    var initialCapitalMayBreak = false

    func points(in word: String) -> [Point] {
        let characters = Array(word)
        if Self.isAddress(word) { return Self.addressBreakPoints(characters) }
        let patternsApply = hyphenator != nil && !Self.isCodeLike(characters)
        var points: [Point] = []
        var partStart = 0
        for index in 0...characters.count {
            let isEnd = index == characters.count
            if !isEnd, !LatinCharacterClass.isASCII(characters[index], UInt8(ascii: "-")) { continue }
            if patternsApply { points += partPoints(characters, from: partStart, to: index) }
            if !isEnd, index > 0, index + 1 < characters.count, LatinCharacterClass.isLetter(characters[index - 1]),
               LatinCharacterClass.isLetter(characters[index + 1]) {
                points.append(Point(offset: index + 1, kind: .explicit))
            }
            partStart = index + 1
        }
        return points.sorted { $0.offset < $1.offset }
    }

    /// A web address, which is never hyphenated (a hyphen would become part of it).
    static func isAddress(_ word: String) -> Bool {
        // Foundation's search is slow; no text without the bytes of "://" can hold it (no other
        // characters are canonically equivalent to them), so only such a text is searched.
        (containsBytes(word, of: "://") && word.contains("://")) || word.hasPrefix("www.")
    }

    /// A plain byte search: the standard library's generic `contains(_:)` over the UTF-8
    /// view costs some 25 000 instructions a word here (66 M over a render).
    private static func containsBytes(_ text: String, of needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let bytes = text.utf8
        guard bytes.count >= pattern.count else { return false }
        var start = bytes.startIndex
        while let first = bytes[start...].firstIndex(of: pattern[0]) {
            if bytes[first...].starts(with: pattern) { return true }
            start = bytes.index(after: first)
        }
        return false
    }

    /// A long address breaks inside the column, without a hyphen: after each "/" (not in
    /// "//"), and before ".", "?", "&", "=", "#", "-" and "_" of the path; inside a run
    /// between those of more than `longRun` characters, at any character as a last resort,
    /// keeping `runEnd` characters on each side.
    private static func addressBreakPoints(_ characters: [Character]) -> [Point] {
        var marks: [Int] = []
        for index in 1..<max(characters.count - 1, 1) {
            let previous = characters[index - 1], current = characters[index]
            if previous == "/", current != "/" { marks.append(index) }
            if ".?&=#-_".contains(current), previous != "/", index > 1 { marks.append(index) }
        }
        var points = marks.map { Point(offset: $0, kind: .address) }
        let bounds = [0] + marks + [characters.count]
        for (start, end) in zip(bounds, bounds.dropFirst()) where end - start > longRun {
            points += (start + runEnd...end - runEnd).map { Point(offset: $0, kind: .anywhere) }
        }
        return points.sorted { $0.offset < $1.offset }
    }

    /// Longer than a word of a domain or a path ("samordningsforbundet", "verksamhetsberattelse"),
    /// which keep to the marks; a token of letters and digits is longer.
    static let longRun = 24
    static let runEnd = 4

    /// A word with a digit, an at sign or a URL's marks: broken only at its own hyphens.
    static func isCodeLike(_ characters: [Character]) -> Bool {
        for (index, character) in characters.enumerated() {
            if LatinCharacterClass.isNumber(character) || LatinCharacterClass.isASCII(character, UInt8(ascii: "@"))
                || LatinCharacterClass.isASCII(character, UInt8(ascii: "/")) || LatinCharacterClass.isASCII(character, UInt8(ascii: "_")) {
                return true
            }
            if LatinCharacterClass.isASCII(character, UInt8(ascii: ".")), index + 1 < characters.count,
               LatinCharacterClass.isLetter(characters[index + 1]) {
                return true
            }
        }
        return false
    }

    private func partPoints(_ characters: [Character], from start: Int, to end: Int) -> [Point] {
        guard let hyphenator, end - start >= 1 else { return [] }
        var lower = start
        var upper = end
        while lower < upper, !LatinCharacterClass.isLetter(characters[lower]) { lower += 1 }
        while upper > lower, !LatinCharacterClass.isLetter(characters[upper - 1]) { upper -= 1 }
        let core = characters[lower..<upper]
        let opening = initialCapitalMayBreak && lower == 0 && core.first.map(LatinCharacterClass.isUppercase) == true
        guard core.count >= minWordLength,
              core.dropFirst(opening ? 1 : 0).allSatisfy({ LatinCharacterClass.isLetter($0) && !LatinCharacterClass.isUppercase($0) }),
              core.first.map(LatinCharacterClass.isLetter) == true else { return [] }
        return hyphenator.points(String(characters: core)).map { Point(offset: $0.offset + lower, kind: $0.isJoint ? .joint : .syllable) }
    }
}
