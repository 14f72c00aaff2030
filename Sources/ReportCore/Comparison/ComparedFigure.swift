/// One printed figure as the comparison sees it: what the page shows, in the unit the page
/// shows it in, and the exact value in kronor where the model carries one.
public struct ComparedFigure: Equatable, Sendable {
    public enum Unit: String, Equatable, Sendable {
        case ore, kronor, tkr, tenthTkr, percent, count
        /// Tenths of a percent, printed with one decimal: 986 is "98,6 %".
        case perMille

        /// The unit as a reader of a listing sees it after a figure.
        public var suffix: String {
            switch self {
            case .ore, .kronor: return " kr"
            case .tkr, .tenthTkr: return " tkr"
            case .percent, .perMille: return "\u{00A0}%"
            case .count: return ""
            }
        }
    }

    /// The figure in units of `unit` (öre, kronor, tkr, tenths of tkr, percent, a count, per mille),
    /// with the sign the page prints.
    public var printed: Int64
    public var unit: Unit
    public var exact: Money?

    public init(printed: Int64, unit: Unit, exact: Money? = nil) {
        self.printed = printed
        self.unit = unit
        self.exact = exact
    }

    init(_ tkr: Tkr, exact: Money? = nil) {
        self.init(printed: tkr.units, unit: tkr.decimals == 1 ? .tenthTkr : .tkr, exact: exact)
    }

    /// The figure as the page prints it: "−18 609", "1 234,50", "191,0".
    public var text: String { Self.format(printed, unit: unit) }

    static func format(_ value: Int64, unit: Unit) -> String {
        switch unit {
        case .ore: return Money(ore: value).formattedKronor
        case .tenthTkr: return Tkr(units: value, decimals: 1).formatted
        case .perMille: return (value < 0 ? String(SwedishNumberFormat.minusSign) : "") + "\(abs(value) / 10),\(abs(value) % 10)"
        case .kronor, .tkr, .percent, .count: return SwedishNumberFormat.integer(value)
        }
    }

    /// Whether two figures read differently on the page or differ in their exact value.
    func differs(from other: ComparedFigure) -> Bool {
        printed != other.printed || unit != other.unit || exact != other.exact
    }
}
