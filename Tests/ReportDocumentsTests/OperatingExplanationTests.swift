import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The board's explanation of the budget deviation stands under the operating report's
/// tables and is the folder's own text (texter/99-driftredovisning.md), not the program's.
final class OperatingExplanationTests: XCTestCase {
    /// The paragraphs after the operating report's last table, up to the next chapter.
    func paragraphsUnderTheTables(_ folder: String) throws -> [String] {
        let model = try XCTUnwrap(AnnualReportBuilder.build(try ReportFolder.load(path: folder)).model)
        let blocks = AnnualReportComposer.compose(model).blocks.flatMap { block -> [Block] in
            if case let .keepTogether(children) = block { return children }
            return [block]
        }
        let start = try XCTUnwrap(blocks.firstIndex { block in
            if case let .heading(heading) = block { return heading.level == 1 && heading.text == "Driftredovisning" }
            return false
        })
        let section = blocks[(start + 1)...].prefix { block in
            if case let .heading(heading) = block { return heading.level > 1 }
            return true
        }
        let lastTable = try XCTUnwrap(section.lastIndex { if case .table = $0 { return true } else { return false } })
        return section[(lastTable + 1)...].compactMap { block in
            guard case let .paragraph(paragraph) = block else { return nil }
            return paragraph.inlines.map { inline -> String in
                switch inline {
                case .text(let text), .bold(let text), .italic(let text), .boldItalic(let text): return text
                case .link(let text, _), .reference(let text, _): return text
                }
            }.joined().replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        }
    }

    func testTheSeedsExplanationStandsUnderTheTables() throws {
        let paragraphs = try paragraphsUnderTheTables(DocumentsFixtures.examples + "/sjuharad-2024")
        XCTAssertTrue(paragraphs.contains { $0.contains("avsikt att belasta förbundet med maximalt 1 663 tkr") }, "\(paragraphs)")
    }

    func testTheExplanationIsTheFoldersText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-drift-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: DocumentsFixtures.examples + "/sjuharad-2024", toPath: folder.path)
        let text = folder.appendingPathComponent("texter/99-driftredovisning.md")
        try "# Driftredovisning\n\nStyrelsen förklarar avvikelsen med egna ord.\n".write(to: text, atomically: true, encoding: .utf8)
        let paragraphs = try paragraphsUnderTheTables(folder.path)
        XCTAssertTrue(paragraphs.contains("Styrelsen förklarar avvikelsen med egna ord."), "\(paragraphs)")
        XCTAssertFalse(paragraphs.contains { $0.contains("1 663") }, "\(paragraphs)")
        try FileManager.default.removeItem(at: text)
        XCTAssertFalse(try paragraphsUnderTheTables(folder.path).contains { $0.contains("Styrelsen förklarar") })
    }
}
