/// A figure for this year and, where the books have it, last year.
public struct YearPair: Equatable, Sendable, Codable {
    public var thisYear: Money
    public var lastYear: Money?

    public init(_ thisYear: Money, _ lastYear: Money?) {
        self.thisYear = thisYear
        self.lastYear = lastYear
    }
}
