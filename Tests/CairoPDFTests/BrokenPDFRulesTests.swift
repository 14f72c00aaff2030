import Foundation
import PDFFinish
import ReportLayout
import XCTest
@testable import CairoPDF

/// The rules on fonts, graphics, annotations and forms each fail on a file broken on
/// purpose: a finished file that passes every rule, with one thing changed through qpdf.
final class BrokenPDFRulesTests: XCTestCase {
    /// A page with a heading in a simple TrueType font (Latin text) and a paragraph with a
    /// minus sign, which Cairo can only show through a composite (CID) font.
    static let finished: Result<[UInt8], Error> = Result {
        let font = FontSpec(family: "Lato", size: Points(11))
        func run(_ text: String, y: Double) -> TextRun {
            TextRun(origin: Point(x: Points(72), y: Points(y)), font: font, segments: [TextSegment(text: text, x: .zero, width: Points(200))])
        }
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: [
            PageItem(.text(run("Årsredovisning", y: 100)), structure: StructureRef(role: .heading(level: 1), element: 0)),
            PageItem(.text(run("Resultat −12 tkr", y: 130)), structure: StructureRef(role: .paragraph, element: 1)),
        ])
        let path = NSTemporaryDirectory() + "broken-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try CairoPainter(fonts: PainterTests.fonts).writePDF(LaidOutDocument(metadata: DocumentMetadata(title: "Prov"), pages: [page]), to: path)
        let facts = DocumentFacts(title: "Prov", date: "2025-06-30T12:00:00", colorProfile: try ArchiveFinisherTests.sRGBProfile())
        return try ArchiveFinisher.finish([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), facts: facts)
    }

    /// The finished file with `change` made to it, verified.
    private func broken(_ change: (QPDFFile) throws -> Void) throws -> VerificationReport {
        let file = try QPDFFile(bytes: try Self.finished.get())
        try change(file)
        return try PDFVerifier.verify(try file.write(), file: "trasig.pdf")
    }

    private func fonts(_ file: QPDFFile) -> [QPDFObject] {
        file.objects.filter { $0.isDictionary && $0["/Type"]?.name == "/Font" && $0["/Subtype"]?.name != "/CIDFontType2" }
    }

    func testTheUnbrokenFilePassesAndUsesBothKindsOfFont() throws {
        let report = try broken { _ in }
        XCTAssertTrue(report.passed, report.text)
        let kinds = Set(fonts(try QPDFFile(bytes: try Self.finished.get())).compactMap { $0["/Subtype"]?.name })
        XCTAssertEqual(kinds, ["/TrueType", "/Type0"])
    }

    /// Every width of one font made 50/1000 em wider, one font at a time: the simple
    /// font's /Widths, then the CID font's /W, no longer say what the embedded program says.
    func testWidthsThatAreNotTheFontProgramsFailA14() throws {
        for kind in ["/TrueType", "/Type0"] {
            var name = ""
            let report = try broken { file in
                let font = try XCTUnwrap(fonts(file).first { $0["/Subtype"]?.name == kind })
                name = String(font["/BaseFont"]?.name?.dropFirst() ?? "")
                let holder = kind == "/Type0" ? try XCTUnwrap(font["/DescendantFonts"]?.asArray.first) : font
                let key = kind == "/Type0" ? "/W" : "/Widths"
                holder[key] = widened(try XCTUnwrap(holder[key]), in: file)
            }
            XCTAssertEqual(report.failures.map(\.id), ["A-14"], report.text)
            XCTAssertTrue(report.failures.first?.finding.contains(name) ?? false, "\(kind): \(report.text)")
        }
    }

    /// A width array with every number 50 more (in /W's `c [w …]` lists only the widths).
    private func widened(_ array: QPDFObject, in file: QPDFFile) -> QPDFObject {
        let result = file.parse("[]")
        for item in array.array {
            if item.isArray { result.append(widened(item, in: file)) } else if array.array.contains(where: \.isArray) { result.append(item) } else {
                result.append(file.parse("\(Int(item.number ?? 0) + 50)"))
            }
        }
        return result
    }

    /// Code 0 of the composite font is CID 0, glyph 0: .notdef, drawn as an artifact.
    func testShowingTheNotdefGlyphFailsA15() throws {
        let report = try broken { file in
            let page = file.pages[0]
            let name = try XCTUnwrap(page["/Resources"]?["/Font"]?.keys.first { page["/Resources"]?["/Font"]?[$0]?["/Subtype"]?.name == "/Type0" })
            let content = try page.pageContent() + Array("\n/Artifact BMC BT \(name) 11 Tf 72 700 Td <0000> Tj ET EMC\n".utf8)
            page["/Contents"] = file.stream(content, dictionary: "<< >>")
        }
        let notdef = try XCTUnwrap(report.failures.first { $0.id == "A-15" }, report.text)
        XCTAssertTrue(notdef.finding.contains("tecken 0 visar .notdef"), notdef.finding)
        XCTAssertFalse(report.failures.contains { $0.id == "A-14" }, report.text)
    }
}
