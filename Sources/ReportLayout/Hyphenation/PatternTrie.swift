/// Liang's hyphenation patterns ("a2bal", ".ab1ol") read from a libhyphen `.dic` file (first
/// line the encoding, then LEFTHYPHENMIN and RIGHTHYPHENMIN headers, then one pattern a
/// line), stored in one hash table keyed by the pattern's letters packed into integers.
struct PatternTrie {
    /// Up to 16 letters of 8 bits (the patterns are Latin-1); longer patterns do not occur.
    private struct Key: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count = 0

        mutating func append(_ letter: UInt32) -> Bool {
            guard letter < 256, count < 16 else { return false }
            if count < 8 { low |= UInt64(letter) << (8 * UInt64(count)) } else { high |= UInt64(letter) << (8 * UInt64(count - 8)) }
            count += 1
            return true
        }
    }

    /// Each pattern's levels live in one shared buffer (one level before each letter and
    /// one after the last), so loading 15 000 patterns makes no per-pattern allocation.
    private var patterns: [Key: Int32] = [:]
    private var levelStore: [UInt8] = []
    private var longest = 0
    private(set) var leftMin = 1
    private(set) var rightMin = 1

    /// Parses the file in one pass over its scalars: the first line names the encoding,
    /// lines starting with an upper-case letter are headers, `%` and `#` start comments.
    init(dictionary text: String) {
        self.init(scalars: text.unicodeScalars.lazy.map(\.value))
    }

    /// The same parse over code point values, so that a Latin-1 file's bytes are read as
    /// they are, without first decoding them into a String.
    init<Scalars: Sequence>(scalars: Scalars) where Scalars.Element == UInt32 {
        patterns.reserveCapacity(16_384)
        levelStore.reserveCapacity(16_384 * 8)
        var parser = LineParser()
        var lineNumber = 0
        for scalar in scalars {
            if scalar == 10 || scalar == 13 {
                if lineNumber > 0 { finish(&parser) }
                parser = LineParser()
                if scalar == 10 { lineNumber += 1 }
            } else if lineNumber > 0 {
                parser.consume(scalar)
            }
        }
        if lineNumber > 0 { finish(&parser) }
    }

    /// One line being read: either a pattern (letters and level digits) or a header
    /// ("LEFTHYPHENMIN 1"), kept as its upper-case name and number.
    private struct LineParser {
        var key = Key()
        var levels: [UInt8] = [0]
        var header: [UInt32] = []
        var headerValue = 0
        var kind = Kind.empty
        enum Kind { case empty, pattern, header, comment, tooLong }

        mutating func consume(_ value: UInt32) {
            if value == 32 || value == 9 { return }
            if kind == .empty {
                if value == 37 || value == 35 { kind = .comment; return }
                kind = (65...90).contains(value) ? .header : .pattern
            }
            switch kind {
            case .header:
                if (48...57).contains(value) { headerValue = headerValue * 10 + Int(value - 48) } else { header.append(value) }
            case .pattern:
                if (48...57).contains(value) {
                    levels[levels.count - 1] = UInt8(value - 48)
                } else if key.append(value) {
                    levels.append(0)
                } else {
                    kind = .tooLong
                }
            case .empty, .comment, .tooLong:
                return
            }
        }
    }

    private mutating func finish(_ line: inout LineParser) {
        switch line.kind {
        case .pattern:
            longest = max(longest, line.key.count)
            patterns[line.key] = Int32(levelStore.count)
            levelStore += line.levels
        case .header:
            let name = String(String.UnicodeScalarView(line.header.compactMap(Unicode.Scalar.init)))
            if name == "LEFTHYPHENMIN" { leftMin = line.headerValue }
            if name == "RIGHTHYPHENMIN" { rightMin = line.headerValue }
        case .empty, .comment, .tooLong:
            break
        }
    }

    /// The highest level before each letter of `word` (index 0 is before the first letter):
    /// odd means a hyphen may go there.
    func levels(for word: [UInt32]) -> [UInt8] {
        let dotted = [46] + word + [46]
        var result = [UInt8](repeating: 0, count: dotted.count + 1)
        for start in dotted.indices {
            var key = Key()
            for position in start..<min(dotted.count, start + longest) {
                guard key.append(dotted[position]) else { break }
                guard let first = patterns[key].map(Int.init) else { continue }
                for offset in 0...key.count where levelStore[first + offset] > result[start + offset] {
                    result[start + offset] = levelStore[first + offset]
                }
            }
        }
        return Array(result[1..<(dotted.count - 1)])
    }
}

import Foundation
