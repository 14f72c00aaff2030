import Foundation
import ReportApp
import ReportLayout
import XCTest

/// The preview's warm layout keeps set lines and parsed files between layouts: after an
/// edit it must lay out exactly what a fresh session lays out for the edited folder (every
/// page item, the outline and the findings), and an edit undone must give the first
/// layout again.
final class WarmLayoutTests: XCTestCase {
    func testAParagraphEditIsLaidOutAsByAFreshSession() throws {
        let folder = try ExampleFolderCopy.make("examples/sjuharad-2024")
        let session = RenderSession(folder: folder)
        let before = try session.layOut()
        try ExampleFolderCopy.replace("Vissa anpassningar har gjorts", with: "Några anpassningar har gjorts", in: folder + "/texter/00-redovisningsprinciper.md", atomically: false)
        let warm = try session.layOut()
        XCTAssertNotEqual(before.document.pages, warm.document.pages, "the edit must change the pages")
        XCTAssertTrue(text(of: warm).contains("Några anpassningar"))
        try assertSame(warm, try RenderSession(folder: folder).layOut())
    }

    func testAYamlEditThatChangesAFigureIsLaidOutAsByAFreshSession() throws {
        let folder = try ExampleFolderCopy.make("examples/sjuharad-2024")
        let session = RenderSession(folder: folder)
        let before = try session.layOut()
        // historik.yaml's employees of 2023 appear in the multi-year overview.
        try ExampleFolderCopy.replace("    antal_anställda: 0\n    # Årsredovisningen 2024", with: "    antal_anställda: 7\n    # Årsredovisningen 2024",
                    in: folder + "/historik.yaml", atomically: false)
        let warm = try session.layOut()
        XCTAssertNotEqual(before.document.pages, warm.document.pages, "the edited figure must change the pages")
        try assertSame(warm, try RenderSession(folder: folder).layOut())
    }

    func testAnEditThenRevertedGivesTheFirstLayoutAgain() throws {
        let folder = try ExampleFolderCopy.make("examples/sjuharad-2024")
        let path = folder + "/texter/00-redovisningsprinciper.md"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let session = RenderSession(folder: folder)
        let before = try session.layOut()
        // Same length, so the file is rewritten with its size unchanged within the second.
        try ExampleFolderCopy.replace("Vissa anpassningar", with: "Andra anpassningar", in: path, atomically: false)
        let edited = try session.layOut()
        XCTAssertNotEqual(before.document.pages, edited.document.pages)
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        let reverted = try session.layOut()
        try assertSame(reverted, before)
        try assertSame(reverted, try RenderSession(folder: folder).layOut())
    }

    private func assertSame(_ warm: SessionLayout, _ cold: SessionLayout, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(warm.document.pages.count, cold.document.pages.count, file: file, line: line)
        for (index, (a, b)) in zip(warm.document.pages, cold.document.pages).enumerated() where a != b {
            XCTFail("page \(index + 1) differs from a fresh session's", file: file, line: line)
        }
        XCTAssertEqual(warm.document.outline.map { "\($0)" }, cold.document.outline.map { "\($0)" }, file: file, line: line)
        XCTAssertEqual(warm.findings.map { "\($0)" }, cold.findings.map { "\($0)" }, file: file, line: line)
    }

    private func text(of layout: SessionLayout) -> String {
        layout.document.pages.flatMap(\.items).compactMap { item -> String? in
            guard case let .text(run) = item.content else { return nil }
            return run.text
        }.joined(separator: " ")
    }
}
