import XCTest
import Foundation
@testable import CairoPDF
import PDFFinish
import PangoText
import ReportLayout

/// The PDF carries a structure tree (tagged PDF): a Document root that every page's
/// content belongs to. Cairo 1.16 also needs it for link annotations to be valid.
final class TaggedPDFTests: XCTestCase {
    func testTheStructureTreeIsWrittenAndLinksAreValid() throws {
        let fonts = PainterTests.fonts
        let font = FontSpec(family: "Lato", size: Points(11))
        let run = TextRun(origin: Point(x: Points(72), y: Points(100)), font: font,
                          segments: [TextSegment(text: "Innehåll", x: .zero, width: Points(40))])
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: [
            PageItem(.anchor(name: "not-1", at: Point(x: Points(72), y: Points(90)))),
            PageItem(.text(run), structure: StructureRef(role: .heading(level: 1), element: 0)),
            PageItem(.link(Rect(x: Points(72), y: Points(90), width: Points(40), height: Points(12)), .anchor("not-1"))),
        ])
        let document = LaidOutDocument(metadata: DocumentMetadata(title: "Test"), pages: [page, page],
                                       outline: [OutlineEntry(title: "Innehåll", level: 1, pageIndex: 0, y: Points(90))])
        let path = NSTemporaryDirectory() + "tagged-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: fonts).writePDF(document, to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertNotNil(bytes.range(of: Data("/StructTreeRoot".utf8)), "no structure tree")
        let check = try TestTools.run("qpdf", ["--check", path])
        XCTAssertTrue(check.contains("No syntax or stream encoding errors"), check)
    }
}

/// The finishing step (libqpdf) on a small painted page: the catalog names Swedish, the
/// file stays valid and its text extractable, and finishing is a function of its input.
final class ArchiveFinisherTests: XCTestCase {
    private func catalog(_ path: String) throws -> String {
        let trailer = try TestTools.run("qpdf", ["--show-object=trailer", path])
        let root = try XCTUnwrap(trailer.range(of: #"/Root (\d+) 0 R"#, options: .regularExpression).map { String(trailer[$0]) })
        let number = root.split(separator: " ")[1]
        return try TestTools.run("qpdf", ["--show-object=\(number)", path])
    }

    static func sRGBProfile() throws -> [UInt8] {
        let folder = try BundledResources.locate(folder: "color", containing: "sRGB.icc", environmentVariable: "FINSAM_COLOR")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/sRGB.icc")))
    }

    func testTheCatalogNamesSwedishAndTheFileStaysValid() throws {
        let font = FontSpec(family: "Lato", size: Points(11))
        let run = TextRun(origin: Point(x: Points(72), y: Points(100)), font: font,
                          segments: [TextSegment(text: "Årsredovisning", x: .zero, width: Points(80))])
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)),
                        items: [PageItem(.text(run), structure: StructureRef(role: .heading(level: 1), element: 0))])
        let path = NSTemporaryDirectory() + "lang-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: PainterTests.fonts).writePDF(LaidOutDocument(metadata: DocumentMetadata(title: "Språk"), pages: [page]), to: path)
        XCTAssertFalse(try catalog(path).contains("/Lang"))

        let facts = DocumentFacts(title: "Språk", date: "2025-02-03T12:00:00", colorProfile: try Self.sRGBProfile())
        let painted = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let finished = try ArchiveFinisher.finish(painted, facts: facts)
        try Data(finished).write(to: URL(fileURLWithPath: path))
        XCTAssertTrue(try catalog(path).contains("/Lang (sv-SE)"))
        let check = try TestTools.run("qpdf", ["--check", path])
        XCTAssertTrue(check.contains("No syntax or stream encoding errors"), check)
        XCTAssertTrue(try TestTools.run("pdftotext", [path, "-"]).contains("Årsredovisning"))
        XCTAssertEqual(try ArchiveFinisher.finish(painted, facts: facts), finished, "the same input must give the same bytes")
    }
}
