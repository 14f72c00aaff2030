import Foundation
import XCTest

/// The duplex print file (brev-samtliga.pdf) read back from the PDF: which pages each
/// member gets and which are blank. The example's letters fill two pages and its report
/// four, so no blank page is needed there; here the letter template leaves out the
/// figures table, so every covering letter is one page and must be followed by a blank
/// back before the enclosed report starts on a new sheet.
final class TertialDuplexPrintTests: XCTestCase {
    static let members = 11

    func testAOnePageLetterGetsABlankBackAndTheReportStartsOnAFront() throws {
        let directory = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let folder = directory + "/sjuharad-2017-t1"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/" + TertialRendering.folder, toPath: folder)
        let template = URL(fileURLWithPath: folder + "/texter/brev.md")
        let text = try String(contentsOf: template, encoding: .utf8)
        XCTAssertTrue(text.contains("{{ tabell.nyckeltal }}"))
        try text.replacingOccurrences(of: "{{ tabell.nyckeltal }}\n", with: "").write(to: template, atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", directory + "/ut"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let written = directory + "/ut/sjuharad-2017-t1/"
        let reportPages = try TertialRendering.pageCount(written + "tertialrapport.pdf")
        let letterPages = try TertialRendering.pageCount(written + "brev-boras.pdf")
        XCTAssertEqual(reportPages, 4)
        XCTAssertEqual(letterPages, 1 + reportPages, "the covering letter is not one page")

        // Per member: letter (page 1 of its sheet), blank back, then the 4 report pages.
        let combined = written + "brev-samtliga.pdf"
        XCTAssertEqual(try TertialRendering.pageCount(combined), Self.members * 6)
        let pages = try TertialRendering.text(combined).components(separatedBy: "\u{0C}").dropLast()
        XCTAssertEqual(pages.count, Self.members * 6)
        let blank = pages.indices.filter { pages[$0].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.map { $0 + 1 }
        XCTAssertEqual(blank, (0..<Self.members).map { $0 * 6 + 2 })
        for member in 0..<Self.members {
            let letter = pages[pages.startIndex + member * 6], reportStart = pages[pages.startIndex + member * 6 + 2]
            XCTAssertTrue(letter.contains("Med vänliga hälsningar") && !letter.contains("Sida 1 av 4"), "page \(member * 6 + 1)")
            XCTAssertTrue(reportStart.contains("Sida 1 av 4"), "page \(member * 6 + 3) does not start the report")
        }
        // A blank back carries no ink at all (no footer, no rule): every pixel is white.
        for page in blank.prefix(2) { XCTAssertEqual(try darkPixels(combined, page: page), 0, "page \(page)") }
        XCTAssertGreaterThan(try darkPixels(combined, page: 1), 100, "the letter page renders no ink")
    }

    /// Pixels darker than white on the page rendered at 20 dpi in grey (binary PGM).
    private func darkPixels(_ pdf: String, page: Int) throws -> Int {
        let prefix = NSTemporaryDirectory() + "duplex-" + UUID().uuidString
        let result = try CommandLineRunner.tool("pdftoppm", ["-r", "20", "-gray", "-f", "\(page)", "-l", "\(page)", "-singlefile", pdf, prefix])
        XCTAssertEqual(result.status, 0, result.standardError)
        let data = try Data(contentsOf: URL(fileURLWithPath: prefix + ".pgm"))
        try? FileManager.default.removeItem(atPath: prefix + ".pgm")
        // Header "P5\n<w> <h>\n255\n", then one byte a pixel.
        var newlines = 0
        let start = try XCTUnwrap(data.firstIndex { byte in
            if byte == 0x0A { newlines += 1 }
            return newlines == 3
        })
        return data[(start + 1)...].filter { $0 < 250 }.count
    }
}
