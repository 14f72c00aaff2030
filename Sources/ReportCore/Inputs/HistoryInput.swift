/// historik.yaml: earlier years of the multi-year overview, in tkr as printed then, under
/// the overview's row ids; a predecessor organisation's years under `föregångare:`.
public struct HistoryYear: Sendable, Equatable {
    public var year: Int
    /// The overview's stated figures by row id: whole tkr, or a count.
    public var figures: [String: Int64]
    /// The caption over a predecessor organisation's columns; nil for the association's own years.
    public var predecessor: String?
    /// Participants that year, for prose comparing with last year.
    public var participants: ParticipantCount?
    public var location: SourceLocation

    public init(year: Int, figures: [String: Int64], predecessor: String? = nil, participants: ParticipantCount? = nil,
                location: SourceLocation) {
        self.year = year
        self.figures = figures
        self.predecessor = predecessor
        self.participants = participants
        self.location = location
    }
}

public struct ParticipantCount: Sendable, Equatable {
    public var women: Int
    public var men: Int
}

enum HistoryReader {
    /// The association's own years, newest first, then each predecessor's, newest first.
    static func read(_ root: YamlNode, overview: OverviewDescription) throws -> [HistoryYear] {
        try root.allowKeys(["år", "föregångare"])
        let own = try group(root.required("år"), overview: overview, predecessor: nil)
        var years = own
        for node in try root.optional("föregångare")?.items() ?? [] {
            try node.allowKeys(["rubrik", "år"])
            let caption = try node.string("rubrik")
            let earlier = try group(node.required("år"), overview: overview, predecessor: caption)
            if let first = own.last?.year, let late = earlier.first(where: { $0.year >= first }) {
                throw InputError("Föregångarens år \(late.year) ska ligga före förbundets första år i historiken, \(first).", at: late.location)
            }
            years += earlier
        }
        return years
    }

    private static func group(_ node: YamlNode, overview: OverviewDescription, predecessor: String?) throws -> [HistoryYear] {
        var seen: [Int: HistoryYear] = [:]
        for item in try node.items() {
            let year = try self.year(item, overview: overview, predecessor: predecessor)
            if let first = seen[year.year] {
                throw InputError("År \(year.year) står redan på rad \(first.location.line ?? 0); varje år står en gång.", at: year.location)
            }
            seen[year.year] = year
        }
        return seen.values.sorted { $0.year > $1.year }
    }

    static func year(_ node: YamlNode, overview: OverviewDescription, predecessor: String?) throws -> HistoryYear {
        let stated = overview.statedRows
        for row in overview.rows where !row.isStated {
            if let given = try node.optional(row.id) {
                throw given.error("\(row.label) räknas ur historikens övriga tal; skriv inte in den.")
            }
        }
        try node.allowKeys(["år"] + stated.map(\.id) + ["deltagare_kvinnor", "deltagare_män"])
        let year = try node.year("år")
        var figures: [String: Int64] = [:]
        for row in stated {
            guard let value = try node.optional(row.id) else {
                throw node.error("Historiken \(year) saknar \"\(row.id)\" (\(row.label)); varje år anger flerårsöversiktens rader "
                                 + stated.map { "\"\($0.id)\"" }.joined(separator: ", ") + ".")
            }
            figures[row.id] = Int64(row.unit == .count ? try value.int(in: 0...) : try value.int())
        }
        return HistoryYear(year: year, figures: figures, predecessor: predecessor, participants: try participants(node),
                           location: node.location)
    }

    /// `deltagare_kvinnor` and `deltagare_män`, both or neither.
    private static func participants(_ node: YamlNode) throws -> ParticipantCount? {
        let women = try node.optionalInt("deltagare_kvinnor", in: 0...)
        let men = try node.optionalInt("deltagare_män", in: 0...)
        switch (women, men) {
        case (nil, nil): return nil
        case let (women?, men?): return ParticipantCount(women: women, men: men)
        default: throw node.error("Ange både deltagare_kvinnor och deltagare_män, eller ingetdera.")
        }
    }
}

/// budget.csv: the year's budget per cost centre (kr; costs negative), for books without
/// #PBUDGET.
public struct CentreBudget: Sendable, Equatable {
    public var centre: String
    public var revenue: Money
    public var costs: Money
    public var file: String
    public var line: Int
    /// The `intäkter` and `kostnader` cells (a spreadsheet's cell name included), for messages
    /// about the amounts (`BudgetSignChecks.centres`).
    public var revenueLocation: SourceLocation
    public var costsLocation: SourceLocation
}

enum BudgetReader {
    static func read(_ table: CSVTable) throws -> [CentreBudget] {
        try table.requireColumns(["kostnadsställe", "intäkter", "kostnader"])
        var firstLines: [String: Int] = [:]
        return try table.rows.map { row in
            let centre = row.cells["kostnadsställe"] ?? ""
            if let first = firstLines[centre] {
                throw InputError("Kostnadsstället \(centre) står redan på rad \(first); slå ihop raderna till en.",
                                 at: table.location(row, "kostnadsställe"))
            }
            firstLines[centre] = row.line
            // A sign against the rule is a finding of the report (BudgetSignChecks.centres), as
            // for a budget by row: the file is readable, one figure in it is wrong.
            return CentreBudget(centre: centre, revenue: try table.money(row, "intäkter"), costs: try table.money(row, "kostnader"),
                                file: table.file, line: row.line, revenueLocation: table.location(row, "intäkter"),
                                costsLocation: table.location(row, "kostnader"))
        }
    }
}
