import Foundation
import ReportApp
@testable import ReportPreview
import XCTest

/// The preview's session keeps its painter between renders. A logo overwritten with another
/// picture of the same byte size and the same modification time must show in the next
/// render, exactly as a fresh render of the folder shows it.
final class ImageReplacedInPlaceTests: XCTestCase {
    var folder = ""
    var logo: String { folder + "/logo.png" }
    let red = SolidPNG.make(width: 60, height: 30, red: 200, green: 20, blue: 20)
    let blue = SolidPNG.make(width: 60, height: 30, red: 20, green: 40, blue: 200)

    override func setUpWithError() throws {
        folder = try CommandLineRunner.temporaryDirectory()
        try "typ: dokument\ntitel: Logotyp\nlayout: dokument\ndatum: 2025-02-03\ninnehåll:\n  - text: text.md\n"
            .write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        try "# Förbundet\n\n![Förbundets logotyp](logo.png)\n\nText under bilden.\n\n![Logotypen igen](logo.png)\n"
            .write(toFile: folder + "/text.md", atomically: true, encoding: .utf8)
        try red.write(to: URL(fileURLWithPath: logo))
    }

    /// Overwrites the logo in place (same inode, same length) and sets its time back.
    private func overwriteLogo(with data: Data) throws {
        var before = stat()
        XCTAssertEqual(stat(logo, &before), 0)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logo))
        try handle.write(contentsOf: data)
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, logo, &times, 0), 0)
        var after = stat()
        XCTAssertEqual(stat(logo, &after), 0)
        XCTAssertEqual(after.st_size, before.st_size)
        XCTAssertEqual(after.st_mtim.tv_sec, before.st_mtim.tv_sec)
        XCTAssertEqual(after.st_mtim.tv_nsec, before.st_mtim.tv_nsec)
    }

    private func pdf(_ session: RenderSession) throws -> Data {
        let result = try session.render(outputDirectory: try CommandLineRunner.temporaryDirectory())
        return try Data(contentsOf: URL(fileURLWithPath: result.paths[0]))
    }

    private func firstPagePNG(_ session: RenderSession) throws -> [UInt8] {
        try session.png(try XCTUnwrap(session.layOut().document.pages.first), pixelsPerPoint: 1)
    }

    func testALogoReplacedInPlaceShowsInTheNextRenderOfAKeptSession() throws {
        XCTAssertEqual(red.count, blue.count)
        let session = RenderSession(folder: folder)
        let redPDF = try pdf(session)
        let redPage = try firstPagePNG(session)
        try overwriteLogo(with: blue)

        let warmPDF = try pdf(session)
        let warmPage = try firstPagePNG(session)
        XCTAssertNotEqual(warmPDF, redPDF, "the replaced logo must change the PDF")
        XCTAssertEqual(warmPDF, try pdf(RenderSession(folder: folder)), "the warm PDF must be a fresh render's")
        XCTAssertNotEqual(warmPage, redPage, "the replaced logo must change the page")
        XCTAssertEqual(warmPage, try firstPagePNG(RenderSession(folder: folder)), "the warm page must be a fresh render's")

        // Back to the first picture: the first render's bytes again.
        try overwriteLogo(with: red)
        XCTAssertEqual(try pdf(session), redPDF)
        XCTAssertEqual(try firstPagePNG(session), redPage)
    }

    func testAPictureThatFailedOnceIsReadAgainInTheNextRender() throws {
        let session = RenderSession(folder: folder)
        // Half-saved: the header still reads as a PNG of the same size, the picture data does not.
        var broken = [UInt8](blue)
        broken[broken.count - 30] ^= 0xFF
        try overwriteLogo(with: Data(broken))
        XCTAssertThrowsError(try pdf(session)) { error in
            XCTAssertTrue("\(error)".contains("logo.png kunde inte läsas"), "\(error)")
        }
        try overwriteLogo(with: blue)
        XCTAssertEqual(try pdf(session), try pdf(RenderSession(folder: folder)), "a picture saved again must render once more")
    }

    /// The preview keeps each page's PNG while the page is unchanged: a page whose picture
    /// was replaced is a changed page, with a new token and the new picture.
    func testThePreviewRepaintsAPageWhosePictureWasReplaced() throws {
        let refresher = PreviewRefresher(folder: folder)
        let first = refresher.refresh()
        let redPage = try refresher.png(of: first, number: 1)
        try overwriteLogo(with: blue)
        let replaced = refresher.refresh()
        XCTAssertEqual(replaced.pages.count, first.pages.count)
        XCTAssertNotEqual(replaced.pages[0].token, first.pages[0].token, "the page with the logo is a changed page")
        let bluePage = try refresher.png(of: replaced, number: 1)
        XCTAssertNotEqual(bluePage, redPage)
        XCTAssertEqual(bluePage, try RenderSession(folder: folder).png(replaced.laidOut[0], pixelsPerPoint: PreviewRefresher.pixelsPerPoint),
                       "the page of a fresh session")
        XCTAssertEqual(refresher.refresh().pages[0].token, replaced.pages[0].token, "an unchanged picture keeps the token")
    }
}
