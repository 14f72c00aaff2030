/// The one rounding rule of the reports' tkr columns: a total is rounded half away from
/// zero from its exact sum; the lines under it are rounded by largest remainder so that
/// they add up to the rounded total.
///
/// Written here for the tertial report; the annual report's drift table needs the same
/// rule and can move this file to a shared place unchanged.
public enum TkrRounding {
    /// The rule as the report states it.
    public static let statement = "Beloppen i tkr är avrundade: summorna från exakta belopp, "
        + "raderna så att de summerar till summan (största rest)."

    /// Exact öre to whole tkr, half away from zero: 1 500,00 kr → 2, −1 500,00 kr → −2.
    public static func rounded(_ amount: Money) -> Int64 {
        let magnitude = (amount.ore.magnitude + 50_000) / 100_000
        return amount.ore < 0 ? -Int64(magnitude) : Int64(magnitude)
    }

    /// The lines in tkr, adding up to `rounded(sum of lines)`: each line is floored, and the
    /// missing units go to the lines with the largest remainders (earlier lines first on ties).
    public static func lines(_ amounts: [Money]) -> (lines: [Int64], total: Int64) {
        let total = rounded(amounts.sum())
        let floors = amounts.map { floorDiv($0.ore, 100_000) }
        let remainders = zip(amounts, floors).map { $0.0.ore - $0.1 * 100_000 }
        var lines = floors
        let missing = Int(total - floors.reduce(0, +))
        let order = remainders.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in order.prefix(max(0, missing)) { lines[index] += 1 }
        return (lines, total)
    }

    private static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }
}
