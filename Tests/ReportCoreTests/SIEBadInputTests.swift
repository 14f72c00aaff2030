import XCTest
@testable import ReportCore

/// Files that cannot be read: each gets its own Swedish message with the place.
final class SIEBadInputTests: XCTestCase {
    private func assertError(_ name: String, line: Int?, field: String?, contains parts: [String],
                             file: StaticString = #filePath, testLine: UInt = #line) {
        guard let error = SIEFixtures.inputError(name, file: file, line: testLine) else { return }
        XCTAssertEqual(error.location.file, SIEFixtures.path(name), file: file, line: testLine)
        XCTAssertEqual(error.location.line, line, error.message, file: file, line: testLine)
        XCTAssertEqual(error.location.field, field, error.message, file: file, line: testLine)
        for part in parts { XCTAssertTrue(error.message.contains(part), "\(error.message) lacks \(part)", file: file, line: testLine) }
    }

    func testMoreThanTwoDecimals() {
        assertError("bad-amount.se", line: 50, field: "belopp", contains: ["#TRANS fält 3 (belopp)", "fler än två decimaler", "\"-2000.001\""])
    }

    func testDateThatDoesNotExist() {
        assertError("bad-date.se", line: 52, field: "verdatum", contains: ["#VER fält 3 (verdatum)", "ÅÅÅÅMMDD", "\"20230229\""])
    }

    func testAccountThatIsNotANumber() {
        assertError("bad-account.se", line: 37, field: "kontonr", contains: ["#IB fält 2 (kontonr)", "\"24X1\""])
    }

    func testAmountTooLarge() {
        assertError("bad-too-large.se", line: 40, field: "saldo", contains: ["för stort", "92233720368547758.07"])
    }

    func testUnterminatedQuote() {
        assertError("bad-quote.se", line: 8, field: "fält 1", contains: ["#FNAMN", "citattecken"])
    }

    func testTruncatedVoucher() {
        assertError("truncated.se", line: 57, field: nil, contains: ["Verifikation B 1", "avslutas aldrig", "avkortad"])
    }

    func testEmptyFile() {
        assertError("empty.se", line: nil, field: nil, contains: ["Filen är tom"])
    }

    func testPDF() {
        assertError("not-sie.pdf", line: nil, field: nil, contains: ["Filen är en PDF"])
    }

    func testSpreadsheet() {
        assertError("not-sie.xlsx", line: nil, field: nil, contains: ["zip-arkiv", "xlsx"])
    }

    func testHTML() {
        assertError("not-sie.html", line: nil, field: nil, contains: ["webbsida (HTML)"])
    }

    func testMissingFile() {
        assertError("does-not-exist.se", line: nil, field: nil, contains: ["Filen finns inte"])
    }

    func testRecordsOutsideAndInsideBlocks() throws {
        let cases: [(String, String)] = [
            ("#FLAGGA 0\n#TRANS 1930 {} 1\n", "står utanför en verifikation"),
            ("#FLAGGA 0\n#VER A 1 20240101 \"x\"\n#TRANS 1930 {} 1\n", "saknar '{'"),
            ("#FLAGGA 0\n#VER A 1 20240101 \"x\"\n{\n#IB 0 1930 1\n}\n", "avslutas inte med '}'"),
            ("#FLAGGA 0\n}\n", "avslutar ingen verifikation"),
            ("#FLAGGA 0\nhej\n", "börjar inte med en etikett"),
            ("#FLAGGA 0\n#PSALDO 0 202413 3010 {} 1\n", "period"),
            ("#FLAGGA 0\n#TRANS 1930 {1 \"3001\" 1\n", "stängs inte"),
            ("#FLAGGA 0\n#KTYP 1930 X\n", "T (tillgång)"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try SIEReader.parse(bytes: Array(text.utf8), fileName: "t.se"), text) { error in
                let message = (error as? InputError)?.message ?? "\(error)"
                XCTAssertTrue(message.contains(expected), "\(message) lacks \(expected)")
            }
        }
    }
}
