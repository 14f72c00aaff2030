import XCTest
@testable import ReportCore

/// The books' checks run once per report, for every kind of report, and each finding is
/// reported once, naming the books file as rapport.yaml does.
final class BooksFindingsOnceTests: XCTestCase {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples").path

    /// A copy of an example whose SIE file gets a wrong #KSUMMA after its first line.
    private func copyWithWrongChecksum(_ example: String) throws -> String {
        let copy = NSTemporaryDirectory() + "ksumma-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.examples + "/" + example, toPath: copy)
        let path = copy + "/bokforing.se"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let firstLineEnd = try XCTUnwrap(bytes.firstIndex(of: 0x0A))
        bytes.insert(contentsOf: Data("#KSUMMA\n".utf8), at: firstLineEnd + 1)
        bytes.append(contentsOf: Data("#KSUMMA 12345\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        return copy
    }

    func testTheAnnualReportReportsAChecksumMismatchOnce() throws {
        let copy = try copyWithWrongChecksum("sjuharad-2024")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let findings = AnnualReportBuilder.compute(try ReportFolder.load(path: copy)).findings.filter { $0.code == "ksumma" }
        XCTAssertEqual(findings.count, 1, "\(findings)")
        XCTAssertEqual(findings.first?.location?.file, "bokforing.se")
    }

    func testTheTertialReportRunsTheBooksChecks() throws {
        let copy = try copyWithWrongChecksum("sjuharad-2017-t1")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: copy))
        XCTAssertEqual(findings.filter { $0.code == "ksumma" }.count, 1, "\(findings)")
        XCTAssertNil(model, "a checksum error must stop the tertial report too")
    }
}
