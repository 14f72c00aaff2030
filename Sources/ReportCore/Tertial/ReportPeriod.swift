/// The months a report covers, from its first to its last month (both included): a
/// tertial report covers January–April or January–August. Named the Swedish way,
/// "januari–april 2017", with an en dash.
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public let start: YearMonth
    public let end: YearMonth

    /// Returns nil when `end` comes before `start`.
    public init?(start: YearMonth, end: YearMonth) {
        guard start <= end, (1...12).contains(start.month), (1...12).contains(end.month) else { return nil }
        self.start = start
        self.end = end
    }

    /// Tertial 1 = January–April, 2 = January–August, 3 = the whole year (accumulated,
    /// as tertial reports are).
    public init?(year: Int, tertial: Int) {
        guard (1...3).contains(tertial) else { return nil }
        self.init(start: YearMonth(year: year, month: 1), end: YearMonth(year: year, month: 4 * tertial))
    }

    public static let monthNames = ["januari", "februari", "mars", "april", "maj", "juni", "juli",
                                    "augusti", "september", "oktober", "november", "december"]

    public static func monthName(_ month: YearMonth) -> String { monthNames[month.month - 1] }

    /// "januari–april 2017"; "december 2016–mars 2017" across a year end; "april 2017".
    public var name: String {
        let first = Self.monthName(start), last = Self.monthName(end)
        if start == end { return "\(last) \(end.year)" }
        if start.year == end.year { return "\(first)–\(last) \(end.year)" }
        return "\(first) \(start.year)–\(last) \(end.year)"
    }

    /// Every month of the period, in order.
    public var months: [YearMonth] {
        var result: [YearMonth] = []
        var month = start
        while month <= end {
            result.append(month)
            month = month.month == 12 ? YearMonth(year: month.year + 1, month: 1) : YearMonth(year: month.year, month: month.month + 1)
        }
        return result
    }

    public func contains(_ month: YearMonth) -> Bool { start <= month && month <= end }

    /// January–December of `year`.
    public static func wholeYear(_ year: Int) -> ReportPeriod {
        ReportPeriod(january: year)
    }

    private init(january year: Int) {
        start = YearMonth(year: year, month: 1)
        end = YearMonth(year: year, month: 12)
    }

    public var description: String { name }
}

extension YearMonth {
    /// The month after this one.
    var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
}
