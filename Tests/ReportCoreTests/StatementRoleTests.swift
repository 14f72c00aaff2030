import XCTest
@testable import ReportCore

/// The rows the checks and the overview read (`roll:`): refused when unknown, twice, on a
/// row without amounts or in the wrong statement, or missing from a folder's own
/// statements, each with its file and line.
final class StatementRoleTests: XCTestCase {
    func describe(_ yaml: String) throws -> StatementSet { try DescriptionTesting.describe(yaml) }

    func refused(_ yaml: String, line: Int, containing part: String, file: StaticString = #filePath, at: UInt = #line) {
        DescriptionTesting.assertRefused(yaml, line: line, containing: part, file: file, at: at)
    }

    static let income = """
    räkningar:
      - id: prov
        typ: resultaträkning
        rubrik: Prov
        kolumner: resultat
        rader:
          - { art: text, text: Rubrik }
          - { id: it, konton: [5538] }
          - { id: summa, art: summa, roll: årets_resultat }
    """

    func testAKnownRoleOnASumIsAccepted() throws {
        let set = try describe(Self.income)
        XCTAssertEqual(set.statements.first?.rows.last?.role, .result)
    }

    func testAnUnknownRoleIsRefused() {
        refused(Self.income.replacingOccurrences(of: "roll: årets_resultat", with: "roll: resultatet"), line: 9,
                containing: "Okänt värde \"resultatet\": ska vara årets_resultat, summa_tillgångar")
    }

    func testARoleTwiceIsRefusedAtTheSecond() {
        refused(Self.income.replacingOccurrences(of: "{ id: it, konton: [5538] }", with: "{ id: it, konton: [5538], roll: årets_resultat }"),
                line: 9, containing: "Rollen årets_resultat finns redan på raden \"it\"")
    }

    func testARoleOnATextRowOrInTheWrongStatementIsRefused() {
        refused(Self.income.replacingOccurrences(of: "{ art: text, text: Rubrik }", with: "{ art: text, text: Rubrik, roll: eget_kapital }"),
                line: 7, containing: "Rollen eget_kapital hör till en rad med belopp i en balansräkning")
        refused(Self.income.replacingOccurrences(of: "roll: årets_resultat", with: "roll: summa_tillgångar"),
                line: 9, containing: "inte till raden \"summa\" i \"Prov\"")
    }

    /// A folder's own income statement without the result's row is refused where the
    /// statement starts (rakningar.yaml line 3 after the base line).
    func testAFolderStatementWithoutItsRoleIsRefusedWithFileAndLine() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "grund: sjuharad\nräkningar:\n  - id: resultatrakning\n    typ: resultaträkning\n    rubrik: Resultaträkning\n    kolumner: resultat\n    rader:\n      - { id: alla, konton: [3000-8999] }\n      - { id: arets_resultat, art: summa }\n"
            .write(to: folder.appendingPathComponent("rakningar.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "rakningar.yaml")
            XCTAssertEqual(error?.location.line, 3)
            XCTAssertEqual(error?.message, "\"Resultaträkning\" saknar en rad med roll: årets_resultat; programmet läser den raden i kontrollerna och flerårsöversikten.")
        }
    }
}
