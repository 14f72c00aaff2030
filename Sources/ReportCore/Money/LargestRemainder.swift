/// Largest-remainder apportionment over exact fractions: the one way the reports turn
/// exact shares into whole units that add up (tkr columns, members' contributions).
enum LargestRemainder {
    /// Integers close to n_i / d summing to `target`: each fraction is floored, then the
    /// units still missing go to the largest remainders (earlier entries first on a tie).
    /// `target` must lie between the sum of the floors and that sum plus the count.
    static func split(numerators: [Int64], denominator: Int64, target: Int64) -> [Int64] {
        split(numerators: numerators.map { Int128($0) }, denominator: Int128(denominator), target: target)
    }

    /// `total` shared by `weights` (a population, a share) over `weights`' sum times `scale`:
    /// the products are made in 128 bits, so an amount times a population cannot overflow.
    static func split(_ total: Int64, weights: [Int64], scale: Int64 = 1, target: Int64) -> [Int64] {
        let sum = weights.reduce(Int128(0)) { $0 + Int128($1) } * Int128(scale)
        return split(numerators: weights.map { Int128(total) * Int128($0) }, denominator: sum, target: target)
    }

    /// Each share n_i / d lies within the target's magnitude, so every result fits in an Int64.
    private static func split(numerators: [Int128], denominator: Int128, target: Int64) -> [Int64] {
        guard denominator != 0 else { return numerators.map { _ in 0 } }
        var floors = numerators.map { floorDiv($0, denominator) }
        let remainders = numerators.enumerated().map { ($0.offset, $0.element - floorDiv($0.element, denominator) * denominator) }
        var missing = Int128(target) - floors.reduce(0, +)
        let order = remainders.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
        var index = 0
        while missing > 0 && !order.isEmpty {
            floors[order[index % order.count]] += 1
            missing -= 1
            index += 1
        }
        return floors.map { Int64(clamping: $0) }
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { Int64(clamping: floorDiv(Int128(a), Int128(b))) }

    private static func floorDiv(_ a: Int128, _ b: Int128) -> Int128 {
        let quotient = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
    }
}
