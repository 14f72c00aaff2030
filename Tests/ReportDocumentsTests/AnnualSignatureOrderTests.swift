import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The signature page: chair and vice chair first with their roles, then the others in
/// the order of the board list (examples/sjuharad-2024/styrelse.yaml).
final class AnnualSignatureOrderTests: XCTestCase {
    func testChairAndViceChairSignFirstWithTheirRolesThenTheBoardListOrder() throws {
        let inputs = try ReportFolder.load(path: DocumentsFixtures.examples + "/sjuharad-2024")
        let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model)
        let document = AnnualReportComposer.compose(model)
        let block = try XCTUnwrap(document.blocks.compactMap { block -> SignatureBlock? in
            if case let .signatures(signatures) = block { return signatures }
            return nil
        }.first)
        let names = block.signatories.map(\.name)
        XCTAssertEqual(Array(names.prefix(2)), ["Sofia Sandänger", "Leif Dahl (S)"])
        XCTAssertEqual(block.signatories[0].detail, "Ordförande, Försäkringskassan")
        XCTAssertEqual(block.signatories[1].detail, "Vice ordförande, Västra Götalandsregionen")
        // The rest in the file's order: read the names straight from the board file.
        let file = try String(contentsOfFile: DocumentsFixtures.examples + "/sjuharad-2024/styrelse.yaml", encoding: .utf8)
        let listed = file.components(separatedBy: "namn: ").dropFirst().map { String($0.prefix { $0 != "," && $0 != "\n" }) }
        let rest = names.dropFirst(2).map { $0.replacingOccurrences(of: #" \(.*\)$"#, with: "", options: .regularExpression) }
        let positions = rest.map { listed.firstIndex(of: $0) ?? -1 }
        XCTAssertFalse(positions.contains(-1), "\(rest) not all in \(listed)")
        XCTAssertEqual(positions, positions.sorted(), "the others are not in board-list order: \(rest)")
        XCTAssertEqual(rest.count, 20)
        XCTAssertTrue(block.signatories.dropFirst(2).allSatisfy { !$0.detail.contains("rdförande") })
    }
}
