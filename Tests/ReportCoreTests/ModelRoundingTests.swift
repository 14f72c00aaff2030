import XCTest
@testable import ReportCore

final class ModelRoundingTests: XCTestCase {
    func testHalfAwayFromZero() {
        XCTAssertEqual(TkrRule.round(Money(ore: 50_000)), Tkr(1))
        XCTAssertEqual(TkrRule.round(Money(ore: -50_000)), Tkr(-1))
        XCTAssertEqual(TkrRule.round(Money(ore: 49_999)), Tkr(0))
        XCTAssertEqual(TkrRule.round(Money(ore: -2_270_819_456)), Tkr(-22708))
    }

    func testTheOverviewLinesAddUpToTheResult() {
        // 18 022 000,00 + 4 932 379,70 − 22 708 194,56 = 246 185,14: rounding each line on
        // its own gives 18 022 + 4 932 − 22 708 = 246 only by the largest remainder.
        let column = TkrRule.column([Money(ore: 1_802_200_000), Money(ore: 493_237_970), Money(ore: -2_270_819_456)])
        XCTAssertEqual(column.lines, [Tkr(18022), Tkr(4932), Tkr(-22708)])
        XCTAssertEqual(column.total, Tkr(246))
    }

    /// Property: for any lines, the rounded lines add up to the rounded total, and no line
    /// moves more than one unit from its exact value.
    func testRoundedLinesAlwaysSumToTheRoundedTotal() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 1...15, using: &generator)
            let lines = (0..<count).map { _ in Money(ore: Int64.random(in: -5_000_000_000...5_000_000_000, using: &generator)) }
            for decimals in [0, 1] {
                let column = TkrRule.column(lines, decimals: decimals)
                XCTAssertEqual(column.lines.map(\.units).reduce(0, +), column.total.units, "\(lines)")
                XCTAssertEqual(column.total, TkrRule.round(lines.sum(), decimals: decimals))
                let unit = decimals == 0 ? 100_000.0 : 10_000.0
                for (line, rounded) in zip(lines, column.lines) {
                    XCTAssertLessThan(abs(Double(line.ore) / unit - Double(rounded.units)), 1.0)
                }
            }
        }
    }

    func testFormatting() {
        let sep = String(SwedishNumberFormat.thousandsSeparator)
        XCTAssertEqual(Tkr(-18609).formatted, "\u{2212}18\(sep)609")
        XCTAssertEqual(Tkr(units: 22521, decimals: 1).formatted, "2\(sep)252,1")
        XCTAssertEqual(Tkr(units: -5, decimals: 1).description, "-0.5")
    }
}
