/// Liang's hyphenation patterns ("a2bal", ".ab1ol") read from a libhyphen `.dic` file (first
/// line the encoding, then LEFTHYPHENMIN and RIGHTHYPHENMIN headers, then one pattern a
/// line), stored as a flat trie: nodes in one array, each with its first child and next
/// sibling, so that finding every pattern at a word's positions walks letters instead of
/// hashing each substring, and loading makes one node per new letter and no other allocation.
struct PatternTrie {
    /// Patterns hold up to 16 letters below 256 (the files are Latin-1); longer ones do not occur.
    private static let maximumLength = 16

    private struct Node {
        var letter: UInt8
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Where this pattern's levels start in `levelStore` (one before each letter and one
        /// after the last), or -1 when no pattern ends here.
        var levels: Int32 = -1
    }

    private var nodes: [Node] = [Node(letter: 0)]
    /// The root's children by letter: the first step of every walk is one index.
    private var rootChildren = [Int32](repeating: -1, count: 256)
    private var levelStore: [UInt8] = []
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
        nodes.reserveCapacity(32_768)
        levelStore.reserveCapacity(16_384 * 8)
        var parser = LineParser()
        var lineNumber = 0
        for scalar in scalars {
            if scalar == 10 || scalar == 13 {
                if lineNumber > 0 { finish(&parser) }
                parser.reset()
                if scalar == 10 { lineNumber += 1 }
            } else if lineNumber > 0 {
                parser.consume(scalar)
            }
        }
        if lineNumber > 0 { finish(&parser) }
    }

    /// One line being read: either a pattern (letters and level digits) or a header
    /// ("LEFTHYPHENMIN 1"), kept as its upper-case name and number. The letters and levels
    /// are written in place in buffers of the longest pattern's size: appending to arrays
    /// cost some 70 instructions a byte of the file.
    private struct LineParser {
        var letters = [UInt8](repeating: 0, count: PatternTrie.maximumLength)
        var letterCount = 0
        /// One before each letter and one after the last; those past `letterCount` are 0.
        var levels = [UInt8](repeating: 0, count: PatternTrie.maximumLength + 1)
        var header: [UInt32] = []
        var headerValue = 0
        var kind = Kind.empty
        enum Kind { case empty, pattern, header, comment, tooLong }

        /// Ready for the next line, keeping the buffers.
        mutating func reset() {
            for index in 0...letterCount { levels[index] = 0 }
            letterCount = 0
            header.removeAll(keepingCapacity: true)
            headerValue = 0
            kind = .empty
        }

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
                    levels[letterCount] = UInt8(value - 48)
                } else if value < 256, letterCount < PatternTrie.maximumLength {
                    letters[letterCount] = UInt8(value)
                    letterCount += 1
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
            var node: Int32 = 0
            for index in 0..<line.letterCount { node = child(of: node, line.letters[index], adding: true) }
            nodes[Int(node)].levels = Int32(levelStore.count)
            levelStore += line.levels[0...line.letterCount]
        case .header:
            let name = String(String.UnicodeScalarView(line.header.compactMap(Unicode.Scalar.init)))
            if name == "LEFTHYPHENMIN" { leftMin = line.headerValue }
            if name == "RIGHTHYPHENMIN" { rightMin = line.headerValue }
        case .empty, .comment, .tooLong:
            break
        }
    }

    /// The child of `node` for `letter`: -1 when there is none, unless `adding`.
    private mutating func child(of node: Int32, _ letter: UInt8, adding: Bool) -> Int32 {
        let found = child(of: node, letter)
        guard found < 0, adding else { return found }
        let added = Int32(nodes.count)
        if node == 0 {
            rootChildren[Int(letter)] = added
        } else {
            nodes.append(Node(letter: letter, nextSibling: nodes[Int(node)].firstChild))
            nodes[Int(node)].firstChild = added
            return added
        }
        nodes.append(Node(letter: letter))
        return added
    }

    private func child(of node: Int32, _ letter: UInt8) -> Int32 {
        if node == 0 { return rootChildren[Int(letter)] }
        var candidate = nodes[Int(node)].firstChild
        while candidate >= 0, nodes[Int(candidate)].letter != letter { candidate = nodes[Int(candidate)].nextSibling }
        return candidate
    }

    /// The highest level before each letter of `word` (index 0 is before the first letter):
    /// odd means a hyphen may go there.
    func levels(for word: [UInt32]) -> [UInt8] {
        let dotted = [46] + word + [46]
        var result = [UInt8](repeating: 0, count: dotted.count + 1)
        for start in dotted.indices {
            var node: Int32 = 0
            var length = 0
            while start + length < dotted.count, length < Self.maximumLength, dotted[start + length] < 256 {
                node = child(of: node, UInt8(dotted[start + length]))
                guard node >= 0 else { break }
                length += 1
                let first = Int(nodes[Int(node)].levels)
                guard first >= 0 else { continue }
                for offset in 0...length where levelStore[first + offset] > result[start + offset] {
                    result[start + offset] = levelStore[first + offset]
                }
            }
        }
        return Array(result[1..<(dotted.count - 1)])
    }
}

import Foundation
