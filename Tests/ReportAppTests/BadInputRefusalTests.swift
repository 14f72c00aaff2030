import XCTest

/// The bad-input suite's reading of a printed refusal: a message that lacks the line, the
/// cell or the field its case gives, or names one where the case says there is none, fails.
final class BadInputRefusalTests: XCTestCase {
    private let key = Refusal(place: .line(4), named: .field("år"))

    func testAMessageNamingFileLineAndFieldPasses() {
        XCTAssertEqual(key.problems(#"rapport.yaml:4 (fält "år"): fel: okänd nyckel"#, changedFile: "rapport.yaml"), [])
        XCTAssertEqual(key.problems(#"rapport.yaml:4 (fält "period.år"): fel: dubbel"#, changedFile: "rapport.yaml"), [])
        let cell = Refusal(file: "budget.xlsx", place: .cell("Budget!C5"), named: .field("kostnader"))
        XCTAssertEqual(cell.problems(#"budget.xlsx, Budget!C5 (fält "kostnader"): fel: x"#, changedFile: "rapport.yaml"), [])
        let text = Refusal(place: .line(3), named: .inMessage(#""<b""#))
        XCTAssertEqual(text.problems(#"texter/a.md:3: fel: HTML ("<b") stöds inte"#, changedFile: "texter/a.md"), [])
    }

    func testAMessageLackingTheFieldOrLineFails() {
        XCTAssertEqual(key.problems("rapport.yaml:4: fel: okänd nyckel", changedFile: "rapport.yaml").count, 1, "no field")
        XCTAssertEqual(key.problems(#"rapport.yaml:4 (fält "året"): fel: x"#, changedFile: "rapport.yaml").count, 1, "another field")
        XCTAssertEqual(key.problems(#"rapport.yaml (fält "år"): fel: x"#, changedFile: "rapport.yaml").count, 1, "no line")
        XCTAssertEqual(key.problems(#"rapport.yaml:40 (fält "år"): fel: x"#, changedFile: "rapport.yaml").count, 1, "another line")
        XCTAssertEqual(key.problems(#"styrelse.yaml:4 (fält "år"): fel: x"#, changedFile: "rapport.yaml").count, 1, "another file")
        let cell = Refusal(place: .cell("Budget!C5"), named: .field("kostnader"))
        XCTAssertEqual(cell.problems("budget.xlsx, Budget!C5: fel: x", changedFile: "budget.xlsx").count, 1, "no column")
        let text = Refusal(place: .line(3), named: .inMessage(#""<b""#))
        XCTAssertEqual(text.problems("texter/a.md:3: fel: HTML stöds inte", changedFile: "texter/a.md").count, 1, "not quoted")
    }

    func testAMessageNamingWhatTheCaseSaysIsNotThereFails() {
        let folder = Refusal(place: .noLine(because: "a folder"), named: .nothing(because: "unreadable"))
        XCTAssertEqual(folder.problems("budget.csv: fel: Är en mapp, inte en fil.", changedFile: "budget.csv"), [])
        XCTAssertEqual(folder.problems("budget.csv:1: fel: Är en mapp", changedFile: "budget.csv").count, 1)
        XCTAssertEqual(folder.problems(#"budget.csv (fält "x"): fel: Är en mapp"#, changedFile: "budget.csv").count, 1)
    }
}
