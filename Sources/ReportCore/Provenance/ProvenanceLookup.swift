/// Suggestions for an id or figure name that the report does not have (`spara`): rows
/// whose label holds the words, then the ids and names within a few letters of it.
extension ModelProvenance {
    public func suggestions(for query: String, limit: Int = 6) -> [String] {
        let all = rows + operating
        let wanted = query.lowercased()
        let byLabel = all.filter { $0.label.lowercased().contains(wanted) }.map(\.id)
        let allowed = max(2, wanted.count / 3)
        let close = (all.map(\.id) + figures.keys.sorted())
            .map { ($0, YamlKeys.distance(Array($0.lowercased()), Array(wanted))) }
            .filter { $0.1 <= allowed }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        var result: [String] = []
        for name in byLabel + close where !result.contains(name) { result.append(name) }
        return Array(result.prefix(limit))
    }
}
