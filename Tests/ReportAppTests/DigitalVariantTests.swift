import Foundation
import XCTest

/// The digital variant of the annual report: a signature field per sitting member in the
/// signature grid, named after the member and placed right above their printed name, in
/// the signature page's order, and no initials boxes.
final class DigitalVariantTests: XCTestCase {
    struct Widget: Decodable {
        var name: String
        var page: Int
        var rect: [Double]
        var pageHeight: Double
    }

    func testOneSignatureFieldPerSittingMemberAboveTheirPrintedName() throws {
        let pdf = try SigningFixture.digitalPDF()
        let qpdf = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(qpdf.status, 0, qpdf.standardOutput)
        let names = try SigningFixture.pyHankoFields(pdf)
        // 22 members sit on the decision date in Sjuhärad (the issue, and the seed's signature page).
        XCTAssertEqual(names.count, 22)
        XCTAssertEqual(Set(names).count, names.count)
        let widgets = try self.widgets(pdf)
        XCTAssertEqual(widgets.map(\.name), names, "the widgets on the page are in the form's order")
        var printedUnder: [String] = []
        for widget in widgets {
            // What is printed in the 40 pt under the field: the member's name and organisation.
            let (x0, y0, x1) = (widget.rect[0], widget.rect[1], widget.rect[2])
            let under = try CommandLineRunner.tool("pdftotext", ["-f", "\(widget.page)", "-l", "\(widget.page)", "-x", "\(Int(x0))",
                                                                 "-y", "\(Int(widget.pageHeight - y0))", "-W", "\(Int(x1 - x0))", "-H", "40",
                                                                 "-enc", "UTF-8", pdf, "-"]).standardOutput
            let printed = under.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let person = String(widget.name[..<widget.name.firstIndex(of: "(")!]).trimmingCharacters(in: .whitespaces)
            let organisation = String(widget.name[widget.name.index(after: widget.name.firstIndex(of: "(")!)...].dropLast())
            XCTAssertTrue(printed.hasPrefix(person), "under \(widget.name): \(printed)")
            XCTAssertTrue(printed.contains(organisation), "under \(widget.name): \(printed)")
            printedUnder.append(printed)
        }
        // The fields follow the signature page's order (15's): the chair first, then the vice chair.
        XCTAssertTrue(printedUnder.first?.contains("Ordförande") ?? false, "\(printedUnder.first ?? "")")
        XCTAssertTrue(printedUnder.dropFirst().first?.contains("Vice ordförande") ?? false, "\(printedUnder.dropFirst().first ?? "")")
        // The form's order is the grid's reading order: row by row from the top, left to right.
        let reading = widgets.sorted { ($0.page, -$0.rect[1], $0.rect[0]) < ($1.page, -$1.rect[1], $1.rect[0]) }
        XCTAssertEqual(reading.map(\.name), names)
    }

    /// PDF/UA-1 for forms (ISO 14289-1 7.18): each widget is owned by a Form element (an
    /// /OBJR from the element, the widget's /StructParent leading back to it through the
    /// parent tree), the Form is the third part of its signatory's Div after the name and
    /// organisation, the field is described by /TU, and its page has /Tabs /S. Read with
    /// pikepdf; then `verify` passes every rule and qpdf finds nothing.
    func testEachSignatureFieldIsInAFormElementAndTheVariantPassesVerify() throws {
        let pdf = try SigningFixture.digitalPDF()
        let script = """
        import json, sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
        out = []
        for page in pdf.pages:
            for annot in page.obj.get('/Annots', []):
                field = annot.get('/Parent', annot)
                if field.get('/FT') != '/Sig':
                    continue
                form = parents.get(int(annot.get('/StructParent', -1)))
                kids = [] if form is None else (list(form.K) if isinstance(form.K, pikepdf.Array) else [form.K])
                owned = any(isinstance(k, pikepdf.Dictionary) and k.get('/Type') == '/OBJR' and k.Obj.objgen == annot.objgen for k in kids)
                div = None if form is None else form.P
                siblings = [] if div is None else [str(k.S) for k in div.K if isinstance(k, pikepdf.Dictionary) and '/S' in k]
                out.append({'name': str(field.T), 'tu': str(field.get('/TU', '')), 'form': str(form.S) if form is not None else '',
                            'owned': owned, 'siblings': siblings, 'tabs': str(page.obj.get('/Tabs', ''))})
        print(json.dumps(out, ensure_ascii=False))
        """
        struct Owned: Decodable { var name, tu, form, tabs: String; var owned: Bool; var siblings: [String] }
        let result = try CommandLineRunner.tool("python3", ["-c", script, pdf])
        XCTAssertEqual(result.status, 0, result.standardError)
        let fields = try JSONDecoder().decode([Owned].self, from: Data(result.standardOutput.utf8))
        XCTAssertEqual(fields.count, 22)
        for field in fields {
            XCTAssertEqual(field.form, "/Form", field.name)
            XCTAssertTrue(field.owned, "\(field.name): the Form element has no /OBJR to its widget")
            XCTAssertEqual(field.siblings, ["/P", "/P", "/Form"], field.name)
            XCTAssertEqual(field.tu, field.name)
            XCTAssertEqual(field.tabs, "/S", field.name)
        }
        let verify = try CommandLineRunner.finsamReport(["verify", pdf])
        XCTAssertEqual(verify.status, 0, verify.standardOutput)
        XCTAssertEqual(ArchivePDFTests.ruleIDs(verify.standardOutput), try ArchivePDFTests.documentedRules())
        XCTAssertFalse(verify.standardOutput.contains("UNDERKÄND"), verify.standardOutput)
        let qpdf = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(qpdf.status, 0, qpdf.standardOutput)
    }

    /// The fields are written in the same rewrite as the rest of the archive finishing, so
    /// the digital variant is as reproducible as the wet-ink one: a second render, the same bytes.
    func testTheDigitalVariantRendersToTheSameBytesTwice() throws {
        let folder = try CommandLineRunner.temporaryDirectory()
        let again = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2024", "-o", folder, "--underskrift", "digital"])
        XCTAssertEqual(again.status, 0, again.standardError)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/sjuharad-2024.pdf")),
                       try Data(contentsOf: URL(fileURLWithPath: try SigningFixture.digitalPDF())))
    }

    func testNoInitialsBoxesInTheDigitalVariantButInWetInk() throws {
        let digital = try AnnualReportFixture.text(try SigningFixture.digitalPDF(), page: 3)
        let wetInk = try AnnualReportFixture.text(try AnnualReportFixture.sjuharadPDF(), page: 3)
        XCTAssertTrue(wetInk.contains("Ordförandes sign"), wetInk)
        XCTAssertFalse(digital.contains("Ordförandes sign"), digital)
        XCTAssertFalse(digital.contains("Justerandes sign"), digital)
        XCTAssertEqual(try SigningFixture.pyHankoFields(try AnnualReportFixture.sjuharadPDF()), [])
    }

    func testSigningVariantInRapportYamlIsCheckedAndTheFlagOverridesIt() throws {
        let folder = try CommandLineRunner.temporaryDirectory()
        let copy = folder + "/rapport"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.appendingPathComponent("examples/sjuharad-2024").path, toPath: copy)
        let settings = copy + "/rapport.yaml"
        let original = try String(contentsOfFile: settings, encoding: .utf8)
        // `sätt` goes into the example's own `underskrift:` section, on the line after its key.
        func with(_ value: String) -> String { original.replacingOccurrences(of: "\nunderskrift:\n", with: "\nunderskrift:\n  sätt: \(value)\n") }
        XCTAssertNotEqual(with("x"), original, "the example has an underskrift: section")
        try with("blyerts").write(toFile: settings, atomically: true, encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try XCTUnwrap(lines.firstIndex(of: "underskrift:")) + 2
        let refused = try CommandLineRunner.finsamReport(["render", copy, "-o", folder + "/ut"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.standardError.contains("rapport.yaml"), refused.standardError)
        XCTAssertTrue(refused.standardError.contains("\(line)"), refused.standardError)
        XCTAssertTrue(refused.standardError.contains("Ska vara \"bläck\" eller \"digital\", men är \"blyerts\""), refused.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/ut/rapport.pdf"))

        try with("digital").write(toFile: settings, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandLineRunner.finsamReport(["render", copy, "-o", folder + "/digital"]).status, 0)
        XCTAssertEqual(try SigningFixture.pyHankoFields(folder + "/digital/rapport.pdf").count, 22)
        XCTAssertEqual(try CommandLineRunner.finsamReport(["render", copy, "-o", folder + "/black", "--underskrift", "bläck"]).status, 0)
        XCTAssertEqual(try SigningFixture.pyHankoFields(folder + "/black/rapport.pdf"), [])
        let badFlag = try CommandLineRunner.finsamReport(["render", copy, "-o", folder + "/x", "--underskrift", "penna"])
        XCTAssertNotEqual(badFlag.status, 0)
        XCTAssertTrue(badFlag.standardError.contains("--underskrift ska vara \"bläck\" eller \"digital\""), badFlag.standardError)
    }

    /// Wrong field, a key that is not the certificate's, a short RSA key, a field signed
    /// twice and a file without fields: each refused in Swedish, nothing written.
    func testSignRefusesWhatItCannotSign() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let digital = try SigningFixture.digitalPDF(), out = folder + "/ut.pdf"
        let cases: [(String, String, String, [String], String)] = [
            (digital, "Ingen Alls", "a", [], "Inget underskriftsfält heter \"Ingen Alls\". Fälten är: \"Sofia Sandänger (Försäkringskassan)\", \"Leif Dahl (Västra Götalandsregionen)\", \"Ann-Charlotte Angren"),
            (digital, "Ann-Charlotte Angren", "short", [], "RSA-nyckeln har 1024 bitar; minst 2048 krävs."),
            (try AnnualReportFixture.sjuharadPDF(), "Ann-Charlotte Angren", "a", [], "Filen har inga underskriftsfält."),
        ]
        for (input, field, id, extra, message) in cases {
            let result = try SigningFixture.sign(input, field: field, as: id, pki: pki, output: out, extra: extra)
            XCTAssertEqual(result.status, 2, message)
            XCTAssertTrue(result.standardError.contains(message), result.standardError)
            XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        }
        let mismatched = try CommandLineRunner.finsamReport(["sign", digital, "--fält", "Jonas Ryhr", "--nyckel", pki.key("a"),
                                                             "--certifikat", pki.certificate("b"), "-o", out])
        XCTAssertEqual(mismatched.status, 2)
        XCTAssertTrue(mismatched.standardError.contains("nyckeln hör inte till certifikatet"), mismatched.standardError)
        let once = folder + "/en.pdf"
        XCTAssertEqual(try SigningFixture.sign(digital, field: "Jonas Ryhr", as: "b", pki: pki, output: once).status, 0)
        let again = try SigningFixture.sign(once, field: "Jonas Ryhr", as: "b", pki: pki, output: out)
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.standardError.contains("Fältet \"Jonas Ryhr (Arbetsförmedlingen)\" är redan undertecknat."), again.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
    }

    private func widgets(_ pdf: String) throws -> [Widget] {
        let script = """
        import json, sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        out = []
        for index, page in enumerate(pdf.pages):
            for annot in page.obj.get('/Annots', []):
                field = annot.get('/Parent', annot)
                if field.get('/FT') == '/Sig':
                    out.append({'name': str(field.T), 'page': index + 1, 'rect': [float(v) for v in annot.Rect],
                                'pageHeight': float(page.mediabox[3])})
        print(json.dumps(out, ensure_ascii=False))
        """
        let result = try CommandLineRunner.tool("python3", ["-c", script, pdf])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try JSONDecoder().decode([Widget].self, from: Data(result.standardOutput.utf8))
    }
}
