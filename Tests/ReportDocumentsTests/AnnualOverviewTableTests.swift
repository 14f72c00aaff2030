import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The multi-year overview's table as composed: the predecessor's caption over its
/// columns, figures with a real minus sign and a plus sign only where the rows ask for it.
final class AnnualOverviewTableTests: XCTestCase {
    func overviewTable(_ example: String) throws -> Table {
        let inputs = try ReportFolder.load(path: DocumentsFixtures.examples + "/" + example)
        let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model)
        let tables = flattened(AnnualReportComposer.compose(model).blocks).compactMap { block -> Table? in
            if case let .table(table) = block, table.summary == "Översikt över verksamhetens utveckling" { return table }
            return nil
        }
        XCTAssertEqual(tables.count, 1)
        return try XCTUnwrap(tables.first)
    }

    func text(_ cell: TableCell) -> String {
        cell.inlines.map { inline -> String in
            if case let .text(text) = inline { return text }
            return ""
        }.joined()
    }

    func testThePredecessorsCaptionSpansItsColumns() throws {
        let table = try overviewTable("kvarnsjo-2023")
        XCTAssertEqual(table.headerRows.count, 2)
        let captions = table.headerRows[0].cells
        XCTAssertEqual(captions.map(text), ["", "", "Samordningsförbundet Kvarnby–Sjöholma"])
        XCTAssertEqual(captions.map(\.columnSpan), [1, 3, 3])
        XCTAssertEqual(table.headerRows[1].cells.map(text), ["Belopp i tkr", "2023", "2022", "2021", "2020", "2019", "2018"])
        let costs = try XCTUnwrap(table.rows.first { text($0.cells[0]) == "Verksamhetens kostnader" })
        XCTAssertEqual(costs.cells.dropFirst().map(text),
                       ["\u{2212}13\u{202F}593", "\u{2212}12\u{202F}431", "\u{2212}11\u{202F}403", "\u{2212}5\u{202F}480", "\u{2212}5\u{202F}580", "\u{2212}5\u{202F}250"])
        XCTAssertFalse(table.rows.flatMap(\.cells).map(text).contains { $0.hasPrefix("+") }, "Kvarnsjöbygden prints no plus signs")
    }

    /// Seed 001 prints the revenue with a plus sign ("+18 022") and has no caption row.
    func testSjuharadKeepsItsPlusSignsAndOneHeaderRow() throws {
        let table = try overviewTable("sjuharad-2024")
        XCTAssertEqual(table.headerRows.count, 1)
        let members = try XCTUnwrap(table.rows.first)
        XCTAssertEqual(members.cells.map(text), ["Verksamhetens intäkt från medlemmar", "+18\u{202F}022", "+19\u{202F}011", "+19\u{202F}032",
                                                 "+19\u{202F}032", "+19\u{202F}032", "+19\u{202F}087"])
    }

    func flattened(_ blocks: [Block]) -> [Block] {
        blocks.flatMap { block -> [Block] in
            if case let .keepTogether(children) = block { return flattened(children) }
            return [block]
        }
    }
}
