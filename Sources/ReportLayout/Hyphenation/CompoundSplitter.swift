import Foundation

/// Finds the joints of Swedish compounds from the parts the exceptions list names: each
/// entry "kom-pe-tens=ut-veck-lings=in-sat-ser" teaches the modifiers "kompetens" and
/// "utvecklings" and the head "insatser". A joint stands where the letters before it are a
/// chain of known modifiers and the letters after it begin with a known part, so
/// "kompetensinsatserna" and "utvecklingsarbete" split without an entry of their own.
/// The list is the layout's (`avstavning.undantag`), written for the association's own
/// vocabulary, so the splitter never guesses from a general dictionary. Modifiers and parts
/// are tries over Unicode scalars (NFC): a word's candidates are walked letter by letter,
/// not made into a String and hashed for every start and end.
struct CompoundSplitter {
    private var modifiers = ScalarTrie()
    private var parts = ScalarTrie()
    private let minimumPart: Int

    init(exceptionEntries: [String], minimumPart: Int) {
        self.minimumPart = max(minimumPart, 3)
        for entry in exceptionEntries {
            let segments = entry.split(separator: "=").map { Self.composedLetters(of: $0) }
            guard segments.count > 1 else { continue }
            for (index, segment) in segments.enumerated() where segment.count >= self.minimumPart {
                let scalars = segment.unicodeScalars.map(\.value)
                parts.insert(scalars)
                modifiers.insert(scalars)
                // A head also joins further compounds with a linking s ("förbund" → "förbundsordförande").
                if index == segments.count - 1 { modifiers.insert(scalars + [0x73]); parts.insert(scalars + [0x73]) }
            }
        }
    }

    /// A segment of an entry without its "-" marks, in NFC. Scalars below U+0300 are their
    /// own composed forms and none of them combines, so a segment of only such scalars (a
    /// Swedish word typed as such) is NFC already and Foundation's normalization is skipped.
    static func composedLetters(of segment: Substring) -> String {
        let letters = String(decoding: segment.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
        return letters.unicodeScalars.allSatisfy { $0.value < 0x300 } ? letters : letters.precomposedStringWithCanonicalMapping
    }

    /// Letter offsets of the joints in a lower-case word.
    func joints(in word: String) -> [Int] {
        guard !modifiers.isEmpty else { return [] }
        let letters = word.unicodeScalars.map(\.value)
        guard letters.count == word.count else { return [] }
        // reachable[i]: the first i letters are a chain of modifiers. Starts are taken in
        // order, so a start's reachability is final before its modifiers are walked.
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[0] = true
        for start in 0..<letters.count where reachable[start] {
            modifiers.walk(letters, from: start) { end in
                if end - start >= minimumPart, end < letters.count { reachable[end] = true }
                return true
            }
        }
        return (minimumPart..<max(letters.count, minimumPart)).filter { reachable[$0] && beginsWithPart(letters, at: $0) }
    }

    private func beginsWithPart(_ letters: [UInt32], at start: Int) -> Bool {
        var found = false
        parts.walk(letters, from: start) { end in
            found = end - start >= minimumPart
            return !found
        }
        return found
    }
}

/// Words as a trie over scalar values: nodes in one array, children by scalar.
private struct ScalarTrie {
    private var children: [[UInt32: Int32]] = [[:]]
    private var ends: [Bool] = [false]

    var isEmpty: Bool { children[0].isEmpty }

    mutating func insert(_ word: [UInt32]) {
        var node = 0
        for scalar in word {
            if let next = children[node][scalar] { node = Int(next); continue }
            children.append([:])
            ends.append(false)
            children[node][scalar] = Int32(children.count - 1)
            node = children.count - 1
        }
        ends[node] = true
    }

    /// Calls `found` with the end offset of every word that `letters` has at `start`,
    /// shortest first, while it returns true.
    func walk(_ letters: [UInt32], from start: Int, _ found: (Int) -> Bool) {
        var node = 0
        var index = start
        while index < letters.count, let next = children[node][letters[index]] {
            node = Int(next)
            index += 1
            if ends[node], !found(index) { return }
        }
    }
}
