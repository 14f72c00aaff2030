/// historik.yaml: earlier years of the multi-year overview, in tkr as printed then.
public struct HistoryYear: Sendable, Equatable {
    public var year: Int
    public var memberRevenue: Int
    public var externalRevenue: Int
    public var costs: Int
    public var result: Int
    public var equity: Int
    public var totalAssets: Int
    public var employees: Int
    /// Participants that year, for prose comparing with last year.
    public var participants: ParticipantCount?
    public var location: SourceLocation
}

public struct ParticipantCount: Sendable, Equatable {
    public var women: Int
    public var men: Int
}

enum HistoryReader {
    static func read(_ root: YamlNode) throws -> [HistoryYear] {
        try root.allowKeys(["år"])
        return try root.required("år").items().map { node in
            try node.allowKeys(["år", "intäkt_från_medlemmar", "externa_projekt", "verksamhetens_kostnader", "årets_resultat",
                                "eget_kapital", "totala_tillgångar", "antal_anställda", "deltagare_kvinnor", "deltagare_män"])
            return HistoryYear(
                year: try node.year("år"), memberRevenue: try node.int("intäkt_från_medlemmar"),
                externalRevenue: try node.int("externa_projekt"), costs: try node.int("verksamhetens_kostnader"),
                result: try node.int("årets_resultat"), equity: try node.int("eget_kapital"),
                totalAssets: try node.int("totala_tillgångar"), employees: try node.optionalInt("antal_anställda", in: 0...) ?? 0,
                participants: try participants(node), location: node.location)
        }.sorted { $0.year > $1.year }
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
            let budget = CentreBudget(centre: centre, revenue: try table.money(row, "intäkter"),
                                      costs: try table.money(row, "kostnader"), file: table.file, line: row.line)
            guard budget.costs.ore <= 0 else {
                throw InputError("Kostnaderna ska skrivas med minustecken (som i bokföringen), men är \(budget.costs.kronorText).",
                                 at: table.location(row, "kostnader"))
            }
            guard !budget.revenue.isNegative else {
                throw InputError("Intäkterna ska skrivas utan minustecken, men är \(budget.revenue.kronorText).",
                                 at: table.location(row, "intäkter"))
            }
            return budget
        }
    }
}
