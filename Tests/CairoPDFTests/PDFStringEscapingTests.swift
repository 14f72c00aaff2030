import Foundation
import XCTest
@testable import CairoPDF
import PangoText
import ReportLayout

/// Any text makes a valid PDF: link addresses, destination names, outline titles and the
/// document information with parentheses, backslashes, quotes and letters outside ASCII.
final class PDFStringEscapingTests: XCTestCase {
    /// This test's own fonts: a FontSystem caches shapes and is not shared between tests.
    private lazy var fonts: FontSystem = try! FontSystem()
    static let hostile = ["https://sv.wikipedia.org/wiki/Finsam_(lag)", "https://example.se/öppen(", "https://example.se/stängd)",
                          "https://example.se/snett\\", "https://sv.wikipedia.org/wiki/Åmål", "https://example.se/'citat'?a=1&b=(2)"]

    static let names = ["not(1", "not)2", "snett\\3", "'4'", "Å"]

    private func write(_ document: LaidOutDocument) throws -> String {
        let path = NSTemporaryDirectory() + "escaping-\(UUID().uuidString).pdf"
        _ = try CairoPainter(fonts: fonts).writePDF(document, to: path)
        return path
    }

    /// A link with its text inside it: Cairo writes no annotation for an empty link.
    private func link(_ target: LinkTarget, y: Double, element: Int) -> [PageItem] {
        let rect = Rect(x: Points(72), y: Points(y), width: Points(100), height: Points(12))
        let run = TextRun(origin: Point(x: Points(72), y: Points(y + 10)), font: FontSpec(family: "Lato", size: Points(10)),
                          segments: [TextSegment(text: "länk", x: .zero, width: Points(20))])
        let structure = StructureRef(role: .link, element: element)
        return [PageItem(.link(rect, target), structure: structure), PageItem(.text(run), structure: structure)]
    }

    private func document() -> LaidOutDocument {
        var items: [PageItem] = []
        for (index, uri) in Self.hostile.enumerated() {
            items += link(.uri(uri), y: 100 + 20 * Double(index), element: index)
        }
        for (index, name) in Self.names.enumerated() {
            items.append(PageItem(.anchor(name: name, at: Point(x: Points(72), y: Points(300 + 20 * Double(index))))))
            items += link(.anchor(name), y: 400 + 20 * Double(index), element: 10 + index)
        }
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: items)
        let metadata = DocumentMetadata(title: "Årsredovisning (utkast) \\ ) (", author: "Förbundet (\"Finsam\")", subject: "a\\b", keywords: ["(", ")"])
        let outline = [OutlineEntry(title: "Not (1) \\ ( ) ' Å", level: 1, pageIndex: 0, y: Points(300))]
        return LaidOutDocument(metadata: metadata, pages: [page], outline: outline)
    }

    func testHostileStringsMakeAValidPDFAndComeBackUnchanged() throws {
        let path = try write(document())
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try TestTools.run("qpdf", ["--check", path])
        XCTAssertTrue(check.contains("No syntax or stream encoding errors"), check)
        // pdfinfo -url prints each link's address as the PDF holds it.
        let urls = try TestTools.run("pdfinfo", ["-url", path]).split(separator: "\n").dropFirst()
            .compactMap { $0.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) }
        XCTAssertEqual(urls, Self.hostile.map(PDFStrings.uri))
        for (uri, written) in zip(Self.hostile, urls) {
            XCTAssertTrue(written.allSatisfy { $0.isASCII && $0 != " " && $0 != "\\" }, written)
            XCTAssertEqual(written.removingPercentEncoding, uri, "the address must mean the same")
        }
        // Each destination's name stands twice: in the name tree and in the link that jumps to it.
        let expanded = path + ".qdf"
        defer { try? FileManager.default.removeItem(atPath: expanded) }
        _ = try TestTools.run("qpdf", ["--qdf", "--object-streams=disable", path, expanded])
        let raw = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        for name in Self.names {
            XCTAssertEqual(raw.components(separatedBy: "(\(PDFStrings.name(name)))").count - 1, 2, name)
        }
        XCTAssertEqual(PDFStrings.name("not(1"), "not_281")
        XCTAssertNotEqual(PDFStrings.name("a_28"), PDFStrings.name("a("))
        let info = try TestTools.run("pdfinfo", [path])
        XCTAssertTrue(info.contains("Årsredovisning (utkast) \\ ) ("), info)
        XCTAssertTrue(info.contains("Förbundet (\"Finsam\")"), info)
    }

}
