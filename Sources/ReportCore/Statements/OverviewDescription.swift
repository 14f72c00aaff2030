/// The multi-year overview ("Översikt över verksamhetens utveckling") as the association
/// chooses it: its rows, in order, each with the source of this year's figure. Earlier
/// years come from historik.yaml under the same row ids. Written under
/// `flerårsöversikt:` in a statements description (`layouts/rakningar/*.yaml` or the
/// folder's own file).
public struct OverviewDescription: Equatable, Sendable {
    public enum Unit: String, Equatable, Sendable, Codable {
        case tkr, count = "antal", percent = "procent"
    }

    public struct Row: Equatable, Sendable {
        /// Where this year's figure comes from.
        public enum Source: Equatable, Sendable {
            /// Statement rows by id (`rader:`), each with its sign: the row's figure for the year.
            case statementRows([RowDescription.Term])
            /// The statement row that carries this role (`roll:` alone).
            case role(StatementRole)
            /// Other overview rows added up (`summerar:`); rounded so that its terms add up to it.
            case sum([RowDescription.Term])
            /// One overview row over another, in whole percent (`kvot: [täljare, nämnare]`).
            case ratio(numerator: String, denominator: String)
            /// A named figure, a whole number (`figur: antal_anstallda`).
            case figure(String)
        }

        public var id: String
        public var label: String
        public var source: Source
        /// What the checks read the row as (the year's result, the equity, the total assets).
        public var role: StatementRole?
        /// Positive figures printed with "+" (as some associations print their revenue).
        public var plusSign: Bool
        public var location: SourceLocation

        public var unit: Unit {
            switch source {
            case .ratio: return .percent
            case .figure: return .count
            case .statementRows, .role, .sum: return .tkr
            }
        }

        /// A figure historik.yaml states for every earlier year (a ratio is computed from them).
        public var isStated: Bool { unit != .percent }

        public var sumTerms: [RowDescription.Term] {
            if case let .sum(terms) = source { return terms }
            return []
        }
    }

    public var rows: [Row]
    /// Columns in all: this year and the latest earlier years.
    public var columns: Int
    public var location: SourceLocation

    /// No rows: a report whose description has no overview.
    public static let empty = OverviewDescription(rows: [], columns: 6, location: SourceLocation(file: ""))

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
    public func row(role: StatementRole) -> Row? { rows.first { $0.role == role } }
    public var statedRows: [Row] { rows.filter(\.isStated) }
}

/// Reads `flerårsöversikt:` strictly: unknown keys, a row with no source or two, and a
/// column count outside what a page holds are refused with file and line.
enum OverviewDescriptionReader {
    static let keys = ["antal_år", "rader"]
    static let rowKeys = ["id", "text", "rader", "roll", "summerar", "kvot", "figur", "plustecken"]
    static let sources = ["rader", "roll", "summerar", "kvot", "figur"]
    static let columnRange = 2...7

    static func read(_ node: YamlNode) throws -> OverviewDescription {
        try node.allowKeys(keys)
        let columns = try node.optional("antal_år").map { try $0.int(in: columnRange) } ?? 6
        let rows = try node.required("rader").items().map(row)
        if rows.isEmpty { throw try node.required("rader").error("Flerårsöversikten behöver minst en rad.") }
        return OverviewDescription(rows: rows, columns: columns, location: node.location)
    }

    static func row(_ node: YamlNode) throws -> OverviewDescription.Row {
        try node.allowKeys(rowKeys)
        let role = try node.optional("roll")?.keyword(StatementRole.self, choices: StatementRole.choices)
        let given = try sources.filter { try node.optional($0) != nil }
        let chosen = given.filter { $0 != "roll" }
        guard chosen.count <= 1, !(chosen.isEmpty && role == nil) else {
            throw node.error(chosen.isEmpty
                ? "En rad i flerårsöversikten behöver en källa: \"rader\" (räkningarnas rader), \"roll\", \"summerar\", \"kvot\" eller \"figur\"."
                : "En rad i flerårsöversikten har en källa, men här står både \(chosen.map { "\"\($0)\"" }.joined(separator: " och ")).")
        }
        if role != nil, let other = chosen.first, other != "summerar" {
            throw node.error("\"roll\" går bara ihop med \"summerar\" (summan kontrolleras då mot räkningarnas rad), inte med \"\(other)\".")
        }
        return OverviewDescription.Row(
            id: try node.string("id"), label: try node.string("text"), source: try source(node, chosen.first, role: role),
            role: role, plusSign: try node.flag("plustecken", default: false), location: node.location)
    }

    static func source(_ node: YamlNode, _ key: String?, role: StatementRole?) throws -> OverviewDescription.Row.Source {
        switch key {
        case "rader": return .statementRows(try terms(node.required("rader")))
        case "summerar": return .sum(try terms(node.required("summerar")))
        case "figur": return .figure(try node.string("figur"))
        case "kvot":
            let parts = try node.required("kvot").strings()
            guard parts.count == 2 else { throw try node.required("kvot").error("\"kvot\" är två rader: [täljare, nämnare].") }
            return .ratio(numerator: parts[0], denominator: parts[1])
        default: return .role(role!)
        }
    }

    static func terms(_ node: YamlNode) throws -> [RowDescription.Term] {
        let terms = try DescriptionReader.terms(node)
        if terms.isEmpty { throw node.error("Ange minst en rad.") }
        return terms
    }
}
