import XCTest
@testable import ReportCore

/// Members without a region (or a state) cannot split the contributions half, quarter,
/// quarter: the check says which split the note uses instead, never silently.
final class ContributionSplitRuleTests: XCTestCase {
    func testMembersWithoutARegionAreToldTheSplitTheNoteUses() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertEqual(AnnualReportBuilder.build(try ReportFolder.load(path: folder.path)).findings.filter { $0.code == "medlemsbidrag-regel" }, [])
        try ExampleFolders.edit(folder, "medlemmar.yaml") { text in
            text.components(separatedBy: "\n").filter { !$0.contains("typ: region") }.joined(separator: "\n")
        }
        let findings = AnnualReportBuilder.build(try ReportFolder.load(path: folder.path)).findings.filter { $0.code == "medlemsbidrag-regel" }
        XCTAssertEqual(findings.count, 1, "\(findings)")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.location?.file, "medlemmar.yaml")
        XCTAssertTrue(finding.message.hasPrefix("Medlemmarna har ingen region, så noten om medlemsbidrag kan inte fördela hälften"), finding.message)
        // Two state members and the municipalities: a third each (2 : 2 : 2 by the rule's weights).
        XCTAssertEqual(finding.message.components(separatedBy: " 1/3").count - 1, 3, finding.message)
    }
}
