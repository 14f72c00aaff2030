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
}
