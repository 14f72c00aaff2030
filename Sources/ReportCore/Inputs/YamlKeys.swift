import Foundation

/// The keys a mapping may hold. A key outside the list is refused, with the closest known
/// key as a suggestion: a misspelt key would otherwise be ignored and its value left out
/// of the report without a word.
extension YamlNode {
    /// Refuses a key that is not in `known` ("okänd nyckel `x` — menade du `y`?").
    func allowKeys(_ known: [String]) throws {
        for (key, _) in try requireMapping() {
            let name = key.scalar?.string ?? ""
            guard !known.contains(name) else { continue }
            let location = self.location(line: key.mark?.line ?? line, field: fieldPath(name))
            if let suggestion = YamlKeys.closest(to: name, among: known) {
                throw InputError("okänd nyckel `\(name)` — menade du `\(suggestion)`?", at: location)
            }
            let list = known.map { "`\($0)`" }.joined(separator: ", ")
            throw InputError("okänd nyckel `\(name)`; här får stå \(list).", at: location)
        }
    }
}

enum YamlKeys {
    /// The known key nearest to `name`, when it is near enough to be what was meant.
    static func closest(to name: String, among known: [String]) -> String? {
        let folded = fold(name)
        let scored = known.map { ($0, distance(folded, fold($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(2, folded.count / 3)
        return best.1 <= allowed ? best.0 : nil
    }

    /// Lower case, without diacritics, spaces and hyphens as underscores.
    private static func fold(_ text: String) -> [Character] {
        Array(text.lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "sv_SE"))
            .map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, left) in a.enumerated() {
            var current = [i + 1]
            for (j, right) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
