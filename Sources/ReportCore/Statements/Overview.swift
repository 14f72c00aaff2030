/// The multi-year overview (tkr): this year computed from the books, earlier years from
/// historik.yaml. "Externa projekt m.m." is every revenue but the members' contributions
/// (financial income included); "verksamhetens kostnader" every cost (financial costs
/// included); the three lines are rounded so that they add up to the rounded result.
public struct MultiYearOverview: Equatable, Sendable, Codable {
    public struct Column: Equatable, Sendable, Codable {
        public var year: Int
        public var memberRevenue: Tkr
        public var externalRevenue: Tkr
        public var costs: Tkr
        public var result: Tkr
        public var equity: Tkr
        public var totalAssets: Tkr
        public var solvencyPercent: Int
        public var employees: Int
        public var computed: Bool
    }

    public var columns: [Column]
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

    /// This year's three lines from the account plan's mapping (the members' contributions
    /// line, the other revenue, the costs), each the exact sum of its lines.
    static func build(year: Int, ledger: LedgerView, solvency: Solvency, employees: Int,
                      history: [HistoryYear]) -> MultiYearOverview {
        let incomeLines = ledger.mapping.incomeGroups.flatMap(\.lines)
        func amount(_ filter: (MappedLine) -> Bool) -> Money {
            incomeLines.filter(filter).map { ledger.lineResult(0, $0) }.sum()
        }
        let members = amount { $0.note == .memberContributions }
        let external = amount { $0.kind == .revenue && $0.note != .memberContributions }
        let costs = amount { $0.kind == .cost }
        let rounded = TkrRule.column([members, external, costs])
        var columns = [MultiYearOverview.Column(
            year: year, memberRevenue: rounded.lines[0], externalRevenue: rounded.lines[1], costs: rounded.lines[2],
            result: rounded.total, equity: solvency.equityTkr, totalAssets: solvency.totalAssetsTkr,
            solvencyPercent: solvency.percent, employees: employees, computed: true)]
        for past in history.filter({ $0.year < year }).prefix(5) {
            columns.append(.init(
                year: past.year, memberRevenue: Tkr(Int64(past.memberRevenue)), externalRevenue: Tkr(Int64(past.externalRevenue)),
                costs: Tkr(Int64(past.costs)), result: Tkr(Int64(past.result)), equity: Tkr(Int64(past.equity)),
                totalAssets: Tkr(Int64(past.totalAssets)), solvencyPercent: percent(Int64(past.equity), Int64(past.totalAssets)),
                employees: past.employees, computed: false))
        }
        return MultiYearOverview(columns: columns)
    }
}
