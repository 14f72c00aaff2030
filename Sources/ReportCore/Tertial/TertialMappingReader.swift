/// Reads the folder's `mappning.yaml` into the shared `AccountMapping`: the income
/// statement's groups (`resultaträkning`: id, rubrik, summa, resultat, rader) and lines
/// (id, text, typ intäkt/kostnad, konton as ranges "3000-3609").
///
/// Tertial-local until the annual report's mapping reader exists; the format is meant to
/// be the same file the annual report reads for its income statement.
enum TertialMappingReader {
    static func read(path: String, displayName: String) throws -> AccountMapping {
        let root = try YamlNode.load(path: path, displayName: displayName)
        let groups = try root.required("resultaträkning").items().map(readGroup)
        var sources: [String: SourceLocation] = [:]
        for group in groups { sources[group.id] = SourceLocation(file: displayName) }
        return AccountMapping(incomeGroups: groups, balanceGroups: [], projectCentres: [], sources: sources)
    }

    static func readGroup(_ node: YamlNode) throws -> MappedGroup {
        MappedGroup(id: try node.string("id"), label: try node.string("rubrik"), sumLabel: try node.optionalString("summa"),
                    resultLabel: try node.optionalString("resultat"), side: .income,
                    lines: try node.required("rader").items().map(readLine))
    }

    static func readLine(_ node: YamlNode) throws -> MappedLine {
        let kindNode = try node.required("typ")
        let kind: MappedLine.Kind
        switch try kindNode.string() {
        case "intäkt", "intakt": kind = .revenue
        case "kostnad": kind = .cost
        default: throw kindNode.error("Ska vara intäkt eller kostnad, men är \"\(try kindNode.string())\".")
        }
        let rangesNode = try node.required("konton")
        let ranges = try rangesNode.strings().map { text -> AccountRange in
            guard let range = AccountRange(text) else {
                throw rangesNode.error("Ska vara konton eller kontointervall som 3000-3609, men är \"\(text)\".")
            }
            return range
        }
        return MappedLine(id: try node.string("id"), label: try node.string("text"), kind: kind, ranges: ranges, location: node.location)
    }
}
