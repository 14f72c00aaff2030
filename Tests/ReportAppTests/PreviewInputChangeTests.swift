import Foundation
import ReportApp
@testable import ReportPreview
import WorkbookFixtures
import XCTest

/// The preview follows every kind of input the office saves: a participants CSV edited in
/// place (same length), a cell of a participants workbook, a text file added to texter/ and
/// the same file deleted. Each is seen
/// by the watcher's stamps and shows in the next refresh as in a fresh session's layout.
final class PreviewInputChangeTests: XCTestCase {
    private func texts(_ snapshot: PreviewSnapshot) -> [String] { snapshot.pages.map(\.text) }

    private func freshTexts(_ folder: String) throws -> [String] {
        try RenderSession(folder: folder).layOut().document.pages.map(PreviewRefresher.text(of:))
    }

    func testACSVEditAndANewAndADeletedTextShowInTheNextRefresh() throws {
        let folder = try CommandLineRunner.temporaryDirectory() + "/nordvastra-2024"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/nordvastra-2024", toPath: folder)
        let refresher = PreviewRefresher(folder: folder)
        let first = refresher.refresh()
        XCTAssertTrue(first.findings.allSatisfy { $0.severity != .error })
        // The example's row for Ängsby: 41 women and 30 men, 71 in all.
        let row = { (snapshot: PreviewSnapshot) in self.texts(snapshot).joined(separator: " ").contains("Ängsby 41 30 71") }
        XCTAssertTrue(row(first), texts(first).joined(separator: "\n"))

        var stamps = FileStamps.of(folder)
        let csv = folder + "/deltagare.csv"
        let original = try String(contentsOfFile: csv, encoding: .utf8)
        try original.replacingOccurrences(of: "Ängsby;kvinnor;41", with: "Ängsby;kvinnor;52")
            .write(toFile: csv, atomically: false, encoding: .utf8)
        XCTAssertNotEqual(FileStamps.of(folder), stamps, "a same-length CSV edit must be seen")
        stamps = FileStamps.of(folder)
        let edited = refresher.refresh()
        XCTAssertTrue(texts(edited).joined(separator: " ").contains("Ängsby 52 30 82"), texts(edited).joined(separator: "\n"))
        XCTAssertFalse(row(edited))
        XCTAssertEqual(texts(edited), try freshTexts(folder))

        let added = folder + "/texter/02-nytt-avsnitt.md"
        try "# Nytt avsnitt om samverkan\n\nEn helt ny text om samverkan med vården.\n".write(toFile: added, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(FileStamps.of(folder), stamps, "a new text must be seen")
        stamps = FileStamps.of(folder)
        let grown = refresher.refresh()
        XCTAssertTrue(texts(grown).contains { $0.contains("En helt ny text om samverkan med vården.") }, texts(grown).joined(separator: "\n"))
        XCTAssertEqual(texts(grown), try freshTexts(folder))

        try FileManager.default.removeItem(atPath: added)
        XCTAssertNotEqual(FileStamps.of(folder), stamps, "a deleted text must be seen")
        let shrunk = refresher.refresh()
        XCTAssertFalse(texts(shrunk).contains { $0.contains("En helt ny text om samverkan") })
        XCTAssertEqual(texts(shrunk), texts(edited))
        XCTAssertEqual(texts(shrunk), try freshTexts(folder))
    }

    /// A workbook saved with a cell that no longer adds up to the office's own "Summa" row:
    /// the next refresh names the workbook; saved back, the pages are the first ones again.
    func testAChangedWorkbookCellShowsInTheNextRefresh() throws {
        let folder = try CommandLineRunner.temporaryDirectory() + "/sjuharad-2024"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let report = folder + "/rapport.yaml"
        let yaml = try String(contentsOfFile: report, encoding: .utf8)
        XCTAssertTrue(yaml.contains("  deltagare: deltagare.csv\n"))
        try yaml.replacingOccurrences(of: "  deltagare: deltagare.csv\n", with: "  deltagare: { fil: deltagare.xlsx, blad: Deltagare 2024 }\n")
            .write(toFile: report, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "/deltagare.csv")
        let workbook = URL(fileURLWithPath: folder + "/deltagare.xlsx")
        try FileManager.default.copyItem(at: CommandLineRunner.repository.appendingPathComponent("Tests/ReportCoreTests/Fixtures/xlsx/deltagare.xlsx"),
                                         to: workbook)
        let refresher = PreviewRefresher(folder: folder)
        let first = refresher.refresh()
        XCTAssertFalse(first.pages.isEmpty, "\(first.findings)")
        XCTAssertFalse(first.findings.contains { $0.location?.file == "deltagare.xlsx" }, "\(first.findings)")

        // Bollebygd's women, 17 in the example, now 18: the Summa row no longer holds.
        let cell = "<c r=\"C4\" t=\"n\"><v>17</v></c>", changed = "<c r=\"C4\" t=\"n\"><v>18</v></c>"
        try WorkbookRewrite.rewrite(workbook, part: "xl/worksheets/sheet2.xml") { sheet in
            XCTAssertTrue(sheet.contains(cell))
            return sheet.replacingOccurrences(of: cell, with: changed)
        }
        let edited = refresher.refresh()
        XCTAssertTrue(edited.findings.contains { $0.location?.file == "deltagare.xlsx" }, "\(edited.findings)")

        try WorkbookRewrite.rewrite(workbook, part: "xl/worksheets/sheet2.xml") { $0.replacingOccurrences(of: changed, with: cell) }
        let restored = refresher.refresh()
        XCTAssertEqual(restored.pages.map(\.text), first.pages.map(\.text))
        XCTAssertEqual(restored.findings.map(\.message), first.findings.map(\.message))
    }
}
