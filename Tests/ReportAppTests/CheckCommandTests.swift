import XCTest

/// `finsam-report check` on every bundled example folder, as the office would run it.
final class CheckCommandTests: XCTestCase {
    func testEveryExampleFolderPassesItsChecks() throws {
        for folder in ["examples/hello", "examples/sjuharad-2024", "examples/nordvastra-2024", "examples/sjuharad-2017-t1",
                       "examples/kvarnsjo-2023"] {
            let result = try CommandLineRunner.finsamReport(["check", folder])
            XCTAssertEqual(result.status, 0, "\(folder): \(result.standardError)")
            XCTAssertFalse(result.standardError.contains(": fel:"), result.standardError)
        }
    }

    func testTheTertialFoldersDisagreeingTablesAreReportedWithBothFigures() throws {
        let result = try CommandLineRunner.finsamReport(["check", "examples/sjuharad-2017-t1"])
        // Seed 002: in-flow per municipality sums to 207, the monthly table to 208.
        XCTAssertTrue(result.standardError.contains("varning: Tabellernas inflöde skiljer sig: 207"), result.standardError)
        XCTAssertTrue(result.standardError.contains("208"), result.standardError)
        XCTAssertTrue(result.standardOutput.contains("(2 varningar)"), result.standardOutput)
    }

    func testAnUnknownReportKindIsRefusedWithItsField() throws {
        let folder = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "typ: budget\n".write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.finsamReport(["check", folder])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("rapport.yaml:1 (fält \"typ\"): fel: Okänd rapporttyp \"budget\""), result.standardError)
    }
}
