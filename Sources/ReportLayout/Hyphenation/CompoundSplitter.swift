/// Finds the joints of Swedish compounds from the parts the exceptions list names: each
/// entry "kom-pe-tens=ut-veck-lings=in-sat-ser" teaches the modifiers "kompetens" and
/// "utvecklings" and the head "insatser". A joint stands where the letters before it are a
/// chain of known modifiers and the letters after it begin with a known part, so
/// "kompetensinsatserna" and "utvecklingsarbete" split without an entry of their own.
/// The list is the layout's (`avstavning.undantag`), written for the association's own
/// vocabulary, so the splitter never guesses from a general dictionary.
struct CompoundSplitter {
    private var modifiers: Set<String> = []
    private var parts: Set<String> = []
    private let minimumPart: Int
    private var longestPart = 0

    init(exceptionEntries: [String], minimumPart: Int) {
        self.minimumPart = max(minimumPart, 3)
        for entry in exceptionEntries {
            let segments = entry.split(separator: "=").map { $0.replacingOccurrences(of: "-", with: "") }
            guard segments.count > 1 else { continue }
            for (index, segment) in segments.enumerated() where segment.count >= self.minimumPart {
                parts.insert(segment)
                modifiers.insert(segment)
                // A head also joins further compounds with a linking s ("förbund" → "förbundsordförande").
                if index == segments.count - 1 { modifiers.insert(segment + "s"); parts.insert(segment + "s") }
            }
        }
        longestPart = parts.union(modifiers).map(\.count).max() ?? 0
    }

    /// Letter offsets of the joints in a lower-case word.
    func joints(in word: String) -> [Int] {
        guard !modifiers.isEmpty else { return [] }
        let letters = Array(word)
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[0] = true
        var joints: [Int] = []
        for end in Swift.stride(from: minimumPart, to: letters.count, by: 1) {
            let lowest = max(0, end - longestPart)
            for start in lowest...(end - minimumPart) where reachable[start] && modifiers.contains(String(letters[start..<end])) {
                reachable[end] = true
                break
            }
            if reachable[end], beginsWithPart(letters, at: end) { joints.append(end) }
        }
        return joints
    }

    private func beginsWithPart(_ letters: [Character], at start: Int) -> Bool {
        guard letters.count - start >= minimumPart else { return false }
        for length in minimumPart...min(longestPart, letters.count - start) where parts.contains(String(letters[start..<(start + length)])) {
            return true
        }
        return false
    }
}
