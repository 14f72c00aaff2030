import Foundation
import XCTest
@testable import ReportCore

/// What used to trap on extreme input (a force unwrap, a precondition, an overflowing sum)
/// now gives a value or a located Swedish refusal.
final class NoCrashFromInputTests: XCTestCase {
    func testRoundedQuotientIsTotalOverInt64() {
        XCTAssertEqual(roundedQuotient(5, 0), 0)
        XCTAssertEqual(roundedQuotient(3, 2), 2)
        XCTAssertEqual(roundedQuotient(-3, 2), -2)
        XCTAssertEqual(roundedQuotient(3, -2), -2)
        XCTAssertEqual(roundedQuotient(1, 3), 0)
        XCTAssertEqual(roundedQuotient(2, 3), 1)
        // (2^63 − 1) / 2 = 4 611 686 018 427 387 903,5: half away from zero.
        XCTAssertEqual(roundedQuotient(Int64.max, 2), 4_611_686_018_427_387_904)
        XCTAssertEqual(roundedQuotient(Int64.min, 2), -4_611_686_018_427_387_904)
        XCTAssertEqual(roundedQuotient(Int64.max, Int64.max), 1)
        XCTAssertEqual(roundedQuotient(Int64.min, -1), Int64.max)
    }

    /// A 4E-shaped file with `count` #RES lines of the largest amount one line may hold.
    private func booksWithLargestResults(_ count: Int) -> [UInt8] {
        var lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#ORGNR 222000-1891", "#FNAMN \"Förbundet\"",
                     "#RAR 0 20240101 20241231"]
        for index in 0..<count { lines.append("#KONTO \(4000 + index) \"Konto\"") }
        for index in 0..<count { lines.append("#RES 0 \(4000 + index) -999999999999.99") }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    func testSumsPastTheBoundAreRefusedAtTheLineThatCrossesThem() throws {
        // Ten lines of 999 999 999 999,99 kr stay within 10 000 000 000 000 kr; the eleventh crosses.
        XCTAssertNoThrow(try SIEReader.parse(bytes: booksWithLargestResults(10), fileName: "bokforing.se"))
        XCTAssertThrowsError(try SIEReader.parse(bytes: booksWithLargestResults(11), fileName: "bokforing.se")) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.location.file, "bokforing.se")
            XCTAssertEqual(error.location.line, 6 + 11 + 11)
            XCTAssertTrue(error.message.contains("#RES") && error.message.contains("10\u{202F}000\u{202F}000\u{202F}000\u{202F}000,00 kr"),
                          error.message)
        }
    }

    func testTheLargestBooksWithinTheBoundComputeWithoutTrapping() throws {
        // Nine more #RES lines of the largest amount on member-contribution accounts of the example:
        // the report refuses the books (they no longer balance), but every sum is made.
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "bokforing.se") { text in
            text + (0..<9).map { "#KONTO 38\(50 + $0) \"Stort bidrag\"\r\n#RES 0 38\(50 + $0) -999999999999.99\r\n" }.joined()
        }
        let (model, findings) = AnnualReportBuilder.build(try ReportFolder.load(path: folder.path))
        XCTAssertNil(model)
        XCTAssertTrue(findings.contains { $0.severity == .error }, "\(findings)")
    }

    func testABoardBeyondTheCalendarGivesNoMembersInsteadOfACrash() {
        let input = BoardInput(members: [], chair: "A", adjuster: "B", location: SourceLocation(file: "styrelse.yaml"))
        let date = CalendarDate(year: 2025, month: 3, day: 1)!
        XCTAssertEqual(BoardBuilder.build(input, year: 0, decisionDate: date).members, [])
    }
}
