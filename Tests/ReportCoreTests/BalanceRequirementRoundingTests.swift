import Foundation
import XCTest
@testable import ReportCore

/// The balance-requirement column in tkr: the year's result prints as the income statement
/// gives it in tkr, the balance-requirement result is rounded from its exact value, and the
/// rows add up to it. Expected figures are worked out by hand below, or recomputed here with
/// Decimal arithmetic independent of the code.
final class BalanceRequirementRoundingTests: XCTestCase {
    func kr(_ text: String) throws -> Money { try Money.parse(text) }

    /// Result 245 400 kr prints 245 tkr (half away from zero). The exempt realised gains
    /// of 400 kr make the total 245 800 kr, 246 tkr. The adjustments must add 246 − 245 = 1:
    /// the only one with a remainder (0,4 tkr) takes it. Rounding every row of the column
    /// together would print the result as 246 (its 0,4 remainder ties and comes first),
    /// 1 tkr off the income statement.
    func testResultRowKeepsItsOwnRoundingAndTheColumnAddsUp() throws {
        var input = BalanceRequirementInput()
        input.realisedGainsExempt = try kr("400.00")
        let requirement = BalanceRequirementBuilder.build(result: try kr("245400.00"), input: input)
        XCTAssertEqual(requirement.rows.map(\.tkr.units), [245, 0, 1, 0, 0, 0])
        XCTAssertEqual(requirement.resultTkr, Tkr(246))
    }

    /// Result −1 234 567,89 kr → −1 235 tkr. Adjustments: −2 300 (realised gains
    /// subtracted), +1 450,50 (unrealised), −600 (reversed): total −1 236 017,39 → −1 236.
    /// They must add −1236 − (−1235) = −1. Floors −3, 1, −1 (sum −3) with remainders 0,7,
    /// 0,4505 and 0,4: the two largest take a unit each → −2, 2, −1.
    func testNegativeResultWithSeveralAdjustments() throws {
        var input = BalanceRequirementInput()
        input.realisedGains = try kr("2300.00")
        input.unrealisedSecurities = try kr("1450.50")
        input.reversedUnrealisedSecurities = try kr("-600.00")
        let requirement = BalanceRequirementBuilder.build(result: try kr("-1234567.89"), input: input)
        XCTAssertEqual(requirement.rows.map(\.tkr.units), [-1235, -2, 0, 0, 2, -1])
        XCTAssertEqual(requirement.resultTkr, Tkr(-1236))
        XCTAssertEqual(requirement.result, try kr("-1236017.39"))
    }

    /// Many results and adjustments: the result row is the result rounded on its own, the
    /// total is the exact total rounded, every adjustment lies within 1 tkr of its exact
    /// value and the column adds up, each recomputed with Decimal.
    func testEveryColumnAddsUpAgainstAnIndependentComputation() throws {
        var seed: UInt64 = 0x2024_0511
        func next(_ range: Int64) -> Int64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int64(bitPattern: seed >> 11) % range
        }
        for _ in 0..<400 {
            let result = Money(ore: next(900_000_000))
            var input = BalanceRequirementInput()
            input.realisedGains = Money(ore: abs(next(40_000_000)))
            input.realisedGainsExempt = Money(ore: abs(next(3_000_000)))
            input.realisedLossesExempt = Money(ore: abs(next(3_000_000)))
            input.unrealisedSecurities = Money(ore: next(20_000_000))
            input.reversedUnrealisedSecurities = Money(ore: next(20_000_000))
            let requirement = BalanceRequirementBuilder.build(result: result, input: input)
            let exact = requirement.rows.map { Decimal($0.amount.ore) / 100_000 }
            let printed = requirement.rows.map(\.tkr.units)
            XCTAssertEqual(printed[0], Self.halfAwayFromZero(exact[0]), "\(result)")
            XCTAssertEqual(requirement.resultTkr.units, Self.halfAwayFromZero(exact.reduce(0, +)), "\(result)")
            XCTAssertEqual(printed.reduce(0, +), requirement.resultTkr.units, "\(result)")
            for (value, shown) in zip(exact.dropFirst(), printed.dropFirst()) {
                XCTAssertLessThan(abs(Decimal(shown) - value), 1, "\(result)")
            }
        }
    }

    static func halfAwayFromZero(_ value: Decimal) -> Int64 {
        var input = value, rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
