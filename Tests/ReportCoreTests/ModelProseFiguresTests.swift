import XCTest
@testable import ReportCore

/// Prose must never state a figure the tables contradict: the places where seed 001's
/// prose typed figures (last year's participants twice, differently; "knappt 70 %") now
/// refer to computed or recorded figures.
final class ModelProseFiguresTests: XCTestCase {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/sjuharad-2024").path

    func testLastYearsParticipantsComeFromTheHistoryAndAgreeEverywhere() throws {
        let (model, findings) = AnnualReportBuilder.build(try ReportFolder.load(path: Self.folder))
        XCTAssertEqual(findings.filter { $0.severity == .error }, [])
        let figures = try XCTUnwrap(model?.figures)
        // historik.yaml records 2023 as 458 women and 192 men (seed 001, section 1.5).
        XCTAssertEqual(figures["deltagare_kvinnor_foregaende_ar"]?.text, "458")
        XCTAssertEqual(figures["deltagare_man_foregaende_ar"]?.text, "192")
        XCTAssertEqual(figures["foregaende_ar"]?.text, "2023")
        let prose = (model?.texts ?? []).flatMap(\.blocks).map { $0.runs.map(\.text).joined() }.joined(separator: "\n")
        XCTAssertTrue(prose.contains("föregående år då 458 kvinnor och 192 män deltog"), prose)
        XCTAssertTrue(prose.contains("(2023 var antalet 458 kvinnor och 192 män)"), prose)
        XCTAssertFalse(prose.contains("183"), "the seed's contradicting 183 must be gone")
        XCTAssertFalse(prose.contains("knappt 70"), prose)
    }

    func testSharesAreExactThousandthsRoundedHalfAwayFromZero() {
        // Halves round away from zero; the results are worked out by hand.
        XCTAssertEqual(NamedFiguresBuilder.perMilleShare(Money(ore: 6_775), of: Money(ore: 10_000)), 678)
        XCTAssertEqual(NamedFiguresBuilder.perMilleShare(Money(ore: 6_774), of: Money(ore: 10_000)), 677)
        XCTAssertEqual(NamedFiguresBuilder.perMilleShare(Money(ore: -6_775), of: Money(ore: 10_000)), -678)
        XCTAssertEqual(NamedFiguresBuilder.perMilleShare(Money(ore: 1), of: Money(ore: 3)), 333)
    }

    func testHistoryNeedsBothParticipantCounts() throws {
        let copy = NSTemporaryDirectory() + "historik-\(UUID().uuidString)"
        try FileManager.default.copyItem(atPath: Self.folder, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let path = copy + "/historik.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "    deltagare_män: 192\n", with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportFolder.load(path: copy)) { error in
            XCTAssertTrue("\(error)".contains("Ange både deltagare_kvinnor och deltagare_män"), "\(error)")
        }
    }
}
