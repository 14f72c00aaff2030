import XCTest
@testable import ReportCore

final class MoneyTests: XCTestCase {
    func testParsesExactAmounts() throws {
        XCTAssertEqual(try Money.parse("-100"), Money(ore: -10_000))
        XCTAssertEqual(try Money.parse("100.5"), Money(ore: 10_050))
        XCTAssertEqual(try Money.parse("-0.00"), Money(ore: 0))
        XCTAssertEqual(try Money.parse("1234.50"), Money(ore: 123_450))
        XCTAssertEqual(try Money.parse("-22704789.01"), Money(ore: -2_270_478_901))
    }

    func testRefusesMoreThanTwoDecimals() {
        XCTAssertThrowsError(try Money.parse("1.005")) { error in
            XCTAssertEqual(error as? Money.ParseError, .tooManyDecimals(3))
        }
        XCTAssertThrowsError(try Money.parse("12a"))
        XCTAssertThrowsError(try Money.parse("-"))
        XCTAssertThrowsError(try Money.parse(""))
    }

    func testSwedishFormat() {
        // Figures from the seed: U+2212 minus, U+202F between thousands, decimal comma.
        XCTAssertEqual(Money(ore: -2_270_478_901).formattedKronor, "\u{2212}22\u{202F}704\u{202F}789,01")
        XCTAssertEqual(Money(ore: 1_170_839_607).formattedKronor, "11\u{202F}708\u{202F}396,07")
        XCTAssertEqual(Money(ore: 5).formattedKronor, "0,05")
        XCTAssertEqual(SwedishNumberFormat.integer(18_022, explicitPlus: true), "+18\u{202F}022")
        XCTAssertEqual(SwedishNumberFormat.integer(-805), "\u{2212}805")
    }

    func testDatesAreChecked() {
        XCTAssertEqual(CalendarDate("20250203")?.description, "2025-02-03")
        XCTAssertEqual(CalendarDate("2024-02-29")?.compact, "20240229")
        XCTAssertNil(CalendarDate("20230229"))
        XCTAssertNil(CalendarDate("20241301"))
        XCTAssertNil(CalendarDate("2024013"))
    }
}
