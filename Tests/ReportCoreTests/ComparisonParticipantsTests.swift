import Foundation
import XCTest
@testable import ReportCore

/// `diff` on the participants and the signature page, through the report folder's own
/// files: sjuharad-2024 with three more women in Tranemo (deltagare.csv, and the office's
/// own sum line so the file still adds up), and one member of the board replaced by
/// another on the same seat (styrelse.yaml). The expected cells, values and text figures
/// are worked out below from those files, not by the product.
final class ComparisonParticipantsTests: XCTestCase {
    static let old: ComparedReport? = try? report(ExampleFolders.path("sjuharad-2024"))

    func testThreeMoreParticipantsReachTheirMunicipalityTheSumsTheShareOfPlacesAndTheTexts() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "deltagare.csv") { text in
            text.replacingOccurrences(of: "Tranemo;kvinnor;23\n", with: "Tranemo;kvinnor;26\n")
                .replacingOccurrences(of: "Summa;kvinnor;426\n", with: "Summa;kvinnor;429\n")
        }
        let comparison = ReportComparison(old: try XCTUnwrap(Self.old), new: try Self.report(folder.path))
        // deltagare.csv: Tranemo 23 women + 9 men = 32; all women 426, men 224, together 650.
        // rapport.yaml budgets 659 places: 650/659 = 98,63 % and 653/659 = 99,09 %, per mille 986 → 991.
        let expected: [(row: String, column: String, old: Int64, new: Int64)] = [
            ("Tranemo", "Kvinnor", 23, 26), ("Tranemo", "Summa", 32, 35),
            ("summa", "Kvinnor", 426, 429), ("summa", "Summa", 650, 653),
            ("andel_av_platser", "Andel", 986, 991),
        ]
        XCTAssertEqual(comparison.figures.map { "\($0.table)/\($0.row)/\($0.column)" }, expected.map { "deltagare/\($0.row)/\($0.column)" })
        for (change, cell) in zip(comparison.figures, expected) {
            XCTAssertEqual(change.kind, .changed)
            XCTAssertEqual(change.section, "Deltagare per kommun och kön")
            XCTAssertEqual(change.old?.printed, cell.old, "\(cell)")
            XCTAssertEqual(change.new?.printed, cell.new, "\(cell)")
        }
        let listing = ComparisonListing.text(comparison, old: "a", new: "b")
        XCTAssertTrue(listing.contains("    Tranemo, Kvinnor: 23 → 26 (skillnad +3)"), listing)
        XCTAssertTrue(listing.contains("    Summa [summa], Summa: 650 → 653 (skillnad +3)"), listing)
        XCTAssertTrue(listing.contains("Andel av de budgeterade platserna [andel_av_platser], Andel: 98,6 → 99,1\u{00A0}% (skillnad +0,5\u{00A0}%)"),
                      listing)
        // texter/06-god-ekonomisk-hushallning.md prints the total on line 6, the share on line
        // 14 and the women on lines 20 and 46; the men and the budgeted places keep their values.
        let file = "texter/06-god-ekonomisk-hushallning.md"
        XCTAssertEqual(comparison.textFigures, [
            TextFigureChange(file: file, line: 6, name: "deltagare_totalt", old: "650", new: "653"),
            TextFigureChange(file: file, line: 14, name: "platser_andel_procent", old: "98,6\u{00A0}%", new: "99,1\u{00A0}%"),
            TextFigureChange(file: file, line: 20, name: "deltagare_kvinnor", old: "426", new: "429"),
            TextFigureChange(file: file, line: 46, name: "deltagare_kvinnor", old: "426", new: "429"),
        ])
        XCTAssertEqual(comparison.texts, [])
        XCTAssertEqual(comparison.board, [])
    }

    func testAMemberReplacedOnTheBoardIsOneRemovedAndOneAddedSignatoryAndNothingElse() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "styrelse.yaml") { text in
            text.replacingOccurrences(of: "{ namn: Jonas Ryhr, organisation: Arbetsförmedlingen, plats: Arbetsförmedlingen 2 }",
                                      with: "{ namn: Eva Lund, organisation: Arbetsförmedlingen, plats: Arbetsförmedlingen 2 }")
        }
        let comparison = ReportComparison(old: try XCTUnwrap(Self.old), new: try Self.report(folder.path))
        XCTAssertEqual(comparison.board, [BoardChange(kind: .removed, name: "Jonas Ryhr", organisation: "Arbetsförmedlingen"),
                                          BoardChange(kind: .added, name: "Eva Lund", organisation: "Arbetsförmedlingen")])
        XCTAssertEqual(comparison.figures, [])
        XCTAssertEqual(comparison.texts, [])
        XCTAssertEqual(comparison.textFigures, [])
        let listing = ComparisonListing.text(comparison, old: "a", new: "b")
        XCTAssertTrue(listing.hasSuffix("Ledamöter på underskriftssidan:\n  Utgår: Jonas Ryhr, Arbetsförmedlingen\n"
                                        + "  Tillkommer: Eva Lund, Arbetsförmedlingen"), listing)
    }

    static func report(_ path: String) throws -> ComparedReport {
        guard case .report(let report) = try ComparisonSource.load(path: path) else {
            XCTFail("\(path) has findings")
            throw CocoaError(.fileReadCorruptFile)
        }
        return report
    }
}
