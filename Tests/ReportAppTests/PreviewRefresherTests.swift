import Foundation
@testable import ReportPreview
import XCTest

/// The preview's snapshots, without a browser: pages painted once per change and kept
/// when their pixels did not change, and a broken input replacing the pages with its
/// finding, named by the file relative to the folder.
final class PreviewRefresherTests: XCTestCase {
    func testAnEditRepaintsOnlyTheChangedPageAndABrokenFileStopsThePages() throws {
        let folder = try CommandLineRunner.temporaryDirectory() + "/hello"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/hello", toPath: folder)
        let refresher = PreviewRefresher(folder: folder)
        let first = refresher.refresh()
        XCTAssertGreaterThanOrEqual(first.pages.count, 2, "hello should have at least two pages for this test")
        XCTAssertEqual(first.pages.map(\.token), Array(repeating: 1, count: first.pages.count))
        XCTAssertEqual(first.summary, "Kontrollerna godkände mappen. \(first.pages.count) sidor.")
        XCTAssertTrue(first.pages[0].text.contains("Samordningsförbundets årsredovisning"))

        try edit(folder + "/text.md", "# Samordningsförbundets årsredovisning", "# Samordningsförbundets berättelse")
        let edited = refresher.refresh()
        XCTAssertEqual(edited.version, 2)
        XCTAssertEqual(edited.pages[0].token, 2, "the edited page is painted again")
        XCTAssertNotEqual(edited.pages[0].png, first.pages[0].png)
        XCTAssertTrue(edited.pages[0].text.contains("Samordningsförbundets berättelse"))
        XCTAssertEqual(edited.pages.last?.token, 1, "an unchanged page keeps its picture")

        let yaml = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        try (yaml + "titel: [inte stängd\n").write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        let broken = refresher.refresh()
        XCTAssertTrue(broken.pages.isEmpty)
        XCTAssertEqual(broken.filesToFix, ["rapport.yaml"])
        let finding = try XCTUnwrap(broken.findings.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location?.file, "rapport.yaml")
        XCTAssertNotNil(finding.location?.line)
        XCTAssertTrue(broken.summary.hasPrefix("1 fel: rapporten kan inte göras"), broken.summary)

        try yaml.write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        let fixed = refresher.refresh()
        XCTAssertEqual(fixed.pages.count, first.pages.count)
        XCTAssertTrue(fixed.filesToFix.isEmpty)
    }

    func testTheStatusEmbedsSafelyInThePage() throws {
        var snapshot = PreviewSnapshot.empty
        snapshot.summary = "</script><script>alert(1)</script>"
        let json = String(decoding: PreviewStatus(snapshot).json(), as: UTF8.self)
        XCTAssertFalse(json.contains("</script>"))
        let page = PreviewPage.html(folderName: "<mapp>", initialState: json)
        XCTAssertTrue(page.contains("Förhandsgranskning av &lt;mapp&gt;"))
        XCTAssertEqual(page.components(separatedBy: "</script>").count, 2, "only the page's own script element closes")
        XCTAssertFalse(page.contains("http"), "the page loads nothing from elsewhere")
    }

    private func edit(_ path: String, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
