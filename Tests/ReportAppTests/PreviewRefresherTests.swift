import Foundation
import ReportApp
@testable import ReportPreview
import XCTest

/// The preview's snapshots, without a browser: pages laid out on every change, painted only
/// when asked for and then once per change, an unchanged page keeping its token and its
/// picture; a broken input replacing the pages with its finding, named by the file relative
/// to the folder; the served PDF the bytes `render` writes for the same folder.
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
        XCTAssertEqual(refresher.paintedPages, 0, "nothing is painted before the browser asks")
        let firstPicture = try refresher.png(of: first, number: 1)
        XCTAssertEqual(Array(firstPicture.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(try refresher.png(of: first, number: 1), firstPicture)
        let lastPicture = try refresher.png(of: first, number: first.pages.count)
        XCTAssertEqual(refresher.paintedPages, 2, "a page asked for twice is painted once")

        try edit(folder + "/text.md", "# Samordningsförbundets årsredovisning", "# Samordningsförbundets berättelse")
        let edited = refresher.refresh()
        XCTAssertEqual(edited.version, 2)
        XCTAssertEqual(edited.pages[0].token, 2, "the edited page gets a new token")
        XCTAssertTrue(edited.pages[0].text.contains("Samordningsförbundets berättelse"))
        XCTAssertEqual(edited.pages.last?.token, 1, "an unchanged page keeps its token")
        XCTAssertEqual(refresher.paintedPages, 2, "a refresh paints nothing")
        XCTAssertNotEqual(try refresher.png(of: edited, number: 1), firstPicture)
        XCTAssertEqual(try refresher.png(of: edited, number: edited.pages.count), lastPicture)
        XCTAssertEqual(refresher.paintedPages, 3, "only the changed page is painted again")
        XCTAssertEqual(try RenderSession(folder: folder).png(edited.laidOut[0], pixelsPerPoint: PreviewRefresher.pixelsPerPoint),
                       try refresher.png(of: edited, number: 1), "the picture of a cold session")

        let yaml = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        try (yaml + "titel: [inte stängd\n").write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        let broken = refresher.refresh()
        XCTAssertTrue(broken.pages.isEmpty)
        XCTAssertNil(try refresher.pdf(of: broken), "no PDF while a finding stops the pages")
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
        XCTAssertEqual(fixed.pages[0].token, fixed.version, "after a stop every page is new")
    }

    /// The PDF the preview serves is the shown version's, byte for byte what `render` writes.
    func testTheServedPDFIsWhatRenderWritesForTheShownVersion() throws {
        let folder = try CommandLineRunner.temporaryDirectory() + "/sjuharad-2024"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let refresher = PreviewRefresher(folder: folder)
        let first = refresher.refresh()
        try edit(folder + "/texter/00-redovisningsprinciper.md", "Vissa anpassningar har gjorts", "Några anpassningar har gjorts")
        let edited = refresher.refresh()
        XCTAssertEqual(edited.pages.filter { $0.token == edited.version }.count, 1, "one page changed: \(edited.pages.map(\.token))")
        let served = try XCTUnwrap(try refresher.pdf(of: edited))
        XCTAssertEqual(try refresher.pdf(of: edited), served)
        let rendered = try RenderSession(folder: folder).render(outputDirectory: try CommandLineRunner.temporaryDirectory())
        XCTAssertEqual(Data(served), try Data(contentsOf: URL(fileURLWithPath: rendered.paths[0])), "the bytes of render")
        let earlier = try XCTUnwrap(try refresher.pdf(of: first))
        XCTAssertNotEqual(earlier, served, "an older snapshot's PDF is its own")
        let path = try CommandLineRunner.temporaryDirectory() + "/forhandsgranskning.pdf"
        try Data(served).write(to: URL(fileURLWithPath: path))
        let text = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", path, "-"]).standardOutput
        XCTAssertTrue(text.contains("Några anpassningar har gjorts"))
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
