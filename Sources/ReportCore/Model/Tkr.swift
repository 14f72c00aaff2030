/// An amount rounded to thousands of kronor (tkr), whole or with one decimal. JSON form is
/// a decimal string ("-18609", "191.0"); `formatted` is Swedish ("−18 609", "191,0").
public struct Tkr: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The value in units of 10^-decimals tkr.
    public var units: Int64
    public var decimals: Int

    public init(units: Int64, decimals: Int = 0) {
        self.units = units
        self.decimals = decimals
    }

    /// Whole tkr (for tests and history input).
    public init(_ whole: Int64) { self.init(units: whole, decimals: 0) }

    /// öre per unit: 100 000 for whole tkr, 10 000 for tenths.
    var unitOre: Int64 { decimals == 0 ? 100_000 : 10_000 }

    public var formatted: String {
        let sign = units < 0 ? String(SwedishNumberFormat.minusSign) : ""
        guard decimals == 1 else { return sign + SwedishNumberFormat.grouped(units.magnitude) }
        return sign + SwedishNumberFormat.grouped(units.magnitude / 10) + "," + String(units.magnitude % 10)
    }

    public var description: String {
        guard decimals == 1 else { return String(units) }
        return (units < 0 ? "-" : "") + "\(units.magnitude / 10).\(units.magnitude % 10)"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: ".")
        let digits = parts.joined()
        self.init(units: Int64(digits) ?? 0, decimals: parts.count == 2 ? 1 : 0)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Rounding to tkr, in one place, by one rule (`TkrRule.rule`): the annual report and the
/// tertial report state the same sentence and round every tkr column here.
public enum TkrRule {
    public static let rule = "Belopp i tkr avrundas en gång, från exakta belopp i kronor och öre: en summa avrundas till närmaste tusental (hälften bort från noll), och raderna under en summa avrundas så att de tillsammans blir summan (största rest)."

    /// Half away from zero.
    public static func round(_ amount: Money, decimals: Int = 0) -> Tkr {
        Tkr(units: roundedQuotient(amount.ore, Tkr(units: 0, decimals: decimals).unitOre), decimals: decimals)
    }

    /// Rounds lines so that they add up to their rounded total: each line is rounded down,
    /// then the units still missing go to the lines with the largest remainders (earlier
    /// lines first on a tie).
    public static func column(_ lines: [Money], decimals: Int = 0) -> (lines: [Tkr], total: Tkr) {
        let total = round(lines.sum(), decimals: decimals)
        let rounded = LargestRemainder.split(numerators: lines.map(\.ore), denominator: total.unitOre, target: total.units)
        return (rounded.map { Tkr(units: $0, decimals: decimals) }, total)
    }
}
