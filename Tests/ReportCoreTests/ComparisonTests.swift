import Foundation
import XCTest
@testable import ReportCore

/// `ReportComparison` on real models with one thing changed at a time: rows are matched by
/// id (an inserted row is one added row), paragraphs by alignment, signatories by name.
final class ComparisonTests: XCTestCase {
    static let base: ComparedReport = {
        let inputs = try! ReportFolder.load(path: ExampleFolders.path("nordvastra-2024"))
        return try! ComparedReport(AnnualReportBuilder.build(inputs).model!)
    }()

    func testAReportComparedWithItselfHasNoDifferences() {
        let comparison = ReportComparison(old: Self.base, new: Self.base)
        XCTAssertTrue(comparison.isEmpty)
        XCTAssertTrue(ComparisonListing.text(comparison, old: "a", new: "b").contains("Inga skillnader"))
    }

    func testTheModelFileReadsAsTheSameReportAsTheFolder() throws {
        let inputs = try ReportFolder.load(path: ExampleFolders.path("nordvastra-2024"))
        let json = try ModelJSON.encode(AnnualReportBuilder.build(inputs).model!)
        XCTAssertEqual(try ComparedReport.decode(Data(json.utf8)), Self.base)
        // A later version's extra keys are ignored.
        let extended = json.replacingOccurrences(of: "\"year\" :", with: "\"provenanceLater\" : {\"rows\" : []},\n  \"year\" :")
        XCTAssertEqual(try ComparedReport.decode(Data(extended.utf8)), Self.base)
    }

    func testAnInsertedRowIsOneAddedRowAndNoOtherRowChanges() throws {
        var new = Self.base
        var row = new.statements[0].rows[1]
        row.id = "ny_rad"
        row.label = "Ny rad"
        new.statements[0].rows.insert(row, at: 1)
        let changes = ReportComparison(old: Self.base, new: new).figures
        XCTAssertFalse(changes.isEmpty)
        XCTAssertEqual(Set(changes.map(\.row)), ["ny_rad"])
        XCTAssertEqual(Set(changes.map(\.kind)), [.added])
        XCTAssertEqual(changes.count, row.printed.compactMap { $0 }.count)
        // And taking it away again is one removed row.
        let removed = ReportComparison(old: new, new: Self.base).figures
        XCTAssertEqual(Set(removed.map(\.kind)), [.removed])
        XCTAssertEqual(Set(removed.map(\.row)), ["ny_rad"])
    }

    func testAChangedCellGivesBothValuesAndTheDifferenceExactAndAsPrinted() throws {
        var new = Self.base
        let table = try XCTUnwrap(new.statements.firstIndex { $0.unit == .kronorAndOre })
        let index = try XCTUnwrap(new.statements[table].rows.firstIndex { $0.exact.first.flatMap { $0 } != nil })
        let before = new.statements[table].rows[index]
        new.statements[table].rows[index].exact[0] = before.exact[0]! + Money(kronor: 100)
        new.statements[table].rows[index].printed[0] = before.printed[0]! + 10_000
        let changes = ReportComparison(old: Self.base, new: new).figures
        XCTAssertEqual(changes.count, 1)
        let change = try XCTUnwrap(changes.first)
        XCTAssertEqual(change.kind, .changed)
        XCTAssertEqual(change.row, before.id)
        XCTAssertEqual(change.section, Self.base.statements[table].title)
        XCTAssertEqual(change.exactDifference, Money(kronor: 100))
        XCTAssertEqual(change.printedDifference, 10_000)
        XCTAssertEqual(change.exactDifferenceText, "+100,00 kr")
        let line = ComparisonListing.describe(change)
        XCTAssertTrue(line.contains("[\(before.id)]"), line)
        XCTAssertTrue(line.contains(Money(ore: before.printed[0]!).formattedKronor + " → "), line)
        XCTAssertTrue(line.contains("skillnad +100,00 kr"), line)
    }

    func testAChangedSentenceIsOneChangedParagraphWithItsFileAndLines() throws {
        var new = Self.base
        let text = try XCTUnwrap(new.texts.firstIndex { $0.blocks.filter { $0.kind == .paragraph }.count >= 2 })
        let paragraph = try XCTUnwrap(new.texts[text].blocks.lastIndex { $0.kind == .paragraph })
        let old = TextComparison.text(new.texts[text].blocks[paragraph].runs)
        new.texts[text].blocks[paragraph].runs = [InlineRun(text: "En helt ny mening.")]
        new.texts[text].blocks.insert(ProseBlock(kind: .paragraph, runs: [InlineRun(text: "Ett nytt stycke.")], line: 2), at: 1)
        let changes = ReportComparison(old: Self.base, new: new).texts
        XCTAssertEqual(changes.map(\.kind), [.added, .changed])
        XCTAssertEqual(changes[0].new, "Ett nytt stycke.")
        XCTAssertEqual(changes[1].old, old)
        XCTAssertEqual(changes[1].new, "En helt ny mening.")
        XCTAssertEqual(changes[1].newFile, Self.base.texts[text].file)
        XCTAssertEqual(changes[1].newLine, Self.base.texts[text].blocks[paragraph].line)
    }

    func testASignatoryAddedAndOneRemovedAreBothListed() throws {
        var new = Self.base
        let leaving = new.board.signatories.removeLast()
        var joining = leaving
        joining.signatureName = "Ny Ledamot"
        new.board.signatories.append(joining)
        let changes = ReportComparison(old: Self.base, new: new).board
        XCTAssertEqual(changes, [BoardChange(kind: .removed, name: leaving.signatureName, organisation: leaving.organisation),
                                 BoardChange(kind: .added, name: "Ny Ledamot", organisation: leaving.organisation)])
        let listing = ComparisonListing.text(ReportComparison(old: Self.base, new: new), old: "a", new: "b")
        XCTAssertTrue(listing.contains("Utgår: \(leaving.signatureName), \(leaving.organisation)"), listing)
        XCTAssertTrue(listing.contains("Tillkommer: Ny Ledamot"), listing)
    }

    func testDifferingWordsAreMarkedOnBothSides() {
        let (old, new) = WordDifference.words(old: "Förbundet har fyra insatser i år.", new: "Förbundet har fem insatser i år.")
        XCTAssertEqual(old.filter(\.differs).map(\.text), ["fyra"])
        XCTAssertEqual(new.filter(\.differs).map(\.text), ["fem"])
    }
}
