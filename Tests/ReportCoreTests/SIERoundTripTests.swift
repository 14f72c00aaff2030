import XCTest
@testable import ReportCore

/// Books → SIEWriter → SIEReader gives the same books (source lines aside), over many
/// generated books, in every encoding.
final class SIERoundTripTests: XCTestCase {
    func testGeneratedBooksSurviveARoundTrip() throws {
        var generator = RandomBooks(rng: SeededGenerator(seed: 20_240_305))
        for iteration in 0..<300 {
            let books = generator.books()
            for encoding in SIEEncoding.allCases {
                let bytes = SIEWriter.write(books, encoding: encoding)
                let document: SIEDocument
                do {
                    document = try SIEReader.parse(bytes: bytes, fileName: "rundtur.se")
                } catch {
                    XCTFail("iteration \(iteration), \(encoding): \(error)\n\(String(decoding: bytes, as: UTF8.self))")
                    return
                }
                var expected = books
                if books.checksum != nil { expected.checksum = document.books.checksum }
                XCTAssertEqual(document.books.withoutSourceLines(), expected, "iteration \(iteration), \(encoding)")
                XCTAssertFalse(document.findings.contains { $0.code == "ksumma" }, "iteration \(iteration), \(encoding)")
                if document.books.withoutSourceLines() != expected { return }
            }
        }
    }

    func testWrittenChecksumIsTheOneTheFixtureCarries() throws {
        // The fixture's #KSUMMA was computed by the Python script, not by this code.
        let document = try SIEFixtures.read("valid-pc8.se")
        var books = document.books
        books.checksum = 0
        let written = try SIEReader.parse(bytes: SIEWriter.write(books, encoding: .pc8), fileName: "ny.se")
        XCTAssertEqual(written.findings, [])
        XCTAssertEqual(written.books.withoutSourceLines().vouchers, document.books.withoutSourceLines().vouchers)
    }

    func testWriterUsesTheCodePageBytes() {
        var books = Books()
        books.header.companyName = "Åäö"
        let pc8 = SIEWriter.write(books, encoding: .pc8)
        XCTAssertNotNil(pc8.firstRange(of: [0x22, 0x8F, 0x84, 0x94, 0x22]))
        let windows = SIEWriter.write(books, encoding: .windows1252)
        XCTAssertNotNil(windows.firstRange(of: [0x22, 0xC5, 0xE4, 0xF6, 0x22]))
    }
}
