/// The longest common subsequence of two sequences, as the index pairs it matches: the
/// alignment that both the paragraph and the word comparison use.
enum CommonSubsequence {
    static func pairs<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [(old: Int, new: Int)] {
        guard !old.isEmpty, !new.isEmpty else { return [] }
        // lengths[i][j]: the length of the common subsequence of old[i...] and new[j...].
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var result: [(old: Int, new: Int)] = []
        var i = 0, j = 0
        while i < old.count && j < new.count {
            if old[i] == new[j] {
                result.append((i, j))
                i += 1
                j += 1
            } else if lengths[i + 1][j] >= lengths[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}

/// Which words of two versions of a paragraph the other version lacks, for marking them.
public enum WordDifference {
    public struct Word: Equatable, Sendable {
        public var text: String
        /// True when the other version does not have this word at this place.
        public var differs: Bool
    }

    public static func words(old: String, new: String) -> (old: [Word], new: [Word]) {
        let oldWords = old.split(separator: " ").map(String.init)
        let newWords = new.split(separator: " ").map(String.init)
        let pairs = CommonSubsequence.pairs(oldWords, newWords)
        let keptOld = Set(pairs.map(\.old)), keptNew = Set(pairs.map(\.new))
        return (oldWords.enumerated().map { Word(text: $1, differs: !keptOld.contains($0)) },
                newWords.enumerated().map { Word(text: $1, differs: !keptNew.contains($0)) })
    }
}
