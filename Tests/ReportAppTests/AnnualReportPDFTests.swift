import Foundation
import XCTest

/// The annual report's PDF as a file: valid, fonts embedded, an outline, internal links
/// from the statements to the notes; and the second example association renders too.
final class AnnualReportPDFTests: XCTestCase {
    func testQpdfCheckIsCleanAndEveryFontIsAnEmbeddedLatoSubset() throws {
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let lines = try CommandLineRunner.tool("pdffonts", [pdf]).standardOutput.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty)
        for line in lines {
            XCTAssertTrue(line.contains("Lato"), String(line))
            XCTAssertTrue(line.contains("yes yes yes"), "not embedded as a subset with Unicode map: \(line)")
        }
        try assertQpdfCheckIsClean(pdf)
    }

    /// Clean, and tagged: Cairo 1.16 gives every link annotation a structure element, so the
    /// file is only whole when the painter writes the structure tree (see TaggedPDFTests).
    func assertQpdfCheckIsClean(_ pdf: String) throws {
        let check = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        let report = check.standardOutput + check.standardError
        XCTAssertEqual(check.status, 0, report)
        XCTAssertFalse(report.contains("WARNING"), report)
        let content = try Data(contentsOf: URL(fileURLWithPath: pdf))
        XCTAssertNotNil(content.range(of: Data("/StructTreeRoot".utf8)), "the PDF has no structure tree")
    }

    func testOutlineListsTheSectionsAndTheStatementsLinkToTheirNotes() throws {
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let json = try CommandLineRunner.tool("qpdf", ["--json", "--json-key=outlines", pdf]).standardOutput
        let root = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try XCTUnwrap(root["outlines"] as? [[String: Any]])
        let titles = outlines.compactMap { $0["title"] as? String }
        XCTAssertEqual(titles.count, 7, "\(titles)")
        let sections = (outlines.first?["kids"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        XCTAssertEqual(sections.count, 7, "\(sections)")
        XCTAssertTrue(titles.contains("1 Förvaltningsberättelse") && titles.contains("7 Styrelsens underskrift"), "\(titles)")

        let expanded = NSTemporaryDirectory() + "finsam-annual-\(UUID().uuidString).pdf"
        defer { try? FileManager.default.removeItem(atPath: expanded) }
        _ = try CommandLineRunner.tool("qpdf", ["--qdf", "--object-streams=disable", pdf, expanded])
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        XCTAssertTrue(content.contains("/Outlines"))
        let links = content.components(separatedBy: "/Subtype /Link").count - 1
        // Contents entries plus the "Not N" references in the income statement and balance sheet.
        XCTAssertGreaterThan(links, 22 + 6, "only \(links) link annotations")
    }

    func testTheSecondAssociationRendersWithItsRecoveryPlanAndWithoutSjuharadsSections() throws {
        let rendered = try AnnualReportFixture.render("examples/nordvastra-2024", name: "nordvastra-2024")
        defer { try? FileManager.default.removeItem(atPath: rendered.folder) }
        XCTAssertEqual(rendered.result.status, 0, rendered.result.standardError)
        let text = try AnnualReportFixture.text(rendered.pdf)
        for expected in ["Samordningsförbundet Nordvästra Ängsdalen", "Årsredovisning 2024", "Åtgärdsplan (beslutad 2025-02-14)",
                         "Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Styrelsens underskrift", "Ängsby 2025-02-14"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(text.contains("Sjuhärad"), "another association's text leaked in")
        try assertQpdfCheckIsClean(rendered.pdf)
    }

    /// The third example renders with no code of its own: the goal and personnel tables of
    /// its texts, whole kronor in the statements, its own notes and footnote.
    func testTheThirdAssociationOnBASRendersItsOwnTablesAndNotes() throws {
        let rendered = try AnnualReportFixture.render("examples/kvarnsjo-2023", name: "kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(atPath: rendered.folder) }
        XCTAssertEqual(rendered.result.status, 0, rendered.result.standardError)
        let text = try AnnualReportFixture.text(rendered.pdf)
        for expected in ["Samordningsförbundet Kvarnsjöbygden", "Måluppfyllelse", "Utvärderade insatser", "Projektekonom ESF",
                         "12 000 000", "Driftbidrag från staten", "varav räkenskapsrevision", "* Revisionen utförs",
                         "Kassaflöde från den löpande verksamheten", "Avskrivningar", "ESF-projektet Vägen vidare",
                         // its own drift rows, against the budget by row
                         "Medlemsbidrag 12 000 12 000 0 11 600", "ESF-bidrag 1 850 1 700 150 1 200", "Resultat 339 −280 619 403",
                         "Utgående eget kapital 3 213 2 520 693 2 875"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(text.contains("budget.csv"), "where the budget comes from is for the check report")
        XCTAssertFalse(text.contains("Sjuhärad"), "another association's text leaked in")
        XCTAssertFalse(text.contains("12 000 000,00"), "the statements are in whole kronor")
        try assertQpdfCheckIsClean(rendered.pdf)
    }
}
