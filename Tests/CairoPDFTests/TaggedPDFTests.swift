import XCTest
import Foundation
@testable import CairoPDF
import PDFFinish
import PangoText
import ReportLayout

/// The PDF carries a structure tree (tagged PDF): a Document root that every page's
/// content belongs to. Cairo 1.16 also needs it for link annotations to be valid.
final class TaggedPDFTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
    func testTheStructureTreeIsWrittenAndLinksAreValid() throws {
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
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
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
        try CairoPainter(fonts: fonts).writePDF(LaidOutDocument(metadata: DocumentMetadata(title: "Språk"), pages: [page]), to: path)
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

/// verify refuses what Cairo alone writes and passes the finished file; text that layout
/// set as content but the tree lacks is found.
final class VerifyRulesTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
    func testCairosOwnFileFailsTheArchiveRulesAndTheFinishedFilePasses() throws {
        let font = FontSpec(family: "Lato", size: Points(11))
        func run(_ text: String, y: Double) -> TextRun {
            TextRun(origin: Point(x: Points(72), y: Points(y)), font: font, segments: [TextSegment(text: text, x: .zero, width: Points(80))])
        }
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: [
            PageItem(.text(run("Årsredovisning", y: 100)), structure: StructureRef(role: .heading(level: 1), element: 0)),
            PageItem(.text(run("Sida 1 av 1", y: 800))),
        ])
        let path = NSTemporaryDirectory() + "verify-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: fonts).writePDF(LaidOutDocument(metadata: DocumentMetadata(title: "Prov"), pages: [page]), to: path)
        let painted = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))

        let raw = try PDFVerifier.verify(painted, file: "prov.pdf")
        XCTAssertFalse(raw.passed)
        let failed = Set(raw.failures.map(\.id))
        for id in ["A-02", "A-04", "A-10", "A-11", "UA-02", "UA-03", "UA-04", "UA-05", "UA-08"] { XCTAssertTrue(failed.contains(id), "\(id) should fail: \(raw.text)") }
        XCTAssertTrue(raw.text.contains("UNDERKÄND"), raw.text)
        print("Cairo's own file: \(raw.rules.count - raw.failures.count) of \(raw.rules.count) rules pass; fails \(raw.failures.map(\.id))")

        let facts = DocumentFacts(title: "Prov", date: "2025-06-30T12:00:00", colorProfile: try ArchiveFinisherTests.sRGBProfile())
        let finished = try ArchiveFinisher.finish(painted, facts: facts)
        let report = try PDFVerifier.verify(finished, file: "prov.pdf")
        XCTAssertTrue(report.passed, report.text)
        XCTAssertTrue(report.text.contains("Alla 45 regler uppfylls."), report.text)
        XCTAssertEqual(try PDFVerifier.structureOutline(finished), ["Document", "  H1: Årsredovisning"])

        // The footer is an artifact: had layout set it as content, the tree would lack it.
        let silent = try PDFVerifier.verify(finished, file: "prov.pdf", expectedText: "Årsredovisning Sida 1 av 1")
        XCTAssertEqual(silent.failures.map(\.id), ["T-03"])
        // Summer time: the date carries +02:00 in Info and XMP alike.
        XCTAssertNotNil(String(decoding: finished, as: UTF8.self).range(of: "2025-06-30T12:00:00+02:00"))
    }
}
