import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The comparison document's marks, in the document tree: an old value that no longer holds
/// (changed or removed) is struck through, the new value is bold and never struck, a value
/// that did not exist ("–" for a new row) is not struck, and the word in the last column
/// says the same without the marks.
final class ComparisonComposerTests: XCTestCase {
    func testOldValuesAreStruckThroughAndNewOnesBold() throws {
        let inputs = try ReportFolder.load(path: DocumentsFixtures.examples + "/nordvastra-2024")
        let old = try ComparedReport(try XCTUnwrap(AnnualReportBuilder.build(inputs).model))
        var new = old
        let table = try XCTUnwrap(new.statements.firstIndex { $0.unit == .kronorAndOre })
        let changed = try XCTUnwrap(new.statements[table].rows.firstIndex { $0.printed.first.flatMap { $0 } != nil })
        new.statements[table].rows[changed].printed[0]! += 10_000
        var added = new.statements[table].rows[changed]
        added.id = "ny_rad"
        new.statements[table].rows.append(added)
        let removed = new.statements[table].rows.remove(at: changed + 1)
        let comparison = ReportComparison(old: old, new: new)
        XCTAssertEqual(Set(comparison.figures.map(\.kind)), [.changed, .added, .removed])

        let document = ComparisonComposer.compose(comparison, old: .init(name: "a", report: old), new: .init(name: "b", report: new))
        let rows = document.blocks.flatMap { block -> [TableRow] in
            if case let .table(table) = block, table.summary?.hasPrefix("Siffror som skiljer sig i ") == true { return table.rows }
            return []
        }
        XCTAssertEqual(rows.count, comparison.figures.count)
        for (row, change) in zip(rows, comparison.figures) {
            let before = row.cells[2], after = row.cells[3]
            XCTAssertEqual(before.struckThrough, change.kind != .added, "\(change.row) \(change.kind)")
            XCTAssertEqual(before.inlines, change.kind == .added ? [.text("–")] : [.text(change.old!.text + change.old!.unit.suffix)])
            XCTAssertFalse(after.struckThrough)
            XCTAssertTrue(row.cells.enumerated().allSatisfy { $0.offset == 2 || !$0.element.struckThrough })
            let word = ["changed": "ändrad", "added": "ny", "removed": "borttagen"][change.kind.rawValue]!
            XCTAssertEqual(row.cells.last?.inlines, [.text(word)])
        }
        XCTAssertTrue(comparison.figures.contains { $0.kind == .removed && $0.row == removed.id })
    }
}
