/// Liang's hyphenation patterns ("a2bal", ".ab1ol") in a trie over Unicode scalars,
/// read from a libhyphen `.dic` file (first line the encoding, then LEFTHYPHENMIN and
/// RIGHTHYPHENMIN headers, then one pattern a line).
struct PatternTrie {
    private var children: [[UInt32: Int32]] = [[:]]
    private var values: [[UInt8]?] = [nil]
    private(set) var leftMin = 1
    private(set) var rightMin = 1

    init(dictionary text: String) {
        for (index, rawLine) in text.split(whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if index == 0 || line.isEmpty || line.hasPrefix("%") || line.hasPrefix("#") { continue }
            if let value = Self.header("LEFTHYPHENMIN", line) { leftMin = value; continue }
            if let value = Self.header("RIGHTHYPHENMIN", line) { rightMin = value; continue }
            if line.uppercased() == line, line.contains(where: \.isLetter) { continue }
            insert(pattern: line)
        }
    }

    private static func header(_ name: String, _ line: String) -> Int? {
        guard line.hasPrefix(name) else { return nil }
        return Int(line.dropFirst(name.count).trimmingCharacters(in: .whitespaces))
    }

    /// "a2bal" → letters "abal", levels [0,2,0,0,0] (one between each pair of letters).
    private mutating func insert(pattern: String) {
        var letters: [UInt32] = []
        var levels: [UInt8] = [0]
        for scalar in pattern.unicodeScalars {
            if let digit = UInt8(exactly: scalar.value &- 48), digit <= 9, scalar.value >= 48 {
                levels[levels.count - 1] = digit
            } else {
                letters.append(scalar.value)
                levels.append(0)
            }
        }
        var node = 0
        for letter in letters {
            if let next = children[node][letter] {
                node = Int(next)
            } else {
                children.append([:])
                values.append(nil)
                children[node][letter] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        values[node] = levels
    }

    /// The highest level between each pair of letters of `.word.`: odd means a hyphen may go there.
    func levels(for word: [UInt32]) -> [UInt8] {
        let dotted = [46] + word + [46]
        var result = [UInt8](repeating: 0, count: dotted.count + 1)
        for start in dotted.indices {
            var node = 0
            for position in start..<dotted.count {
                guard let next = children[node][dotted[position]] else { break }
                node = Int(next)
                guard let levels = values[node] else { continue }
                for (offset, level) in levels.enumerated() where level > result[start + offset] {
                    result[start + offset] = level
                }
            }
        }
        // result[i] is the level before dotted[i]; shift out the leading dot.
        return Array(result[1..<(dotted.count - 1)])
    }
}

import Foundation
