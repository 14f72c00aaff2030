import Foundation
import XCTest
@testable import ReportCore

/// The members as a sheet of a workbook (Fixtures/xlsx/make_members_xlsx.py writes it from the
/// examples' medlemmar.yaml with openpyxl) read to the same members as the yaml list; a
/// wrong cell refused with the sheet, the cell and the value.
final class MembersSheetTests: XCTestCase {
    /// Everything a member holds except where it was typed.
    private func plain(_ members: [MemberRecord]) -> [String] {
        members.map { member in
            let share = member.share.map { "\($0.numerator)/\($0.denominator)" } ?? "-"
            return [member.name, member.shortName, member.kind.rawValue, member.noteLabel, share,
                    member.population.map(String.init) ?? "-", member.populationDate?.description ?? "-",
                    member.address.lines.joined(separator: " | "), member.contributionAccount?.code ?? "-",
                    member.costCentres.map(\.code).joined(separator: ",")].joined(separator: " · ")
        }
    }

    private func yamlList(_ example: String, strict: Bool) throws -> [MemberRecord] {
        try MembersReader.read(YamlNode.load(path: ExampleFolders.path("\(example)/medlemmar.yaml"), displayName: "medlemmar.yaml"),
                               strict: strict)
    }

    private func sheet(_ file: String, _ sheet: String, strict: Bool, folder: URL = XLSXFixtures.directory) throws -> [MemberRecord] {
        let root = try YamlNode.parse("medlemmar:\n  fil: \(file)\n  blad: \(sheet)\n", file: "medlemmar.yaml")
        return try MembersReader.read(root, strict: strict, folder: folder)
    }

    func testTheAnnualMembersSheetReadsAsTheYamlList() throws {
        let yaml = try yamlList("sjuharad-2024", strict: true)
        XCTAssertEqual(yaml.count, 11)
        // Bollebygd, as medlemmar.yaml writes it; the sheet holds the date as an Excel serial.
        XCTAssertEqual(plain(yaml)[3], "Bollebygds kommun · Bollebygd · kommun · Bollebygd · - · 9668 · 2023-06-30 · "
                       + "Bollebygds kommun | Kommunkansliet | 517 83 BOLLEBYGD · - · ")
        let read = try sheet("medlemmar.xlsx", "Medlemmar", strict: true)
        XCTAssertEqual(plain(read), plain(yaml))
        XCTAssertEqual(read[3].location.cell, "Medlemmar!A5")
        XCTAssertEqual(read[3].address.locations.map { $0.cell ?? "" }, ["Medlemmar!G5", "Medlemmar!H5", "Medlemmar!I5"])
    }

    func testTheTertialMembersSheetReadsAsTheYamlList() throws {
        let yaml = try yamlList("sjuharad-2017-t1", strict: false)
        XCTAssertEqual(yaml[0].share, ContributionShare(numerator: 1, denominator: 4))
        XCTAssertEqual(yaml[3].costCentres.map(\.code), ["3010", "3011"])
        XCTAssertEqual(yaml[3].population, 8878)
        let read = try sheet("medlemmar.xlsx", "Medlemmar 2017", strict: false)
        XCTAssertEqual(plain(read), plain(yaml))
        XCTAssertEqual(read[3].costCentres.map { $0.location.cell ?? "" }, ["Medlemmar 2017!G5", "Medlemmar 2017!G5"])
    }

    func testABadCellIsRefusedWithItsSheetCellAndValue() throws {
        XCTAssertThrowsError(try sheet("medlemmar-fel.xlsx", "Medlemmar", strict: true)) { error in
            XCTAssertEqual("\(error)", "medlemmar-fel.xlsx, Medlemmar!E6 (fält \"medlemmar[5].folkmängd\"): fel: "
                           + "Ska vara ett heltal, men är \"etthundrafjortontusen\".")
        }
        XCTAssertThrowsError(try sheet("medlemmar.xlsx", "Medlemar", strict: true)) { error in
            XCTAssertTrue("\(error)".contains("har inget blad som heter \"Medlemar\""), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("medlemmar.yaml:3"), "\(error)")
        }
        XCTAssertThrowsError(try sheet("saknas.xlsx", "Medlemmar", strict: true)) { error in
            XCTAssertTrue("\(error)".hasPrefix("medlemmar.yaml:2 (fält \"medlemmar.fil\"): fel: Filen \"saknas.xlsx\" finns inte"), "\(error)")
        }
    }

    /// The same reader takes a csv file (as Swedish Excel saves it); its refusals name the
    /// file, the line and the column.
    func testACSVListIsCheckedAsStrictlyAsTheYaml() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("medlemmar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func read(_ csv: String, strict: Bool = true) throws -> [MemberRecord] {
            try Data(csv.utf8).write(to: folder.appendingPathComponent("medlemmar.csv"))
            let root = try YamlNode.parse("medlemmar: {fil: medlemmar.csv}\n", file: "medlemmar.yaml")
            return try MembersReader.read(root, strict: strict, folder: folder)
        }
        func refusal(_ csv: String) -> String {
            do { _ = try read(csv); return "" } catch { return "\(error)" }
        }
        let header = "namn;kortnamn;typ;folkmängd;adress 1;adress 2;adress 3\n"
        let good = try read(header + "Provby kommun;Provby;kommun;25 130;Provby kommun;Box 2;503 38 PROVBY\n")
        XCTAssertEqual(plain(good), ["Provby kommun · Provby · kommun · Provby · - · 25130 · - · Provby kommun | Box 2 | 503 38 PROVBY · - · "])
        XCTAssertEqual(refusal(header + "Provby kommun;Provby;kommun;;Provby kommun;Box 2;503 38 PROVBY\n"),
                       "medlemmar.csv:2 (fält \"medlemmar[1].folkmängd\"): fel: Fältet \"folkmängd\" saknas för kommunen Provby kommun.")
        XCTAssertEqual(refusal(header + "Provby kommun;Provby;kommun;25130;Provby kommun;;503 38 PROVBY\n"),
                       "medlemmar.csv:2 (fält \"adress 2\"): fel: Adressraden är tom men en senare adressrad är ifylld; en adress har inga tomma rader.")
        XCTAssertEqual(refusal(header + "Provby kommun;Provby;kommun;25130;Provby kommun;Box 2;PROVBY\n"),
                       "medlemmar.csv:2 (fält \"medlemmar[1].adress\"): fel: Sista adressraden ska vara postnummer och ort, som \"503 38 BORÅS\", men är \"PROVBY\".")
        XCTAssertTrue(refusal("namn;typ;folkmangd\nProvby kommun;kommun;25130\n")
            .hasPrefix("medlemmar.csv:2 (fält \"folkmangd\"): fel: Kolumnen \"folkmangd\" hör inte till ett medlemsblad (menade du \"folkmängd\"?). Kolumnerna är namn, "))
        XCTAssertEqual(refusal("namn;typ\n\"A \"\"citat\"\" \\ verket\";stat\n\"A \"\"citat\"\" \\ verket\";stat\n"),
                       "medlemmar.csv:3 (fält \"medlemmar[2]\"): fel: Medlemmen \"A \"citat\" \\ verket\" finns två gånger.")
        XCTAssertTrue(refusal("namn;typ;kostnadsställen\nRegion;region;3010\n").contains("okänd nyckel `kostnadsställen`"),
                      "the annual report has no cost centres per member")
    }

    /// A whole report folder whose medlemmar.yaml names the sheet reads the same members.
    func testAFolderReadsItsMembersFromTheWorkbook() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        let original = try ReportFolder.load(path: folder.path)
        try FileManager.default.copyItem(at: XLSXFixtures.directory.appendingPathComponent("medlemmar.xlsx"),
                                         to: folder.appendingPathComponent("medlemmar.xlsx"))
        try "medlemmar:\n  fil: medlemmar.xlsx\n  blad: Medlemmar\n".write(to: folder.appendingPathComponent("medlemmar.yaml"),
                                                                         atomically: true, encoding: .utf8)
        let fromSheet = try ReportFolder.load(path: folder.path)
        XCTAssertEqual(plain(fromSheet.members), plain(original.members))

        let tertial = try ExampleFolders.copy("sjuharad-2017-t1")
        let tertialOriginal = try TertialFolder.load(path: tertial.path)
        try FileManager.default.copyItem(at: XLSXFixtures.directory.appendingPathComponent("medlemmar.xlsx"),
                                         to: tertial.appendingPathComponent("medlemmar.xlsx"))
        try ExampleFolders.edit(tertial, "medlemmar.yaml") { text in
            String(text[..<text.range(of: "medlemmar:\n")!.lowerBound]) + "medlemmar: {fil: medlemmar.xlsx, blad: Medlemmar 2017}\n"
        }
        let tertialFromSheet = try TertialFolder.load(path: tertial.path)
        XCTAssertEqual(plain(tertialFromSheet.members), plain(tertialOriginal.members))
        XCTAssertEqual(tertialFromSheet.contributions.total, tertialOriginal.contributions.total)
    }
}
