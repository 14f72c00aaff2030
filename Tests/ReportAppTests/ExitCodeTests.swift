import Foundation
import XCTest

/// The command line's one error boundary: 0 ok, 1 findings, 2 unusable input or usage,
/// every message in Swedish.
final class ExitCodeTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    private func assertUsage(_ arguments: [String], says expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try CommandLineRunner.finsamReport(arguments)
        XCTAssertEqual(result.status, 2, result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.contains(expected), result.standardError, file: file, line: line)
        XCTAssertFalse(result.standardError.contains("Error") || result.standardError.contains("Usage"), result.standardError,
                       file: file, line: line)
    }

    func testUsageErrorsExitTwoInSwedish() throws {
        try assertUsage(["render"], says: "fel: argumentet <folder> saknas.")
        try assertUsage(["render", "examples/hello", "--utdata", "x"], says: "fel: okänd flagga --utdata.")
        try assertUsage(["render", "examples/hello", "-o"], says: "värde saknas för")
        try assertUsage(["rendera", "examples/hello"], says: "fel:")
        try assertUsage(["render", "examples/hello", "-o", ""], says: "utdatamappen (-o) får inte vara tom")
        XCTAssertEqual(try CommandLineRunner.finsamReport(["--help"]).status, 0)
    }

    func testUnwritableOutputFolderExitsTwo() throws {
        let blocker = work + "/en-fil"
        FileManager.default.createFile(atPath: blocker, contents: Data())
        let result = try CommandLineRunner.finsamReport(["render", "examples/hello", "-o", blocker + "/ut"])
        XCTAssertEqual(result.status, 2, result.standardError)
        XCTAssertTrue(result.standardError.contains("Kunde inte skapa mappen för utdata"), result.standardError)
        let onFile = try CommandLineRunner.finsamReport(["render", "examples/hello", "-o", blocker])
        XCTAssertEqual(onFile.status, 2, onFile.standardError)
        XCTAssertTrue(onFile.standardError.contains("är en fil"), onFile.standardError)
    }

    func testBrokenLayoutFileIsSwedishWithFileAndLineAndExitsTwo() throws {
        let layouts = work + "/layouts"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/layouts", toPath: layouts)
        let style = layouts + "/dokument.yaml"
        let text = try String(contentsOfFile: style, encoding: .utf8)
        try (text + "\ntrasig: [1, 2\n").write(toFile: style, atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.tool("env", ["FINSAM_LAYOUTS=\(layouts)", CommandLineRunner.executable.path,
                                                        "render", "examples/hello", "-o", work + "/ut"])
        XCTAssertEqual(result.status, 2, result.standardError)
        XCTAssertTrue(result.standardError.contains("dokument.yaml:"), result.standardError)
        XCTAssertTrue(result.standardError.contains("fel i yaml-syntaxen"), result.standardError)
        XCTAssertFalse(result.standardError.contains("expected") || result.standardError.contains("Error:"), result.standardError)
    }

    func testStaleTemporaryFileOfAKilledRenderIsRemoved() throws {
        let output = work + "/ut"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // A process id above the kernel's pid_max cannot be running.
        let stale = output + "/.hello.pdf.99999999.tmp"
        FileManager.default.createFile(atPath: stale, contents: Data("halv pdf".utf8))
        let result = try CommandLineRunner.finsamReport(["render", "examples/hello", "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), ["hello.pdf"])
    }

    func testFindingsExitOne() throws {
        let folder = work + "/sjuharad-2024"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let books = folder + "/bokforing.se"
        let text = try XCTUnwrap(String(data: try Data(contentsOf: URL(fileURLWithPath: books)), encoding: .isoLatin1))
        try XCTUnwrap(text.replacingOccurrences(of: "#RAR 0 20240101 20241231", with: "#RAR 0 20240701 20250630")
            .data(using: .isoLatin1)).write(to: URL(fileURLWithPath: books))
        let check = try CommandLineRunner.finsamReport(["check", folder])
        XCTAssertEqual(check.status, 1, check.standardError)
        XCTAssertTrue(check.standardError.contains("bokforing.se:8 (fält \"start\"): fel: #RAR 0 anger ett brutet räkenskapsår"), check.standardError)
        let render = try CommandLineRunner.finsamReport(["render", folder, "-o", work + "/ut"])
        XCTAssertEqual(render.status, 1, render.standardError)
        XCTAssertTrue(render.standardError.contains("Inget skrevs"), render.standardError)
    }
}
