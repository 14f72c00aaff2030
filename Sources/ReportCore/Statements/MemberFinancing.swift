/// The members' contributions note: the state's half split between the state members,
/// the region's quarter, the municipalities' quarter split by population. tkr with one
/// decimal, rounded by the rule so that the rows add up.
public struct MemberFinancingNote: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var label: String
        public var amount: Money
        public var tkr: Tkr
    }

    public struct MunicipalityRow: Equatable, Sendable, Codable {
        public var name: String
        public var population: Int
        public var amount: Money
        public var tkr: Tkr
    }

    public var number: Int?
    public var title: String
    public var total: Money
    public var totalTkr: Tkr
    public var rows: [Row]
    public var municipalities: [MunicipalityRow]
    public var municipalTotalTkr: Tkr
    public var populationDate: CalendarDate?
}

enum MemberFinancingBuilder {
    static func build(total: Money, members: [MemberRecord], number: Int?, title: String) -> MemberFinancingNote {
        let state = members.filter { $0.kind == .state }
        let municipalities = members.filter { $0.kind == .municipality }
        let (labels, weights) = shares(members)
        let amounts = split(total, weights: weights)
        let tenths = TkrRule.column(amounts, decimals: 1)
        let rows = labels.indices.map { MemberFinancingNote.Row(label: labels[$0], amount: amounts[$0], tkr: tenths.lines[$0]) }
        let municipalAmount = municipalities.isEmpty ? Money.zero : amounts[state.count]
        let split = municipalSplit(municipalAmount, municipalities)
        return MemberFinancingNote(
            number: number, title: title, total: total, totalTkr: tenths.total, rows: rows, municipalities: split.rows,
            municipalTotalTkr: split.total, populationDate: municipalities.compactMap(\.populationDate).first)
    }

    /// The note's rows and their weights over a common denominator: state 1/2, region 1/4,
    /// municipalities 1/4 (with no region or no state, the weights of those there are).
    static func shares(_ members: [MemberRecord]) -> (labels: [String], weights: [Int64]) {
        let state = members.filter { $0.kind == .state }
        let regions = members.filter { $0.kind == .region }
        var labels = state.map(\.noteLabel)
        var weights = state.map { _ in Int64(2 * max(1, regions.count)) }
        if members.contains(where: { $0.kind == .municipality }) {
            labels.append("Kommuner")
            weights.append(Int64(max(1, state.count) * max(1, regions.count)))
        }
        labels += regions.map(\.noteLabel)
        weights += regions.map { _ in Int64(max(1, state.count)) }
        return (labels, weights)
    }

    /// Exact shares to the öre by largest remainder.
    static func split(_ total: Money, weights: [Int64]) -> [Money] {
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return weights.map { _ in .zero } }
        let ore = LargestRemainder.split(total.ore, weights: weights, target: total.ore)
        return ore.map { Money(ore: $0) }
    }

    /// Kronor to the öre, and tenths of tkr straight from the exact population shares.
    static func municipalSplit(_ amount: Money, _ municipalities: [MemberRecord]) -> (rows: [MemberFinancingNote.MunicipalityRow], total: Tkr) {
        let populations = municipalities.map { Int64($0.population ?? 0) }
        let people = populations.reduce(0, +)
        let totalTenths = TkrRule.round(amount, decimals: 1)
        guard people > 0 else { return ([], totalTenths) }
        let ore = LargestRemainder.split(amount.ore, weights: populations, target: amount.ore)
        let tenths = LargestRemainder.split(amount.ore, weights: populations, scale: 10_000, target: totalTenths.units)
        let rows = municipalities.indices.map {
            MemberFinancingNote.MunicipalityRow(name: municipalities[$0].shortName, population: Int(populations[$0]),
                                                amount: Money(ore: ore[$0]), tkr: Tkr(units: tenths[$0], decimals: 1))
        }
        return (rows, totalTenths)
    }
}
