/// A calendar date without time or zone, as bookkeeping uses them. Printed the Swedish
/// way, 2025-02-03; read from SIE's 20250203.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil for a date that does not exist (2023-02-29, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYYMMDD` (SIE) or `YYYY-MM-DD` (our yaml files).
    public init?(compact text: Substring) {
        let digits = text.filter { $0 != "-" }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              text.count == 8 || (text.count == 10 && text.dropFirst(4).first == "-" && text.dropFirst(7).first == "-"),
              let value = Int(digits) else { return nil }
        self.init(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    public init?(_ text: String) { self.init(compact: text[...]) }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 2025-02-03
    public var description: String {
        "\(year)-\(pad(month))-\(pad(day))"
    }

    /// 20250203, as SIE writes dates.
    public var compact: String { "\(year)\(pad(month))\(pad(day))" }

    private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A calendar month, the unit of SIE's period balances (`#PSALDO 0 202404 ...`).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Reads `YYYYMM`.
    public init?(compact text: Substring) {
        guard text.count == 6, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text) else { return nil }
        guard (1...12).contains(value % 100) else { return nil }
        self.init(year: value / 100, month: value % 100)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }

    public var compact: String { "\(year)\(month < 10 ? "0" : "")\(month)" }
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }
}
