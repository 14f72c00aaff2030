import Foundation
import XCTest
@testable import ReportCore

/// Parsed files are kept by content: a file rewritten with the same size (within the same
/// second, so its size and modification time may look unchanged) is parsed anew, and a
/// file under another name is never given a parse made for a different one.
final class ParsedInputsTests: XCTestCase {
    func testAFileRewrittenWithTheSameSizeIsParsedAnew() throws {
        let path = try temporaryFile("folkmangd.yaml", "folkmängd: 9668\n")
        let store = ParsedInputs()
        XCTAssertEqual(try store.reading { try YamlNode.load(path: path, displayName: "medlemmar.yaml").int("folkmängd") }, 9668)
        try "folkmängd: 9669\n".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(try store.reading { try YamlNode.load(path: path, displayName: "medlemmar.yaml").int("folkmängd") }, 9669)
        try "folkmängd: 9668\n".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(try store.reading { try YamlNode.load(path: path, displayName: "medlemmar.yaml").int("folkmängd") }, 9668)
    }

    func testTheSameTextUnderAnotherNameKeepsItsOwnFileInItsFindings() throws {
        let store = ParsedInputs()
        let text = "En text med <b>html</b> i.\n"
        let first = store.reading { MarkdownReader.read(text, file: "texter/a.md") }
        let second = store.reading { MarkdownReader.read(text, file: "texter/b.md") }
        XCTAssertFalse(first.findings.isEmpty, "raw HTML must be a finding")
        XCTAssertTrue(first.findings.allSatisfy { $0.location?.file == "texter/a.md" }, "\(first.findings)")
        XCTAssertEqual(second.findings.count, first.findings.count)
        XCTAssertTrue(second.findings.allSatisfy { $0.location?.file == "texter/b.md" }, "\(second.findings)")
        XCTAssertEqual(store.reading { MarkdownReader.read(text, file: "texter/a.md") }.blocks, MarkdownReader.read(text, file: "texter/a.md").blocks)
    }

    private func temporaryFile(_ name: String, _ text: String) throws -> String {
        let folder = NSTemporaryDirectory() + "parsed-inputs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}
