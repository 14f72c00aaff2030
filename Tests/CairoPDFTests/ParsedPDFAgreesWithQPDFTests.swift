import Foundation
import XCTest
@testable import PDFFinish

/// `verify` reads a PDF with its own reader (`ParsedPDF`); qpdf, which writes the file,
/// is the oracle: every object of a finished file, of the same file rewritten with object
/// streams, and of a file of odd filters, strings and names reads the same through both.
final class ParsedPDFAgreesWithQPDFTests: XCTestCase {
    func testEveryObjectOfAFinishedFileReadsAsQPDFReadsIt() throws {
        try assertSameReading(try BrokenPDFRulesTests.finished.get())
    }

    func testObjectStreamsAndAnXrefStreamReadAsQPDFReadsThem() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("objektstrommar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("vanlig.pdf"), packed = directory.appendingPathComponent("packad.pdf")
        try Data(try BrokenPDFRulesTests.finished.get()).write(to: plain)
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        qpdf.arguments = ["qpdf", "--object-streams=generate", plain.path, packed.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        XCTAssertEqual(qpdf.terminationStatus, 0)
        let bytes = [UInt8](try Data(contentsOf: packed))
        XCTAssertNotNil(bytes.range(of: Array("/ObjStm".utf8), from: 0), "qpdf wrote no object stream")
        try assertSameReading(bytes)
    }

    /// Streams in each filter qpdf undoes, each over a text known beforehand (the LZW
    /// codes are ISO 32000-1's example in 7.4.4.2, the ASCII85 and the predicted rows were
    /// made with Python), and strings and names in every encoding a reader must know.
    func testFiltersStringsAndNamesReadAsQPDFReadsThem() throws {
        let rows: [UInt8] = [2, 1, 2, 3, 4, 5, 6, 1, 1, 1, 1, 1, 1, 1]
        let streams: [(filter: String, data: [UInt8], plain: [UInt8])] = [
            ("/ASCIIHexDecode", Array("48 65 6C6c6F>".utf8), Array("Hello".utf8)),
            ("/ASCII85Decode", Array("87cURD]j7B\nEbo7~>".utf8), Array("Hello world".utf8)),
            ("/LZWDecode", [0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01], Array("-----A---B".utf8)),
            ("/RunLengthDecode", [2, 0x61, 0x62, 0x63, 253, 0x78, 128], Array("abcxxxx".utf8)),
            ("/FlateDecode /DecodeParms << /Predictor 12 /Colors 3 /Columns 2 >>", Self.deflated(rows), [1, 2, 3, 4, 5, 6, 1, 1, 1, 2, 2, 2]),
            ("[/ASCIIHexDecode /ASCII85Decode]", Array("3837635552445D6A374245626F377E3E>".utf8), Array("Hello world".utf8)),
        ]
        var bodies = [
            "<< /Type /Catalog /Pages 2 0 R /Lang (sv) /Strings 4 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [5 0 R 6 0 R 8 0 R] /Resources << >> /Missing 99 0 R /Gone null >>",
            "<< /Doc <8A9295A0> /Every <0102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F202122232425262728292A2B2C2D2E2F303132333435363738393A3B3C3D3E3F404142434445464748494A4B4C4D4E4F505152535455565758595A5B5C5D5E5F606162636465666768696A6B6C6D6E6F707172737475767778797A7B7C7D7E7F808182838485868788898A8B8C8D8E8F909192939495969798999A9B9C9D9E9FA0A1A2A3A4A5A6A7A8A9AAABACADAEAFB0B1B2B3B4B5B6B7B8B9BABBBCBDBEBFC0C1C2C3C4C5C6C7C8C9CACBCCCDCECFD0D1D2D3D4D5D6D7D8D9DADBDCDDDEDFE0E1E2E3E4E5E6E7E8E9EAEBECEDEEEFF0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF> /Low <181F41> /Big <FEFF00E5D83DDE00> /Little <FFFEE500> /Eight <EFBBBFC3A5> /Literal (\\344\\(r\\)\\n) "
                + "/Typ#65 /A#23B#41 /Odd /x#7 /Items [1 -2 3.5 .5 -0.25 true false null 99 0 R (s)] >>",
        ]
        for stream in streams { bodies.append("<< /Length \(stream.data.count) /Filter \(stream.filter) >>\nstream\n") }
        let bytes = Self.file(bodies, binaryStreams: streams.map(\.data))
        try assertSameReading(bytes)
        let parsed = try ParsedPDF(bytes: bytes)
        for (index, stream) in streams.enumerated() {
            // RunLengthDecode is undone only for page content (qpdf's specialised level).
            let general = stream.filter == "/RunLengthDecode" ? stream.data : stream.plain
            XCTAssertEqual(try parsed.object(5 + index)?.streamData(), general, stream.filter)
        }
        XCTAssertEqual(String(decoding: try parsed.pages()[0].pageContent(), as: UTF8.self), "Hello\nHello world\nabcxxxx")
        XCTAssertEqual(parsed.object(4)?["/Doc"]?.text, "−™Ł€")
        XCTAssertEqual(parsed.object(4)?["/Big"]?.text, "å😀")
        XCTAssertEqual(parsed.object(4)?["/Type"]?.name, "/A#BA")
        XCTAssertEqual(parsed.object(4)?["/Literal"]?.text, "ä(r)\n")
    }

    /// A cross-reference offset that points at no object is refused with where it broke,
    /// not repaired.
    func testABrokenCrossReferenceIsRefusedWithWhereItBroke() throws {
        var bytes = try BrokenPDFRulesTests.finished.get()
        let keyword = Array("startxref".utf8)
        let at = try XCTUnwrap(bytes.lastRange(of: keyword, from: 0))
        bytes = Array(bytes[..<at]) + Array("startxref\n12345\n%%EOF\n".utf8)
        XCTAssertThrowsError(try ParsedPDF(bytes: bytes)) { error in
            XCTAssertTrue("\(error)".hasPrefix("filen kan inte läsas som PDF (korsreferenstabellen eller ett objekt är trasigt): "), "\(error)")
            XCTAssertTrue("\(error)".contains("(vid byte "), "\(error)")
        }
    }

    // MARK: - The comparison

    private func assertSameReading(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws {
        let oracle = try QPDFFile(bytes: bytes)
        let parsed = try ParsedPDF(bytes: bytes)
        XCTAssertEqual(oracle.pages.map(\.objectNumber), try parsed.pages().map(\.objectNumber), "pages", file: file, line: line)
        for (page, read) in zip(oracle.pages, try parsed.pages()) {
            XCTAssertEqual(try page.pageContent(), try read.pageContent(), "content of page object \(page.objectNumber)", file: file, line: line)
        }
        XCTAssertEqual(oracle.objects.map(\.objectNumber), parsed.objects.map(\.objectNumber), "objects", file: file, line: line)
        compare(oracle.trailer, parsed.trailer, at: "trailer", file: file, line: line)
        for (expected, read) in zip(oracle.objects, parsed.objects) {
            compare(expected, read, at: "objekt \(expected.objectNumber)", file: file, line: line)
        }
    }

    /// Equal values; an indirect value inside another is compared by its number (it is
    /// compared whole as an object of its own).
    private func compare(_ expected: QPDFObject, _ read: PDFValue, at path: String, top: Bool = true, file: StaticString, line: UInt) {
        XCTAssertEqual(expected.objectNumber, read.objectNumber, path, file: file, line: line)
        guard top || expected.objectNumber == 0 else { return }
        XCTAssertEqual([expected.isNull, expected.isDictionary, expected.isArray, expected.isStream],
                       [read.isNull, read.isDictionary, read.isArray, read.isStream], path, file: file, line: line)
        XCTAssertEqual(expected.name, read.name, path, file: file, line: line)
        XCTAssertEqual(expected.integer, read.integer, path, file: file, line: line)
        XCTAssertEqual(expected.number, read.number, path, file: file, line: line)
        XCTAssertEqual(expected.bool, read.bool, path, file: file, line: line)
        // qpdf's C API gives text as a C string: it ends at a NUL. The trailer's /ID is
        // random bytes, not text (when they begin like UTF-16, qpdf writes a lone surrogate
        // as invalid UTF-8): its bytes are compared below, its "text" is not.
        if !path.contains("/ID") {
            XCTAssertEqual(expected.text, read.text.map { String($0.prefix { $0 != "\0" }) }, path, file: file, line: line)
        }
        XCTAssertEqual(expected.stringBytes, read.stringBytes, path, file: file, line: line)
        XCTAssertEqual(expected.keys, read.keys, path, file: file, line: line)
        for key in expected.keys {
            guard let expectedValue = expected[key], let readValue = read[key] else {
                XCTAssertEqual(expected[key] == nil, read[key] == nil, "\(path) \(key)", file: file, line: line)
                continue
            }
            compare(expectedValue, readValue, at: "\(path) \(key)", top: false, file: file, line: line)
        }
        XCTAssertEqual(expected.array.count, read.array.count, path, file: file, line: line)
        for (index, (expectedItem, readItem)) in zip(expected.array, read.array).enumerated() {
            compare(expectedItem, readItem, at: "\(path)[\(index)]", top: false, file: file, line: line)
        }
        if expected.isStream {
            XCTAssertEqual(try? expected.streamData(), try? read.streamData(), "\(path): strömmens data", file: file, line: line)
        }
    }

    // MARK: - A file of odd objects

    /// Objects numbered from 1, written with a classic xref; a body ending in "stream\n"
    /// gets the next of `binaryStreams` as its data.
    private static func file(_ bodies: [String], binaryStreams: [[UInt8]]) -> [UInt8] {
        var out = Array("%PDF-1.7\n%\u{00E5}\u{00E4}\u{00F6}\n".utf8)
        var offsets: [Int] = []
        var streamIndex = 0
        for (index, body) in bodies.enumerated() {
            offsets.append(out.count)
            out += Array("\(index + 1) 0 obj\n".utf8)
            if body.hasSuffix("\nstream\n") {
                out += Array(body.utf8) + binaryStreams[streamIndex] + Array("\nendstream".utf8)
                streamIndex += 1
            } else {
                out += Array(body.utf8)
            }
            out += Array("\nendobj\n".utf8)
        }
        let xref = out.count
        var tail = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { tail += String(format: "%010d 00000 n \n", offset) }
        tail += "trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R /ID [<00> <00>] >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(tail.utf8)
    }

    private static func deflated(_ bytes: [UInt8]) -> [UInt8] {
        // zlib's stored (uncompressed) block, written by hand: header, one final block, Adler-32.
        var out: [UInt8] = [0x78, 0x01, 0x01, UInt8(bytes.count & 0xFF), UInt8(bytes.count >> 8), UInt8(~bytes.count & 0xFF), UInt8((~bytes.count >> 8) & 0xFF)]
        out += bytes
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes { a = (a + UInt32(byte)) % 65_521; b = (b + a) % 65_521 }
        let adler = b << 16 | a
        out += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return out
    }
}
