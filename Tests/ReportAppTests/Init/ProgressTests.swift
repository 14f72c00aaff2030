import Foundation
@testable import ReportApp
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

    func testALongStageIsGroupedAsSwedishFigures() {
        XCTAssertEqual(ProgressLog.line("Sätter sidorna", milliseconds: 1830), "Sätter sidorna … 1\u{202F}830 ms")
        XCTAssertEqual(ProgressLog.line("Läser typsnitten", milliseconds: 412), "Läser typsnitten … 412 ms")
    }

    static let annualStages = ["Läser bokföringen och rapportmappen", "Räknar och kontrollerar", "Läser typsnitten", "Sätter sidorna",
                               "Skriver och prövar PDF-filen"]

    /// Each stage of a render, named in order, whatever the machine's speed (threshold 0).
    func testARenderNamesEachStageInOrder() throws {
        var lines: [String] = []
        let log = ProgressLog(sink: { lines.append($0) }, threshold: 0)
        _ = try ReportRenderer(progress: log).render(folder: "examples/nordvastra-2024",
                                                      outputDirectory: try CommandLineRunner.temporaryDirectory())
        XCTAssertEqual(lines.map { $0.components(separatedBy: " … ")[0] }, Self.annualStages)
        XCTAssertTrue(lines.allSatisfy { $0.hasSuffix(" ms") }, "\(lines)")

        lines = []
        _ = try ReportRenderer(progress: log).render(folder: "examples/sjuharad-2017-t1",
                                                      outputDirectory: try CommandLineRunner.temporaryDirectory())
        let names = lines.map { $0.components(separatedBy: " … ")[0] }
        XCTAssertEqual(Array(names.prefix(4)),
                       ["Läser typsnitten", "Läser bokföringen och rapportmappen", "Räknar och kontrollerar", "Sätter sidorna"])
        XCTAssertEqual(names.dropFirst(4).first, "Skriver och prövar tertialrapport.pdf")
        XCTAssertGreaterThan(names.count, 6, "one line per letter written: \(names)")
    }

    /// The command line: a render that lasts over a second prints every stage on stderr and
    /// nothing on stdout but the written files. The tertial report with its eleven letters
    /// lasts several seconds in a debug build; the annual report lasts about one, so whether
    /// it printed depended on the machine's load and the test was flaky.
    func testASlowRenderPrintsItsStagesOnStandardError() throws {
        let output = try CommandLineRunner.temporaryDirectory()
        let start = Date()
        let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2017-t1", "-o", output])
        let seconds = Date().timeIntervalSince(start)
        XCTAssertEqual(result.status, 0, result.standardError)
        let written = result.standardOutput.split(separator: "\n")
        XCTAssertGreaterThan(written.count, 11, result.standardOutput)
        XCTAssertTrue(written.allSatisfy { $0.hasPrefix("Skrev \(output)/") && ($0.hasSuffix(".pdf") || $0.hasSuffix("-kontrollrapport.txt")) }, result.standardOutput)
        // Process start and exit fall outside the program's own clock: 2 s of wall time leaves
        // a second of margin above its one-second threshold.
        guard seconds >= 2 else { throw XCTSkip("the render took \(seconds) s, too quick to show the progress lines") }
        let stages = result.standardError.components(separatedBy: "\n").filter { $0.hasSuffix(" ms") }
        XCTAssertEqual(Array(stages.map { $0.components(separatedBy: " … ")[0] }.prefix(5)),
                       ["Läser typsnitten", "Läser bokföringen och rapportmappen", "Räknar och kontrollerar", "Sätter sidorna",
                        "Skriver och prövar tertialrapport.pdf"], result.standardError)
    }

    func testQuietRenderPrintsNothingAndStillWrites() throws {
        let output = try CommandLineRunner.temporaryDirectory()
        for flag in ["-q", "--tyst"] {
            let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2024", "-o", output, flag])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertEqual(result.standardOutput, "")
            XCTAssertEqual(result.standardError, "")
            XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/sjuharad-2024.pdf"))
            try FileManager.default.removeItem(atPath: output + "/sjuharad-2024.pdf")
        }
        let checked = try CommandLineRunner.finsamReport(["check", "examples/nordvastra-2024", "-q"])
        XCTAssertEqual(checked.status, 0)
        XCTAssertEqual(checked.standardOutput + checked.standardError, "")
        let loud = try CommandLineRunner.finsamReport(["check", "examples/nordvastra-2024"])
        XCTAssertNotEqual(loud.standardOutput, "", "without -q, check prints its summary")
    }

    /// Quiet keeps the errors: a folder with findings still names them and exits 1.
    func testQuietKeepsErrors() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        let made = try CommandLineRunner.finsamReport(["init", work + "/ny", "-q"])
        XCTAssertEqual(made.status, 0, made.standardError)
        XCTAssertEqual(made.standardOutput + made.standardError, "")
        let checked = try CommandLineRunner.finsamReport(["check", work + "/ny", "-q"])
        XCTAssertEqual(checked.status, 1)
        XCTAssertTrue(checked.standardError.contains("rapport.yaml:"), checked.standardError)
        XCTAssertTrue(checked.standardError.contains("Att göra:"), checked.standardError)
        XCTAssertEqual(checked.standardOutput, "")
        let rendered = try CommandLineRunner.finsamReport(["render", work + "/ny", "-o", work + "/ut", "-q"])
        XCTAssertEqual(rendered.status, 1)
        XCTAssertTrue(rendered.standardError.contains("Att göra:"), rendered.standardError)
    }
}
