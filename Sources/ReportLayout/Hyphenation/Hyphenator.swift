import Foundation

/// Swedish hyphenation: Liang's algorithm over a libhyphen pattern file, with an
/// exceptions list for domain compounds the patterns get wrong, cached per word.
public final class Hyphenator {
    private let trie: PatternTrie
    private var exceptions: [String: [Int]] = [:]
    private var cache: [String: [Int]] = [:]
    public let leftMin: Int
    public let rightMin: Int

    public convenience init(patterns: String, exceptions exceptionText: String = "", leftMin: Int = 2, rightMin: Int = 2) {
        self.init(trie: PatternTrie(dictionary: patterns), exceptions: exceptionText, leftMin: leftMin, rightMin: rightMin)
    }

    private init(trie: PatternTrie, exceptions exceptionText: String, leftMin: Int, rightMin: Int) {
        self.trie = trie
        self.leftMin = max(leftMin, trie.leftMin)
        self.rightMin = max(rightMin, trie.rightMin)
        for line in exceptionText.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { continue }
            let word = entry.replacingOccurrences(of: "-", with: "").lowercased()
            var points: [Int] = []
            var count = 0
            for character in entry {
                if character == "-" { points.append(count) } else { count += 1 }
            }
            exceptions[word] = points
        }
    }

    /// Reads the pattern file (ISO 8859-1 as Debian ships it, or UTF-8 when its first line says so).
    public convenience init(patternFile: String, exceptionFile: String? = nil, leftMin: Int = 2, rightMin: Int = 2) throws {
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

    /// Character offsets where `word` (letters only) may take a hyphen: 2 means "ab-c…".
    public func hyphenationPoints(_ word: String) -> [Int] {
        if let cached = cache[word] { return cached }
        let points = computePoints(word)
        cache[word] = points
        return points
    }

    /// The word with hyphens at every point, for tests and debugging: "ba-lans-kravs-re-sul-tat".
    public func hyphenated(_ word: String) -> String {
        var result = ""
        let points = Set(hyphenationPoints(word))
        for (offset, character) in word.enumerated() {
            if points.contains(offset) { result.append("-") }
            result.append(character)
        }
        return result
    }

    private func computePoints(_ word: String) -> [Int] {
        let scalars = Self.latin1Lowercased(word) ?? word.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars.map(\.value)
        if !exceptions.isEmpty, let points = exceptions[String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init)))] { return points }
        guard scalars.count == word.count, scalars.count >= leftMin + rightMin else { return [] }
        let levels = trie.levels(for: scalars)
        return (leftMin...(scalars.count - rightMin)).filter { levels[$0] % 2 == 1 }
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
