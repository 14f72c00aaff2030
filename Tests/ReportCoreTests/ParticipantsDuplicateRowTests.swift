import XCTest
@testable import ReportCore

/// deltagare.csv: a second row for the same municipality and gender (by its short or its
/// full name) is refused at its line, naming the first; it was summed silently.
final class ParticipantsDuplicateRowTests: XCTestCase {
    func refusal(appending row: String) throws -> InputError? {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "deltagare.csv") { $0 + row + "\n" }
        do {
            _ = try ReportFolder.load(path: folder.path)
            return nil
        } catch let error as InputError {
            return error
        }
    }

    func testASecondRowOfAMunicipalityAndGenderIsRefusedAtItsLine() throws {
        let lines = try String(contentsOfFile: ExampleFolders.path("nordvastra-2024/deltagare.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline)
        let first = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Ängsby;kvinnor;") }) + 1
        for row in ["Ängsby;kvinnor;5", "Ängsby kommun;kvinnor;5"] {
            let error = try XCTUnwrap(try refusal(appending: row), row)
            XCTAssertEqual(error.location, SourceLocation(file: "deltagare.csv", line: lines.count + 1, field: "kommun"), row)
            XCTAssertTrue(error.message.hasSuffix(", kvinnor står redan på rad \(first); slå ihop raderna till en."), error.message)
        }
        XCTAssertNil(try refusal(appending: "#Ängsby;kvinnor;5"), "a comment line is no row")
    }
}
