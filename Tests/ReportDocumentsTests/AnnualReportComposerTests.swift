import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The annual report's document tree, without fonts or PDF: every "Not N" reference has a
/// heading to land on, headings carry no typed numbers, and the signatories are the members
/// sitting on the decision date.
final class AnnualReportComposerTests: XCTestCase {
    func document(_ example: String) throws -> (Document, AnnualReportModel) {
        let inputs = try ReportFolder.load(path: DocumentsFixtures.examples + "/" + example)
        let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model)
        return (AnnualReportComposer.compose(model), model)
    }

    func testEveryNoteReferenceLandsOnANoteHeading() throws {
        for example in ["sjuharad-2024", "nordvastra-2024"] {
            let (document, model) = try document(example)
            let blocks = flattened(document.blocks)
            let anchors = Set(blocks.compactMap { block -> String? in
                if case let .heading(heading) = block { return heading.anchor }
                return nil
            })
            let references = blocks.flatMap(referenceAnchors)
            XCTAssertFalse(references.isEmpty, example)
            for reference in references { XCTAssertTrue(anchors.contains(reference), "\(example): \(reference) has no heading") }
            for number in model.noteTables.compactMap(\.number) { XCTAssertTrue(anchors.contains("not-\(number)"), "\(example): note \(number)") }
        }
    }

    func testHeadingsCarryNoTypedNumbersAndTheSignatoriesSitOnTheDecisionDate() throws {
        let (document, model) = try document("sjuharad-2024")
        let blocks = flattened(document.blocks)
        for case let .heading(heading) in blocks {
            XCTAssertNil(heading.text.range(of: #"^\d+(\.\d+)*\.?\s"#, options: .regularExpression), heading.text)
        }
        let chapters = blocks.compactMap { block -> String? in
            guard case let .heading(heading) = block, heading.level == 1 else { return nil }
            return heading.text
        }
        XCTAssertEqual(chapters, ["Förvaltningsberättelse", "Resultaträkning", "Balansräkning", "Kassaflödesanalys",
                                  "Driftredovisning", "Noter", "Styrelsens underskrift"])
        let signatures = blocks.compactMap { block -> SignatureBlock? in
            if case let .signatures(signatures) = block { return signatures }
            return nil
        }
        XCTAssertEqual(signatures.count, 1)
        XCTAssertEqual(signatures.first?.signatories.count, 22)
        XCTAssertEqual(signatures.first?.dateLine, "Borås 2025-02-03")
        XCTAssertEqual(model.board.signatories.count, 22)
    }

    func testTheSecondAssociationGetsTheTablesItsTextDoesNotName() throws {
        let (document, _) = try document("nordvastra-2024")
        let summaries = flattened(document.blocks).compactMap { block -> String? in
            if case let .table(table) = block { return table.summary }
            return nil
        }
        for expected in ["Översikt över verksamhetens utveckling", "Styrelsens ledamöter 2024", "Deltagare per kommun och kön",
                         "Balanskravsresultat", "Åtgärdsplan"] {
            XCTAssertEqual(summaries.filter { $0 == expected }.count, 1, "\(expected) in \(summaries)")
        }
    }

    /// `innehåll: { numrering: nej }`: no heading is numbered, the notes keep their typed
    /// "Not N" and their anchors; by default the chapters are numbered.
    func testUnnumberedHeadingsAsTheFolderSetsThem() throws {
        let (numbered, model) = try document("kvarnsjo-2023")
        func headings(_ document: Document) -> [Heading] {
            flattened(document.blocks).compactMap { if case let .heading(heading) = $0 { return heading } else { return nil } }
        }
        XCTAssertTrue(headings(numbered).contains { $0.numbered && $0.text == "Resultaträkning" })
        var plain = model
        plain.furniture.numberedHeadings = false
        let unnumbered = headings(AnnualReportComposer.compose(plain))
        XCTAssertEqual(unnumbered.filter(\.numbered).map(\.text), [])
        XCTAssertEqual(unnumbered.map(\.text), headings(numbered).map(\.text))
        XCTAssertEqual(unnumbered.compactMap(\.anchor), headings(numbered).compactMap(\.anchor))
    }

    func flattened(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case let .keepTogether(children) = block { return flattened(children) }
            return [block]
        }
    }

    func referenceAnchors(_ block: Block) -> [String] {
        guard case let .table(table) = block else { return [] }
        return (table.headerRows + table.rows).flatMap(\.cells).flatMap(\.inlines).compactMap { inline in
            if case let .reference(_, anchor) = inline { return anchor }
            return nil
        }
    }
}
