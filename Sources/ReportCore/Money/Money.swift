/// An exact amount of Swedish money, counted in öre (1 kr = 100 öre).
///
/// Money is never a floating-point number: every figure in a report must be right to
/// the öre, and sums must add up exactly.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic, CustomStringConvertible {
    public var ore: Int64

    public init(ore: Int64) { self.ore = ore }

    /// Whole kronor, e.g. `Money(kronor: 18_022_000)`.
    public init(kronor: Int64) { self.ore = kronor * 100 }

    public static let zero = Money(ore: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore + rhs.ore) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(ore: lhs.ore - rhs.ore) }
    public static prefix func - (value: Money) -> Money { Money(ore: -value.ore) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.ore < rhs.ore }

    public var isZero: Bool { ore == 0 }
    public var isNegative: Bool { ore < 0 }

    /// Plain machine form as SIE writes it: `-1234.50`, `0.00`.
    public var decimalString: String {
        let sign = ore < 0 ? "-" : ""
        let magnitude = ore.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    public var description: String { decimalString }
}

extension Sequence where Element == Money {
    /// The exact sum of a sequence of amounts.
    public func sum() -> Money { reduce(.zero, +) }
}
