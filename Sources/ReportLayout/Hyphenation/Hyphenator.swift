import Foundation

/// A place in a word where a hyphen may go: `offset` letters stand before it. A joint is
/// the seam of a compound ("kompetens|utveckling"), the break a Swedish reader prefers.
public struct HyphenationPoint: Hashable, Sendable {
    public var offset: Int
    public var isJoint: Bool

    public init(offset: Int, isJoint: Bool) {
        self.offset = offset
        self.isJoint = isJoint
    }
}

/// Swedish hyphenation: Liang's algorithm over a libhyphen pattern file, with an
/// exceptions list for domain compounds the patterns get wrong ("-" a syllable break, "="
/// a compound joint), and compound joints found by `CompoundSplitter`; cached per word.
/// No point leaves fewer than `leftMin` letters before it or `rightMin` after it.
public final class Hyphenator {
    private let trie: PatternTrie
    private var exceptions: [String: [HyphenationPoint]] = [:]
    private let splitter: CompoundSplitter
    private var cache: [TextKey: [HyphenationPoint]] = [:]
    public let leftMin: Int
    public let rightMin: Int

    public convenience init(patterns: String, exceptions exceptionText: String = "", leftMin: Int = 3, rightMin: Int = 3) {
        self.init(trie: PatternTrie(dictionary: patterns), exceptions: exceptionText, leftMin: leftMin, rightMin: rightMin)
    }

    private init(trie: PatternTrie, exceptions exceptionText: String, leftMin: Int, rightMin: Int) {
        self.trie = trie
        self.leftMin = max(leftMin, trie.leftMin)
        self.rightMin = max(rightMin, trie.rightMin)
        var words: [String] = []
        for line in exceptionText.split(whereSeparator: \.isNewline) {
            let entry = Self.trimmed(line)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            let (word, points) = Self.parseException(entry)
            exceptions[word] = points
            words.append(entry.lowercased())
        }
        splitter = CompoundSplitter(exceptionEntries: words, minimumPart: max(self.leftMin, self.rightMin))
    }

    /// The line without the blanks (tab and the space separators, as Foundation's
    /// `.whitespaces`) at either end; Foundation's trimming costs some 20 000 instructions a line.
    static func trimmed(_ line: Substring) -> String {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }), let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// "kom-pe-tens=ut-veck-lings=in-sat-ser": the letters, and a point at each mark.
    static func parseException(_ entry: String) -> (String, [HyphenationPoint]) {
        var points: [HyphenationPoint] = []
        var letters = ""
        for character in entry.lowercased() {
            if character == "-" || character == "=" {
                points.append(HyphenationPoint(offset: letters.count, isJoint: character == "="))
            } else {
                letters.append(character)
            }
        }
        return (letters, points)
    }

    /// Reads the pattern file (ISO 8859-1 as Debian ships it, or UTF-8 when its first line says so).
    public convenience init(patternFile: String, exceptionFile: String? = nil, leftMin: Int = 3, rightMin: Int = 3) throws {
        guard let data = FileManager.default.contents(atPath: patternFile) else {
            throw LayoutError.unreadableFile(path: patternFile, reason: "avstavningsmönstren saknas (installera hyphen-sv med make deps)")
        }
        let firstLine = data.prefix(while: { $0 != 10 })
        let trie: PatternTrie
        if String(decoding: firstLine, as: UTF8.self).uppercased().contains("UTF-8") {
            guard let patterns = String(data: data, encoding: .utf8) else {
                throw LayoutError.unreadableFile(path: patternFile, reason: "okänd teckenkodning")
            }
            trie = PatternTrie(dictionary: patterns)
        } else {
            // Each ISO 8859-1 byte is the code point of the same value.
            trie = PatternTrie(scalars: [UInt8](data).lazy.map(UInt32.init))
        }
        var exceptionText = ""
        if let exceptionFile {
            guard let text = try? String(contentsOfFile: exceptionFile, encoding: .utf8) else {
                throw LayoutError.unreadableFile(path: exceptionFile, reason: "undantagslistan för avstavning kan inte läsas")
            }
            exceptionText = text
        }
        self.init(trie: trie, exceptions: exceptionText, leftMin: leftMin, rightMin: rightMin)
    }

    /// Character offsets where `word` (letters only) may take a hyphen: 3 means "abc-d…".
    public func hyphenationPoints(_ word: String) -> [Int] {
        points(word).map(\.offset)
    }

    /// The points with their kind (joint or syllable break), in order.
    public func points(_ word: String) -> [HyphenationPoint] {
        let key = TextKey(word)
        if let cached = cache[key] { return cached }
        let points = computePoints(word)
        cache[key] = points
        return points
    }

    /// The word with "-" at syllable breaks and "=" at joints, for tests and debugging:
    /// "ba-lans=kravs=re-sul-tat".
    public func hyphenated(_ word: String) -> String {
        var result = ""
        let points = Dictionary(self.points(word).map { ($0.offset, $0.isJoint) }, uniquingKeysWith: { $0 || $1 })
        for (offset, character) in word.enumerated() {
            if let joint = points[offset] { result.append(joint ? "=" : "-") }
            result.append(character)
        }
        return result
    }

    private func computePoints(_ word: String) -> [HyphenationPoint] {
        let scalars = Self.latin1Lowercased(word) ?? word.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars.map(\.value)
        guard scalars.count == word.count, scalars.count >= leftMin + rightMin else { return [] }
        let allowed = leftMin...(scalars.count - rightMin)
        let lowered = Self.string(of: scalars)
        if let points = exceptions[lowered] { return points.filter { allowed.contains($0.offset) } }
        let joints = splitter.joints(in: lowered)
        let levels = trie.levels(for: scalars)
        // A syllable point within a few letters of a joint splits a part ("kompeten-s|insats"): dropped.
        let nearJoint = { (offset: Int) in joints.contains { abs($0 - offset) < self.leftMin } }
        return allowed.compactMap { offset in
            if joints.contains(offset) { return HyphenationPoint(offset: offset, isJoint: true) }
            return levels[offset] % 2 == 1 && !nearJoint(offset) ? HyphenationPoint(offset: offset, isJoint: false) : nil
        }
    }

    /// The text of these scalars; one of Latin-1 scalars (every Swedish word) is built from
    /// its UTF-8 bytes at once instead of a scalar at a time.
    static func string(of scalars: [UInt32]) -> String {
        guard scalars.allSatisfy({ $0 < 0x100 }) else {
            return String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            if scalar < 0x80 {
                bytes.append(UInt8(scalar))
            } else {
                bytes.append(0xC0 | UInt8(scalar >> 6))
                bytes.append(0x80 | UInt8(scalar & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-cases a word of Latin-1 letters (all Swedish words) without Foundation: such a
    /// word is already in canonical composed form, and its lower case maps A–Z and À–Þ (but
    /// ×) one code point up by 32, as `lowercased()` does. Nil for anything else.
    static func latin1Lowercased(_ word: String) -> [UInt32]? {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            let value = scalar.value
            guard value < 0x100 else { return nil }
            let upper = (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7)
            scalars.append(upper ? value + 32 : value)
        }
        return scalars
    }
}
