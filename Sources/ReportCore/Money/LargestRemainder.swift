/// Largest-remainder apportionment over exact fractions: the one way the reports turn
/// exact shares into whole units that add up (tkr columns, members' contributions).
enum LargestRemainder {
    /// Integers close to n_i / d summing to `target`: each fraction is floored, then the
    /// units still missing go to the largest remainders (earlier entries first on a tie).
    /// `target` must lie between the sum of the floors and that sum plus the count.
    static func split(numerators: [Int64], denominator: Int64, target: Int64) -> [Int64] {
        var floors = numerators.map { floorDiv($0, denominator) }
        let remainders = numerators.enumerated().map { ($0.offset, $0.element - floorDiv($0.element, denominator) * denominator) }
        var missing = target - floors.reduce(0, +)
        let order = remainders.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        var index = 0
        while missing > 0 && !order.isEmpty {
            floors[order[index % order.count]] += 1
            missing -= 1
            index += 1
        }
        return floors
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
