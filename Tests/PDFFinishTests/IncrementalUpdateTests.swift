import Foundation
import XCTest
@testable import PDFFinish

final class IncrementalUpdateTests: XCTestCase {
    /// Changes the catalog and adds a new object; the original bytes stay an exact prefix
    /// and qpdf and pikepdf read the new versions.
    func testClassicTableUpdateKeepsThePrefixAndIsReadBack() throws {
        let original = PDFTestTools.minimalPDF()
        let updated = try addLanguageAndNote(to: original)
        XCTAssertEqual(Array(updated.prefix(original.count)), original)
        let appended = String(decoding: updated[original.count...], as: UTF8.self)
        XCTAssertTrue(appended.contains("\nxref\n"), appended)
        XCTAssertTrue(appended.contains("/Prev \(try PDFFile.lastStartxref(in: original))"), appended)
        try assertReadBack(updated)
    }

    /// After qpdf has rewritten the file with object streams (an xref stream, the catalog
    /// compressed), the update is an xref stream too and still reads back.
    func testXrefStreamUpdateAfterQPDFObjectStreams() throws {
        let directory = try PDFTestTools.temporaryDirectory()
        let plain = directory.appendingPathComponent("plain.pdf")
        let compressed = directory.appendingPathComponent("compressed.pdf")
        try Data(PDFTestTools.minimalPDF()).write(to: plain)
        let qpdf = try PDFTestTools.run(["qpdf", "--object-streams=generate", plain.path, compressed.path])
        XCTAssertEqual(qpdf.status, 0, qpdf.output)
        let original = Array(try Data(contentsOf: compressed))
        let file = try PDFFile(bytes: original)
        XCTAssertTrue(file.sections[0].isStream)
        guard case .compressed? = file.location(of: file.trailer["Root"]!.referenceValue!.number) else {
            return XCTFail("qpdf should have put the catalog in an object stream")
        }
        let updated = try addLanguageAndNote(to: original)
        XCTAssertEqual(Array(updated.prefix(original.count)), original)
        XCTAssertTrue(try PDFFile(bytes: updated).sections[0].isStream)
        try assertReadBack(updated)
    }

    /// Two updates in a row: three sections, each /Prev pointing to the one before, and the
    /// newest version of an object changed twice wins.
    func testSecondUpdateChainsToTheFirst() throws {
        let first = try addLanguageAndNote(to: PDFTestTools.minimalPDF())
        let file = try PDFFile(bytes: first)
        var update = IncrementalUpdate(file)
        let root = file.trailer["Root"]!.referenceValue!
        var catalog = try file.dictionary(root)
        catalog["Lang"] = .string(Array("en-GB".utf8))
        update.set(root, to: .dictionary(catalog))
        let second = try PDFFile(bytes: update.write())
        XCTAssertEqual(second.sections.count, 3)
        XCTAssertEqual(second.sections[0].trailer["Prev"]?.integerValue, second.sections[1].offset)
        XCTAssertEqual(second.sections[1].trailer["Prev"]?.integerValue, second.sections[2].offset)
        XCTAssertEqual(try second.dictionary(root)["Lang"]?.textValue, "en-GB")
        XCTAssertEqual(second.sections.map(\.end).last, PDFTestTools.minimalPDF().count)
    }

    /// A text string with Swedish letters goes out as UTF-16BE and comes back the same.
    func testTextStringsRoundTrip() throws {
        let name = "Åsa Öberg (Försäkringskassan)"
        var parser = PDFParser(PDFObject.text(name).serialized)
        XCTAssertEqual(try parser.object().textValue, name)
        var literal = PDFParser(Array("(a\\(b\\) \\101\\\nc)".utf8))
        XCTAssertEqual(try literal.object().textValue, "a(b) Ac")
    }

    private func addLanguageAndNote(to bytes: [UInt8]) throws -> [UInt8] {
        let file = try PDFFile(bytes: bytes)
        var update = IncrementalUpdate(file)
        let root = file.trailer["Root"]!.referenceValue!
        var catalog = try file.dictionary(root)
        catalog["Lang"] = .string(Array("sv-SE".utf8))
        let note = update.allocate()
        catalog["FinsamNote"] = .reference(note)
        update.set(root, to: .dictionary(catalog))
        update.set(note, to: .dictionary(PDFDictionary([("Text", .text("Ändrad för prov"))])))
        return update.write()
    }

    private func assertReadBack(_ bytes: [UInt8], line: UInt = #line) throws {
        let directory = try PDFTestTools.temporaryDirectory()
        let path = directory.appendingPathComponent("updated.pdf").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try PDFTestTools.assertQPDFCheck(path, line: line)
        let script = """
        import sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        print(str(pdf.Root.Lang), str(pdf.Root.FinsamNote.Text), len(pdf.pages))
        """
        let read = try PDFTestTools.python(script, [path])
        XCTAssertEqual(read.output.trimmingCharacters(in: .whitespacesAndNewlines), "sv-SE Ändrad för prov 1", line: line)
    }
}
