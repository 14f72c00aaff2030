import Foundation
import PangoText
import PDFFinish
import ReportLayout
import XCTest
@testable import CairoPDF

/// The rules on fonts, graphics, annotations and forms each fail on a file broken on
/// purpose: a finished file that passes every rule, with one thing changed through qpdf.
final class BrokenPDFRulesTests: XCTestCase {
    /// A page with a heading in a simple TrueType font (Latin text), a paragraph with a
    /// minus sign, which Cairo can only show through a composite (CID) font, and a line
    /// tagged as a Form element that the finishing step gives a signature field.
    static let finished: Result<[UInt8], Error> = Result {
        let font = FontSpec(family: "Lato", size: Points(11))
        func run(_ text: String, y: Double) -> TextRun {
            TextRun(origin: Point(x: Points(72), y: Points(y)), font: font, segments: [TextSegment(text: text, x: .zero, width: Points(200))])
        }
        let page = Page(size: .a4, textArea: Rect(x: .mm(25), y: .mm(25), width: .mm(160), height: .mm(247)), items: [
            PageItem(.text(run("Årsredovisning", y: 100)), structure: StructureRef(role: .heading(level: 1), element: 0)),
            PageItem(.text(run("Resultat −12 tkr", y: 130)), structure: StructureRef(role: .paragraph, element: 1)),
            PageItem(.line(from: Point(x: Points(72), y: Points(200)), to: Point(x: Points(250), y: Points(200)), stroke: Stroke(width: Points(0.5), color: .black)),
                     structure: StructureRef(role: .formField, element: 2)),
        ])
        let path = NSTemporaryDirectory() + "broken-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fonts = try FontSystem()
        try withExtendedLifetime(fonts) {
            try CairoPainter(fonts: fonts).writePDF(LaidOutDocument(metadata: DocumentMetadata(title: "Prov"), pages: [page]), to: path)
        }
        let field = SignatureFieldSpec(name: "Anna Berg (Borås stad)", pageIndex: 0, x0: 72, y0: 642, x1: 250, y1: 680)
        let facts = DocumentFacts(title: "Prov", date: "2025-06-30T12:00:00", colorProfile: try ArchiveFinisherTests.sRGBProfile(),
                                  signatureFields: [field])
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
        XCTAssertEqual(report.rules.count, 45, report.text)
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

    /// One change each, and the one rule it breaks.
    func testEachGraphicsFormAndCatalogRuleFailsOnItsBreakage() throws {
        let cases: [(String, String, (QPDFFile) throws -> Void)] = [
            ("A-16", "blandningsläget /Plus", { file in try self.addGraphicsState("<< /BM /Plus >>", to: file) }),
            ("A-17", "Widget på sidan 1 har /AP med /D /N", { file in
                let widget = try self.widget(file)
                let appearance = try XCTUnwrap(widget["/AP"])
                appearance["/D"] = appearance["/N"]
            }),
            ("A-17", "Widget på sidan 1 saknar utseende", { file in try self.widget(file)["/AP"] = nil }),
            ("A-18", "/NeedAppearances true", { file in file.root["/AcroForm"]?["/NeedAppearances"] = file.parse("true") }),
            ("A-18", "formulärfältet på sidan 1 har /A", { file in try self.widget(file)["/A"] = file.parse("<< /S /URI /URI (https://example.org) >>") }),
            ("A-19", "ett grafiktillstånd har /TR", { file in try self.addGraphicsState("<< /TR /Identity >>", to: file) }),
            ("A-19", "återgivningsavsikten /Vivid", { file in try self.addGraphicsState("<< /RI /Vivid >>", to: file) }),
            ("A-20", "har /Interpolate true", { file in
                let image = file.stream([255, 0, 0], dictionary: "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Interpolate true >>")
                let page = file.pages[0]
                let objects = file.parse("<< >>")
                objects["/Im9"] = image
                page["/Resources"]?["/XObject"] = objects
            }),
            ("A-21", "katalogen har /Requirements", { file in file.root["/Requirements"] = file.parse("[]") }),
            ("A-22", "sidan 1: zz", { file in try self.appendContent("/Artifact BMC 0 0 m 10 10 l S zz EMC", to: file) }),
            ("UA-07", "standardtypen /P mappas om", { file in file.root["/StructTreeRoot"]?["/RoleMap"] = file.parse("<< /P /Span >>") }),
            ("UA-21", "saknar beskrivning (/TU)", { file in try self.widget(file)["/Parent"]?["/TU"] = nil }),
        ]
        for (id, finding, change) in cases {
            let report = try broken(change)
            XCTAssertEqual(report.failures.map(\.id), [id], "\(finding): \(report.text)")
            XCTAssertTrue(report.failures.first?.finding.contains(finding) ?? false, "\(id) \(finding): \(report.text)")
        }
    }

    /// Without an output intent and without the page's blending space, transparency has no
    /// colour space to blend in (A-04 fails too: DeviceRGB needs the intent).
    func testTransparencyWithoutAnyBlendingSpaceFailsA16() throws {
        let report = try broken { file in
            file.root["/OutputIntents"] = nil
            file.pages[0]["/Group"]?["/CS"] = nil
        }
        XCTAssertEqual(report.failures.map(\.id), ["A-04", "A-16"], report.text)
        XCTAssertTrue(report.failures.last?.finding.contains("sidan 1 har transparens men varken utskriftsavsikt eller /Group /CS") ?? false, report.text)
    }

    /// The widget is owned by a Figure, not a Form element.
    func testAWidgetOutsideAFormElementFailsUA21() throws {
        let report = try broken { file in
            let tree = try XCTUnwrap(file.root["/StructTreeRoot"])
            let nums = try XCTUnwrap(tree["/ParentTree"]?["/Nums"]?.array)
            let key = try XCTUnwrap(self.widget(file)["/StructParent"]?.integer)
            let index = try XCTUnwrap(stride(from: 0, to: nums.count, by: 2).first { nums[$0].integer == key })
            nums[index + 1]["/S"] = file.parse("/Figure")
            nums[index + 1]["/Alt"] = file.string("Underskriftsrad")
        }
        XCTAssertEqual(report.failures.map(\.id), ["UA-21"], report.text)
        XCTAssertTrue(report.failures.first?.finding.contains("ligger inte i ett Form-element") ?? false, report.text)
    }

    private func widget(_ file: QPDFFile) throws -> QPDFObject {
        try XCTUnwrap(file.pages[0]["/Annots"]?.array.first { $0["/Subtype"]?.name == "/Widget" })
    }

    private func addGraphicsState(_ dictionary: String, to file: QPDFFile) throws {
        let resources = try XCTUnwrap(file.pages[0]["/Resources"])
        if resources["/ExtGState"] == nil { resources["/ExtGState"] = file.parse("<< >>") }
        resources["/ExtGState"]?["/GSprov"] = file.parse(dictionary)
    }

    private func appendContent(_ text: String, to file: QPDFFile) throws {
        let page = file.pages[0]
        page["/Contents"] = file.stream(try page.pageContent() + Array("\n\(text)\n".utf8), dictionary: "<< >>")
    }
}
