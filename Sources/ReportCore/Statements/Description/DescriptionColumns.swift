/// A description's `kolumner`: a named set (`resultat`: this year and last year;
/// `balans`: both closing balances; `ib_förändring_ub`: opening, change and closing) or a
/// list of columns, each with its heading lines, its year and the amount it shows.
/// `{år}` and `{fjol}` in a heading become the report's year and the year before.
extension DescriptionReader {
    static let columnKeys = ["rubrik", "år", "belopp"]

    static func columns(_ node: YamlNode) throws -> [ColumnDescription] {
        if node.node.scalar != nil { return try namedColumns(node) }
        let columns = try node.items().map { item -> ColumnDescription in
            try item.allowKeys(columnKeys)
            return ColumnDescription(titles: try item.required("rubrik").strings(), year: try year(item.required("år")),
                                     measure: try item.required("belopp").keyword(Measure.self, choices: "resultat, ib, ub eller förändring"))
        }
        if columns.isEmpty { throw node.error("En tabell behöver minst en kolumn.") }
        return columns
    }

    static func namedColumns(_ node: YamlNode) throws -> [ColumnDescription] {
        switch MappingReader.normalized(try node.string()) {
        case "resultat":
            return [ColumnDescription(titles: ["Jan–dec {år}"], year: 0, measure: .result),
                    ColumnDescription(titles: ["Jan–dec {fjol}"], year: -1, measure: .result)]
        case "balans":
            return [ColumnDescription(titles: ["{år}-12-31"], year: 0, measure: .closing),
                    ColumnDescription(titles: ["{fjol}-12-31"], year: -1, measure: .closing)]
        case "ib_forandring_ub":
            return [ColumnDescription(titles: ["Ingående balans", "{år}-01-01"], year: 0, measure: .opening),
                    ColumnDescription(titles: ["Förändring", ""], year: 0, measure: .change),
                    ColumnDescription(titles: ["Utgående balans", "{år}-12-31"], year: 0, measure: .closing)]
        default:
            throw node.error("Okända kolumner \"\(try node.string())\": ska vara resultat, balans, ib_förändring_ub eller en lista.")
        }
    }

    static func year(_ node: YamlNode) throws -> Int {
        switch MappingReader.normalized(try node.string()) {
        case "i_ar", "0": return 0
        case "fjol", "foregaende_ar", "-1": return -1
        default: throw node.error("Ska vara \"i år\" eller \"fjol\", men är \"\(try node.string())\".")
        }
    }
}
