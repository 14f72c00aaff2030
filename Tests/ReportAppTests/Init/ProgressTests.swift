import Foundation
import ReportApp
import XCTest

/// A line per stage on stderr for a run longer than a second, nothing for a quick one,
/// and `-q`/`--tyst` for scripts.
final class ProgressTests: XCTestCase {
    func testAQuickRunPrintsNothing() {
        var lines: [String] = []
        let log = ProgressLog(sink: { lines.append($0) }, threshold: 60)
        log.stage("Läser bokföringen") {}
        log.stage("Sätter sidorna") {}
        XCTAssertEqual(lines, [])
    }

    /// Once the run has lasted the threshold, the held lines come out in order, with ms.
    func testALongRunPrintsEveryStageWithItsTime() {
        var lines: [String] = []
        let log = ProgressLog(sink: { lines.append($0) }, threshold: 0.05)
        log.stage("Läser bokföringen") {}
        XCTAssertEqual(lines, [])
        log.stage("Sätter sidorna") { usleep(80_000) }
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines[0].hasPrefix("Läser bokföringen … "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("Sätter sidorna … "), lines[1])
        let milliseconds = Int(lines[1].dropFirst("Sätter sidorna … ".count).dropLast(3)) ?? 0
        XCTAssertGreaterThanOrEqual(milliseconds, 80)
        XCTAssertTrue(lines[1].hasSuffix(" ms"))
    }

    func testQuietRenderPrintsNothingAndStillWrites() throws {
        let output = try CommandLineRunner.temporaryDirectory()
        for flag in ["-q", "--tyst"] {
            let result = try CommandLineRunner.finsamReport(["render", "examples/nordvastra-2024", "-o", output, flag])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertEqual(result.standardOutput, "")
            XCTAssertEqual(result.standardError, "")
            XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/nordvastra-2024.pdf"))
        }
        let checked = try CommandLineRunner.finsamReport(["check", "examples/nordvastra-2024", "-q"])
        XCTAssertEqual(checked.status, 0)
        XCTAssertEqual(checked.standardOutput + checked.standardError, "")
    }

    /// Quiet keeps the errors: a folder with findings still names them and exits 1.
    func testQuietKeepsErrors() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        XCTAssertEqual(try CommandLineRunner.finsamReport(["init", work + "/ny", "-q"]).standardOutput, "")
        let checked = try CommandLineRunner.finsamReport(["check", work + "/ny", "-q"])
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.standardError.contains("rapport.yaml:6 "), checked.standardError)
        XCTAssertEqual(checked.standardOutput, "")
    }

    /// The stages of a real render, when it takes longer than a second (a debug build on a
    /// shared machine does): each named, in order, with its time.
    func testASlowRenderNamesItsStages() throws {
        let output = try CommandLineRunner.temporaryDirectory()
        let start = Date()
        let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2024", "-o", output])
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(result.status, 0, result.standardError)
        let stages = result.standardError.components(separatedBy: "\n").filter { $0.hasSuffix(" ms") }
        guard seconds > 1.5 else { return XCTAssertTrue(stages.count <= 5) }
        XCTAssertEqual(stages.map { $0.components(separatedBy: " … ")[0] },
                       ["Läser bokföringen och rapportmappen", "Räknar och kontrollerar", "Läser typsnitten", "Sätter sidorna",
                        "Skriver och prövar PDF-filen"], result.standardError)
    }
}
