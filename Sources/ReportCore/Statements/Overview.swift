/// The multi-year overview as printed: the rows the association chose (label, unit, one
/// figure per column) and the columns (this year from the books, earlier years from
/// historik.yaml, a predecessor's years under its caption). Amounts are whole tkr, counts
/// whole numbers, ratios whole percent.
public struct MultiYearOverview: Equatable, Sendable, Codable {
    public struct Column: Equatable, Sendable, Codable {
        public var year: Int
        /// This year's column, computed from the books.
        public var computed: Bool
        /// The caption over a predecessor organisation's columns.
        public var predecessor: String?
    }

    public struct Row: Equatable, Sendable, Codable {
        public var id: String
        public var label: String
        public var unit: OverviewDescription.Unit
        /// A sum of other rows, printed as a subtotal.
        public var isSum: Bool
        public var plusSign: Bool
        public var role: StatementRole?
        /// A ratio's numerator and denominator rows (their ids), for the explanation under the table.
        public var ratio: [String]?
        /// One figure per column: tkr, a count or a percent.
        public var values: [Int64]
        /// This year's exact amount (tkr rows).
        public var exact: Money?
    }

    public var columns: [Column]
    public var rows: [Row]

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
    public func row(role: StatementRole) -> Row? { rows.first { $0.role == role } }

    /// A label inside a sentence: "Årets resultat" becomes "årets resultat"; an
    /// abbreviation ("ESF-bidrag") keeps its capitals.
    public static func inSentence(_ label: String) -> String {
        guard let first = label.first, label.dropFirst().first?.isUppercase != true else { return label }
        return first.lowercased() + label.dropFirst()
    }

    /// This year's figure of the row with the role, in tkr.
    public func thisYear(_ role: StatementRole) -> Tkr? {
        row(role: role).flatMap(\.values.first).map { Tkr($0) }
    }
}

/// Soliditet: equity (the year's result included) over total assets.
public struct Solvency: Equatable, Sendable, Codable {
    public var equity: Money
    public var totalAssets: Money
    public var equityTkr: Tkr
    public var totalAssetsTkr: Tkr
    public var percent: Int
}

enum OverviewBuilder {
    static func solvency(equity: Money, assets: Money) -> Solvency {
        Solvency(equity: equity, totalAssets: assets, equityTkr: TkrRule.round(equity), totalAssetsTkr: TkrRule.round(assets),
                 percent: percent(equity.ore, assets.ore))
    }

    /// Whole percent, half away from zero, from exact figures.
    static func percent(_ numerator: Int64, _ denominator: Int64) -> Int {
        denominator == 0 ? 0 : Int(roundedQuotient(numerator * 100, denominator))
    }

    /// The overview and its findings: this year's figures from the statements (and the named
    /// figures), the history checked against itself and last year's books.
    static func make(_ inputs: ReportInputs, evaluator: StatementEvaluator,
                     figures: [String: NamedFigure]) -> (MultiYearOverview, [Finding]) {
        let description = inputs.statements.overview ?? .empty
        let statements = StatementReader(evaluator: evaluator, set: inputs.statements)
        let thisYear = OverviewFigures.compute(description, statements: statements, lastYear: false, figures: figures)
        let lastYear = OverviewFigures.compute(description, statements: statements, lastYear: true)
        let year = inputs.settings.year
        let column = HistoryChecks.Year(year: year, figures: thisYear.rounded(description), predecessor: nil, computed: true, location: nil)
        let findings = thisYear.findings + HistoryChecks.run(description, thisYear: column, history: inputs.history, lastYear: lastYear)
        return (build(description, year: year, thisYear: thisYear, history: inputs.history), findings)
    }

    /// This year's column from the exact figures, then the latest earlier years (the
    /// association's own, then its predecessors'), as many as the description has columns.
    static func build(_ description: OverviewDescription, year: Int, thisYear: OverviewFigures,
                      history: [HistoryYear]) -> MultiYearOverview {
        let earlier = history.filter { $0.year < year }.prefix(description.columns - 1)
        let columns = [MultiYearOverview.Column(year: year, computed: true, predecessor: nil)]
            + earlier.map { MultiYearOverview.Column(year: $0.year, computed: false, predecessor: $0.predecessor) }
        let rounded = thisYear.rounded(description)
        let rows = description.rows.map { row -> MultiYearOverview.Row in
            var values = [rounded[row.id] ?? 0]
            for past in earlier { values.append(historyValue(row, past, description)) }
            var ratio: [String]?
            if case let .ratio(numerator, denominator) = row.source { ratio = [numerator, denominator] }
            return MultiYearOverview.Row(
                id: row.id, label: row.label, unit: row.unit, isSum: !row.sumTerms.isEmpty, plusSign: row.plusSign,
                role: row.role, ratio: ratio, values: values, exact: thisYear.exact[row.id])
        }
        return MultiYearOverview(columns: columns, rows: rows)
    }

    /// A stated figure, or a ratio computed from the stated (rounded) figures as printed then.
    static func historyValue(_ row: OverviewDescription.Row, _ past: HistoryYear, _ description: OverviewDescription) -> Int64 {
        guard case let .ratio(numerator, denominator) = row.source else { return past.figures[row.id] ?? 0 }
        return Int64(percent(past.figures[numerator] ?? 0, past.figures[denominator] ?? 0))
    }
}
