import Foundation
import ReportApp
import ReportDocuments
import ReportLayout
@testable import ReportPreview
import XCTest

/// What the preview shows beyond the main document, and what it reads anew: a tertial
/// report's letters after the report, with a sentence saying so; a layout edited during a
/// session; the folder's own statement file; the watcher seeing the layouts folder.
final class PreviewContentsTests: XCTestCase {
    func testATertialPreviewShowsEachMembersLetterAfterTheReport() throws {
        let folder = try copy("examples/sjuharad-2017-t1")
        let snapshot = PreviewRefresher(folder: folder).refresh()
        XCTAssertTrue(snapshot.filesToFix.isEmpty, "\(snapshot.findings)")
        let members = try String(contentsOfFile: folder + "/medlemmar.yaml", encoding: .utf8)
            .components(separatedBy: "\n").filter { $0.hasPrefix("  - namn: ") }
        XCTAssertEqual(members.count, 11)
        let report = snapshot.pages.filter { $0.caption.hasPrefix("Tertialrapporten, sida ") }
        XCTAssertGreaterThan(report.count, 0)
        XCTAssertEqual(Array(snapshot.pages.prefix(report.count).map(\.caption)), (1...report.count).map { "Tertialrapporten, sida \($0)" })
        let letters = snapshot.pages.dropFirst(report.count)
        XCTAssertTrue(letters.allSatisfy { $0.caption.hasPrefix("brev-") }, "\(letters.map(\.caption))")
        XCTAssertEqual(letters.filter { $0.caption.hasSuffix(".pdf, sida 1") }.count, members.count)
        XCTAssertFalse(letters.contains { $0.caption.hasPrefix(LetterFileName.combined) }, "the printing file is not shown twice")
        let bollebygd = try XCTUnwrap(letters.first { $0.caption == "brev-bollebygd.pdf, sida 1" })
        XCTAssertTrue(bollebygd.text.contains("Bollebygds kommun"), bollebygd.text)
        XCTAssertTrue(bollebygd.text.contains("517 83 BOLLEBYGD"), bollebygd.text)
        XCTAssertEqual(snapshot.note, "Först tertialrapporten (\(report.count) sidor), sedan följebrevet till var och en av de 11 medlemmarna. "
                       + "I varje brevfil följer rapporten efter brevet; här visas den bara en gång, överst.")
        let page = String(decoding: PreviewStatus(snapshot).json(), as: UTF8.self)
        XCTAssertTrue(page.contains("\"caption\":\"brev-bollebygd.pdf, sida 1\""), "the page gets the captions")
    }

    func testAnAnnualPreviewSaysItShowsThePDFsPages() throws {
        let snapshot = PreviewRefresher(folder: try copy("examples/hello")).refresh()
        XCTAssertEqual(snapshot.pages.map(\.caption), (1...snapshot.pages.count).map { "Sida \($0)" })
        XCTAssertEqual(snapshot.note, "Sidorna visas som de blir i PDF-filen.")
    }

    /// A layout file saved during a session is read anew: the footer's text changes.
    func testAnEditedLayoutIsReadAnewBySession() throws {
        let layouts = try CommandLineRunner.temporaryDirectory() + "/layouts"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/layouts", toPath: layouts)
        setenv("FINSAM_LAYOUTS", layouts, 1)
        defer { unsetenv("FINSAM_LAYOUTS") }
        let refresher = PreviewRefresher(folder: try copy("examples/hello"))
        let first = refresher.refresh()
        XCTAssertTrue(first.pages[0].text.contains("Sida 1 av \(first.pages.count)"), first.pages[0].text)
        try edit(layouts + "/dokument.yaml", "höger: \"Sida {sida} av {sidor}\"", "höger: \"Blad {sida} av {sidor}\"")
        let edited = refresher.refresh()
        XCTAssertTrue(edited.pages[0].text.contains("Blad 1 av \(edited.pages.count)"), edited.pages[0].text)
        XCTAssertFalse(edited.pages[0].text.contains("Sida 1 av"))
    }

    /// The folder's own statement file (räkningar: rakningar.yaml) is read on every layout.
    func testTheFoldersOwnStatementFileIsReadAnew() throws {
        let folder = try copy("examples/kvarnsjo-2023")
        let session = RenderSession(folder: folder)
        let before = try text(session.layOut().document)
        try edit(folder + "/rakningar.yaml", "rubrik: Bidrag från medlemmarna", "rubrik: Medlemmarnas bidrag")
        let edited = try text(session.layOut().document)
        func count(_ text: String, _ phrase: String) -> Int { text.components(separatedBy: phrase).count - 1 }
        XCTAssertEqual(count(before, "Medlemmarnas bidrag"), 0)
        let renamed = count(edited, "Medlemmarnas bidrag")
        XCTAssertGreaterThan(renamed, 0, "the note's new heading is set")
        XCTAssertEqual(count(edited, "Bidrag från medlemmarna"), count(before, "Bidrag från medlemmarna") - renamed)
    }

    func testTheWatcherSeesASaveInAnyOfItsFolders() throws {
        let report = try CommandLineRunner.temporaryDirectory(), layouts = try CommandLineRunner.temporaryDirectory()
        try "a".write(toFile: report + "/rapport.yaml", atomically: true, encoding: .utf8)
        try "b".write(toFile: layouts + "/dokument.yaml", atomically: true, encoding: .utf8)
        let seen = expectation(description: "a saved layout is seen")
        seen.assertForOverFulfill = false
        FolderWatcher(folders: [report, layouts], interval: 0.05) { seen.fulfill() }.start()
        Thread.sleep(forTimeInterval: 0.2)
        try "bb".write(toFile: layouts + "/dokument.yaml", atomically: true, encoding: .utf8)
        wait(for: [seen], timeout: 2)
    }

    private func copy(_ example: String) throws -> String {
        let folder = try CommandLineRunner.temporaryDirectory() + "/" + (example as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/" + example, toPath: folder)
        return folder
    }

    private func text(_ document: LaidOutDocument) -> String {
        document.pages.map(PreviewRefresher.text(of:)).joined(separator: "\n")
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(old) not in \(path)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
