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

    private var patterns: [Key: [UInt8]] = [:]
    private var longest = 0
    private(set) var leftMin = 1
    private(set) var rightMin = 1

    init(dictionary text: String) {
        var lineNumber = 0
        var line = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" {
                if !line.isEmpty { read(line: String(line), number: lineNumber) }
                line.removeAll(keepingCapacity: true)
                lineNumber += scalar == "\n" ? 1 : 0
            } else if scalar != " ", scalar != "\t" {
                line.append(scalar)
            }
        }
        if !line.isEmpty { read(line: String(line), number: lineNumber) }
    }

    /// The first line names the encoding; LEFTHYPHENMIN/RIGHTHYPHENMIN lose their space above.
    private mutating func read(line: String, number: Int) {
        if number == 0 || line.hasPrefix("%") || line.hasPrefix("#") { return }
        if let value = Self.header("LEFTHYPHENMIN", line) { leftMin = value; return }
        if let value = Self.header("RIGHTHYPHENMIN", line) { rightMin = value; return }
        if line.first?.isUppercase == true { return }
        insert(pattern: line)
    }

    private static func header(_ name: String, _ line: String) -> Int? {
        guard line.hasPrefix(name) else { return nil }
        return Int(line.dropFirst(name.count))
    }

    /// "a2bal" → letters "abal", levels [0,2,0,0,0] (one between each pair of letters).
    private mutating func insert(pattern: String) {
        var key = Key()
        var levels: [UInt8] = [0]
        for scalar in pattern.unicodeScalars {
            if scalar.value >= 48, scalar.value <= 57 {
                levels[levels.count - 1] = UInt8(scalar.value - 48)
            } else {
                guard key.append(scalar.value) else { return }
                levels.append(0)
            }
        }
        longest = max(longest, key.count)
        patterns[key] = levels
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
                guard let levels = patterns[key] else { continue }
                for (offset, level) in levels.enumerated() where level > result[start + offset] {
                    result[start + offset] = level
                }
            }
        }
        return Array(result[1..<(dotted.count - 1)])
    }
}

import Foundation
