import Foundation
import XCTest

/// Books that fail a check: render exits 1, prints every finding, writes nothing, and the
/// PDF an earlier run wrote stays byte for byte as it was.
final class AnnualReportBrokenBooksTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    func testOneOreOffInAVoucherStopsTheRenderAndLeavesTheEarlierPDFUntouched() throws {
        let folder = work + "/sjuharad-2024"
        let output = work + "/output"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let first = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(first.status, 0, first.standardError)
        let pdf = output + "/sjuharad-2024.pdf"
        let before = try Data(contentsOf: URL(fileURLWithPath: pdf))

        try changeFirstTransactionByOneOre(folder + "/bokforing.se")
        let second = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(second.status, 1, second.standardOutput + second.standardError)
        XCTAssertTrue(second.standardError.contains("fel:"), second.standardError)
        XCTAssertTrue(second.standardError.contains("0,01"), "the finding names the difference: \(second.standardError)")
        XCTAssertTrue(second.standardError.contains("Inget skrevs"), second.standardError)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: pdf)), before, "the earlier PDF changed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), ["sjuharad-2024.pdf"], "a stray file was written")
    }

    /// The SIE file is CP437 bytes: edited as Latin-1, which maps every byte to one
    /// character and back, so no other byte changes.
    func changeFirstTransactionByOneOre(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let text = try XCTUnwrap(String(data: try Data(contentsOf: url), encoding: .isoLatin1))
        var lines = text.components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex { $0.contains("#TRANS") })
        let line = lines[index]
        let end = try XCTUnwrap(line.lastIndex { $0.isNumber })
        let digit = try XCTUnwrap(line[end].wholeNumberValue)
        lines[index] = line.replacingCharacters(in: end...end, with: String(digit == 9 ? 8 : digit + 1))
        try XCTUnwrap(lines.joined(separator: "\n").data(using: .isoLatin1)).write(to: url)
    }
}
