import XCTest
@testable import ReportCore

/// A group's `rubrik`, `summa` and `resultat` in mappning.yaml reach the statements that
/// print the group's headings (the Sjuhärad form takes all three from the mapping), and a
/// heading no row prints is a warning at its line instead of being dropped in silence.
final class MappingGroupLabelTests: XCTestCase {
    func computed(_ example: String, mapping edit: (String) -> String) throws -> (model: AnnualReportModel, findings: [Finding]) {
        let folder = try ExampleFolders.copy(example)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mappning.yaml")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        try edit(text).write(to: file, atomically: true, encoding: .utf8)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path))
    }

    func incomeStatement(_ model: AnnualReportModel) throws -> ReportTable {
        try XCTUnwrap(model.statements.first { $0.id == "resultatrakning" })
    }

    /// Without the edit the labels are the seed's (seed001-tables.md): Intäkter, Summa
    /// verksamhetens intäkter, Resultat före extraordinära poster.
    func testAnOverriddenGroupsHeadingsReachTheSjuharadForm() throws {
        let seed = try incomeStatement(AnnualReportBuilder.compute(try ExampleFolders.load("sjuharad-2024")).model)
        XCTAssertEqual(seed.rows.first { $0.kind == .text }?.label, "Intäkter")
        XCTAssertEqual(seed.row("summa_verksamhetens_intakter")?.label, "Summa verksamhetens intäkter")
        XCTAssertEqual(seed.row("verksamhetens_nettokostnad")?.label, "Verksamhetens nettokostnad")
        XCTAssertEqual(seed.row("resultat_fore_extraordinara")?.label, "Resultat före extraordinära poster")
        XCTAssertEqual(seed.row("arets_resultat")?.label, "Periodens resultat")

        let (model, findings) = try computed("sjuharad-2024") {
            $0.replacingOccurrences(of: "  - grupp: verksamhetens_intakter\n", with: """
                  - grupp: verksamhetens_intakter
                    rubrik: Intäkter från verksamheten
                    summa: Summa intäkter från verksamheten

                """)
            .replacingOccurrences(of: "  - grupp: finansiella\n", with: "  - grupp: finansiella\n    resultat: Resultat efter finansiella poster\n")
        }
        let table = try incomeStatement(model)
        XCTAssertEqual(table.rows.first { $0.kind == .text }?.label, "Intäkter från verksamheten")
        XCTAssertEqual(table.row("summa_verksamhetens_intakter")?.label, "Summa intäkter från verksamheten")
        XCTAssertEqual(table.row("resultat_fore_extraordinara")?.label, "Resultat efter finansiella poster")
        XCTAssertEqual(table.row("resultat_fore_extraordinara")?.exact, seed.row("resultat_fore_extraordinara")?.exact, "only the label changes")
        XCTAssertEqual(findings.filter { $0.code == "mappning-rubrik-oanvand" }, [])
        XCTAssertEqual(findings.filter { $0.severity == .error }, [])
    }

    /// The standard form writes RKR's own texts: a heading and a result written on an
    /// overridden group do not print there, and the check says so at each field's line.
    func testAHeadingTheStatementsDoNotPrintIsAWarningAtItsLine() throws {
        let plan = try String(contentsOf: BuiltInAccountPlanTests.repository.appendingPathComponent("layouts/kontoplaner/kommun-bas.yaml"), encoding: .utf8)
        let group = plan.components(separatedBy: "  - grupp: verksamhetens_kostnader\n")[1].components(separatedBy: "  - grupp:")[0]
        let lines = group.components(separatedBy: "\n").filter { $0.hasPrefix("      - {") }
        XCTAssertEqual(lines.count, 8)
        let (model, findings) = try computed("nordvastra-2024") { _ in
            (["resultaträkning:", "  - grupp: verksamhetens_kostnader", "    rubrik: Kostnader i verksamheten",
              "    resultat: Nettokostnad", "    rader:"] + lines).joined(separator: "\n") + "\n"
        }
        let warnings = findings.filter { $0.code == "mappning-rubrik-oanvand" }
        XCTAssertEqual(warnings.map(\.severity), [.warning, .warning], "\(findings)")
        XCTAssertEqual(warnings.map { $0.location?.file }, ["mappning.yaml", "mappning.yaml"])
        XCTAssertEqual(Set(warnings.compactMap { $0.location?.line }), [3, 4])
        XCTAssertTrue(warnings.contains { $0.message.contains("har resultat här") && $0.message.contains("gruppresultat: verksamhetens_kostnader") }, "\(warnings)")
        XCTAssertTrue(warnings.contains { $0.message.contains("har rubrik här") }, "\(warnings)")
        XCTAssertFalse(try incomeStatement(model).rows.contains { $0.label == "Kostnader i verksamheten" || $0.label == "Nettokostnad" })
    }
}

/// The refusals of a description's ties to the mapping: an unknown line in `rader`, an
/// unknown group or one without a result in `gruppresultat`, a result row that sums nothing.
final class DescriptionMappingTiesTests: XCTestCase {
    func refused(_ rows: String, line: Int, containing part: String, file: StaticString = #filePath, at: UInt = #line) {
        let yaml = """
        räkningar:
          - id: prov
            typ: resultaträkning
            rubrik: Prov
            kolumner: resultat
            rader:
              - { id: it, konton: [5538] }
        \(rows)
        """
        DescriptionTesting.assertRefused(yaml, line: line, containing: part, file: file, at: at)
    }

    func testAnUnknownMappingLineIsRefusedAtItsRow() {
        refused("      - { id: kassa, rader: [kassa_och_bnak] }", line: 8, containing: "\"kassa_och_bnak\"")
    }

    func testAGroupResultMustNameAGroupWithAResult() {
        refused("      - { id: r, art: summa, gruppresultat: finnas_inte }", line: 8, containing: "Gruppen \"finnas_inte\" finns inte")
        refused("      - { id: r, art: summa, gruppresultat: verksamhetens_intakter }", line: 8, containing: "har inget \"resultat\"")
        refused("      - { id: r, konton: [5538], gruppresultat: finansiella }", line: 8, containing: "\"gruppresultat\" hör till")
    }
}
