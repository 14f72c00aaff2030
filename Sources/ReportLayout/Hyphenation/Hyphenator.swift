import Foundation

/// Swedish hyphenation: Liang's algorithm over a libhyphen pattern file, with an
/// exceptions list for domain compounds the patterns get wrong, cached per word.
public final class Hyphenator {
    private let trie: PatternTrie
    private var exceptions: [String: [Int]] = [:]
    private var cache: [String: [Int]] = [:]
    public let leftMin: Int
    public let rightMin: Int

    public init(patterns: String, exceptions exceptionText: String = "", leftMin: Int = 2, rightMin: Int = 2) {
        trie = PatternTrie(dictionary: patterns)
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
        let encoding: String.Encoding = String(decoding: firstLine, as: UTF8.self).uppercased().contains("UTF-8") ? .utf8 : .isoLatin1
        guard let patterns = String(data: data, encoding: encoding) else {
            throw LayoutError.unreadableFile(path: patternFile, reason: "okänd teckenkodning")
        }
        var exceptionText = ""
        if let exceptionFile {
            guard let text = try? String(contentsOfFile: exceptionFile, encoding: .utf8) else {
                throw LayoutError.unreadableFile(path: exceptionFile, reason: "undantagslistan för avstavning kan inte läsas")
            }
            exceptionText = text
        }
        self.init(patterns: patterns, exceptions: exceptionText, leftMin: leftMin, rightMin: rightMin)
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
        let lower = word.precomposedStringWithCanonicalMapping.lowercased()
        if let points = exceptions[lower] { return points }
        let scalars = lower.unicodeScalars.map(\.value)
        guard scalars.count == word.count, scalars.count >= leftMin + rightMin else { return [] }
        let levels = trie.levels(for: scalars)
        return (leftMin...(scalars.count - rightMin)).filter { levels[$0] % 2 == 1 }
    }
}
