import Foundation
import ReportApp
import ReportLayout
import XCTest

/// A render session keeps fonts, shapes and layouts between renders but reads the folder
/// anew: after an edit, its warm render writes exactly the bytes a cold render writes,
/// and the edit is in them.
final class RenderSessionTests: XCTestCase {
    func testWarmRenderAfterAnEditWritesTheBytesOfAColdRender() throws {
        let folder = try ExampleFolderCopy.make("examples/sjuharad-2024")
        let text = folder + "/texter/00-redovisningsprinciper.md"
        let session = RenderSession(folder: folder)
        let before = try renderedBytes(session.render(outputDirectory: try CommandLineRunner.temporaryDirectory()))
        try ExampleFolderCopy.replace("Vissa anpassningar har gjorts", with: "Några anpassningar har gjorts", in: text, atomically: true)
        let warmResult = try session.render(outputDirectory: try CommandLineRunner.temporaryDirectory())
        let warm = try renderedBytes(warmResult)
        let cold = try renderedBytes(ReportRenderer().render(folder: folder, outputDirectory: try CommandLineRunner.temporaryDirectory()))
        XCTAssertNotEqual(before, warm, "the edit must change the PDF")
        XCTAssertEqual(warm, cold, "a warm render must write the bytes of a cold render")
        let pdfText = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", warmResult.paths[0], "-"]).standardOutput
        XCTAssertTrue(pdfText.contains("Några anpassningar har gjorts"))
        XCTAssertFalse(pdfText.contains("Vissa anpassningar har gjorts"))
    }

    func testLayoutOfASessionFollowsEditsOfTheFolder() throws {
        let folder = try ExampleFolderCopy.make("examples/hello")
        let session = RenderSession(folder: folder)
        XCTAssertTrue(try pageText(session.layOut().document).contains("Samordningsförbundets årsredovisning"))
        try ExampleFolderCopy.replace("# Samordningsförbundets årsredovisning", with: "# Samordningsförbundets verksamhetsberättelse", in: folder + "/text.md", atomically: true)
        let edited = try pageText(session.layOut().document)
        XCTAssertTrue(edited.contains("Samordningsförbundets verksamhetsberättelse"))
        XCTAssertFalse(edited.contains("Samordningsförbundets årsredovisning"))
        let cold = try RenderSession(folder: folder).layOut().document
        XCTAssertEqual(cold.pages.count, try session.layOut().document.pages.count)
        XCTAssertEqual(try pageText(cold), edited)
    }

    func testAPageIsPaintedAsAPNGOfThePageSize() throws {
        let session = RenderSession(folder: "examples/hello")
        let page = try XCTUnwrap(session.layOut().document.pages.first)
        let png = try session.png(page, pixelsPerPoint: 2)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height, big-endian, at bytes 16–23.
        func integer(at offset: Int) -> Int { png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        XCTAssertEqual(integer(at: 16), Int((page.size.width.value * 2).rounded(.up)))
        XCTAssertEqual(integer(at: 20), Int((page.size.height.value * 2).rounded(.up)))
    }

    private func pageText(_ document: LaidOutDocument) -> String {
        document.pages.flatMap(\.items).compactMap { item -> String? in
            guard case let .text(run) = item.content else { return nil }
            return run.text
        }.joined(separator: " ")
    }

    private func renderedBytes(_ result: RenderResult) throws -> Data {
        XCTAssertEqual(result.paths.count, 1)
        return try Data(contentsOf: URL(fileURLWithPath: result.paths[0]))
    }
}
