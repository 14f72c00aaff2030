import Foundation
import XCTest
@testable import ReportCore

/// `flerårsöversikt:` and historik.yaml are read as strictly as the books: each wrong
/// input is refused with its file, line and what was meant, each check fails here once.
final class OverviewStrictTests: XCTestCase {
    /// Kvarnsjöbygden's folder with one edit; the error thrown while reading it.
    func refused(_ file: String, _ edit: @escaping (String) -> String, line: Int?, containing part: String,
                 at: UInt = #line) throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, file, edit)
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path), line: at) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, file, line: at)
            XCTAssertEqual(error?.location.line, line, line: at)
            XCTAssertTrue(error?.message.contains(part) == true, error?.message ?? "\(String(describing: error))", line: at)
        }
    }

    func findings(_ file: String, _ edit: @escaping (String) -> String) throws -> [Finding] {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, file, edit)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
    }

    /// The line in rakningar.yaml of the overview row with this id.
    func line(of id: String) throws -> Int {
        let text = try String(contentsOf: ExampleFolders.examples.appendingPathComponent("kvarnsjo-2023/rakningar.yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        return try XCTUnwrap(lines.firstIndex { $0.contains("{ id: \(id),") }) + 1
    }

    func testAnUnknownKeyIsRefusedWithTheClosestKnownKey() throws {
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "figur: antal_anstallda }", with: "figur: antal_anstallda, plusteken: ja }") },
                    line: try line(of: "antal_anställda"), containing: "okänd nyckel `plusteken` — menade du `plustecken`?")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "antal_år: 6", with: "antal_ar: 6") },
                    line: try line(of: "verksamhetens_intäkter") - 2, containing: "menade du `antal_år`?")
    }

    func testAnUnknownStatementRowIsRefusedWithFileAndLine() throws {
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "rader: [summa_verksamhetens_intakter]", with: "rader: [summa_verksamhetens_intakt]") },
                    line: try line(of: "verksamhetens_intäkter"),
                    containing: "tar räkningsraden \"summa_verksamhetens_intakt\", som inte finns i räkningarna (rakningar.yaml). Menade du \"summa_verksamhetens_intakter\"?")
    }

    func testUnknownOverviewRowsInSumsAndRatiosAreRefused() throws {
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "summerar: [verksamhetens_intäkter,", with: "summerar: [verksamhetens_intakt,") },
                    line: try line(of: "årets_resultat"), containing: "summerar \"verksamhetens_intakt\", som inte är en rad i flerårsöversikten. Menade du \"verksamhetens_intäkter\"?")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "kvot: [eget_kapital, balansomslutning]", with: "kvot: [eget_kapital, antal_anställda]") },
                    line: try line(of: "soliditet"), containing: "räknar kvoten av \"antal_anställda\", som inte är ett belopp i tkr")
    }

    func testARowWithoutASourceWithTwoOrSummedTwiceIsRefused() throws {
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "{ id: eget_kapital, text: Eget kapital, roll: eget_kapital }", with: "{ id: eget_kapital, text: Eget kapital }") },
                    line: try line(of: "eget_kapital"), containing: "behöver en källa")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "rader: [rr_finansiella] }", with: "rader: [rr_finansiella], figur: antal_anstallda }") },
                    line: try line(of: "finansiella_poster"), containing: "både \"rader\" och \"figur\"")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "roll: summa_tillgångar }", with: "summerar: [finansiella_poster], roll: summa_tillgångar }") },
                    line: try line(of: "balansomslutning"), containing: "\"finansiella_poster\" ingår redan i summan \"årets_resultat\"")
    }

    func testATwiceUsedIdOrRoleAndASumOfItselfAreRefused() throws {
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "{ id: balansomslutning,", with: "{ id: eget_kapital,") },
                    line: try line(of: "balansomslutning"), containing: "Flerårsöversikten har redan en rad med id \"eget_kapital\"")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "roll: summa_tillgångar }", with: "roll: eget_kapital }") },
                    line: try line(of: "balansomslutning"), containing: "Rollen eget_kapital står redan på flerårsöversiktens rad \"eget_kapital\"")
        try refused("rakningar.yaml", { $0.replacingOccurrences(of: "summerar: [verksamhetens_intäkter,", with: "summerar: [årets_resultat, verksamhetens_intäkter,") },
                    line: try line(of: "årets_resultat"), containing: "Flerårsöversiktens rad \"årets_resultat\" summerar sig själv via årets_resultat")
    }

    func testANamedFigureThatIsNotAWholeNumberIsAnError() throws {
        let found = try findings("rakningar.yaml") { $0.replacingOccurrences(of: "figur: antal_anstallda", with: "figur: soliditet_procent") }
        XCTAssertEqual(found.filter { $0.code == "oversikt-figur" }.map(\.message),
                       ["Flerårsöversiktens rad \"Antal anställda\" tar talet \"soliditet_procent\", men det är 82\u{00A0}% och inte ett heltal."])
    }

    /// A sum whose rows do not cover the statement's row with its role: the financial items
    /// left out, the result misses them by 37 162 kr (the books' 8310 and 8410).
    func testASumThatMissesItsRoleIsAnError() throws {
        let found = try findings("rakningar.yaml") { $0.replacingOccurrences(of: "verksamhetens_kostnader, finansiella_poster], roll", with: "verksamhetens_kostnader], roll") }
        let finding = try XCTUnwrap(found.first { $0.code == "oversikt-summa" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertTrue(finding.message.contains("skillnad \u{2212}37\u{202F}162,00 kr"), finding.message)
        XCTAssertEqual(finding.location?.line, try line(of: "årets_resultat"))
    }

    func testAnUnknownNamedFigureIsAnError() throws {
        let found = try findings("rakningar.yaml") { $0.replacingOccurrences(of: "figur: antal_anstallda", with: "figur: antal_anstalda") }
        XCTAssertEqual(found.filter { $0.code == "oversikt-figur" }.map(\.message),
                       ["Flerårsöversiktens rad \"Antal anställda\" tar talet \"antal_anstalda\", som inte finns. Menade du \"antal_anstallda\"?"])
    }

    func testHistoryKeysAreTheOverviewsRows() throws {
        try refused("historik.yaml", { $0.replacingOccurrences(of: "    balansomslutning: 3470", with: "    balansomslutnin: 3470") },
                    line: 11, containing: "okänd nyckel `balansomslutnin` — menade du `balansomslutning`?")
        try refused("historik.yaml", { $0.replacingOccurrences(of: "    balansomslutning: 3470\n", with: "") },
                    line: 5, containing: "Historiken 2022 saknar \"balansomslutning\" (Balansomslutning)")
        try refused("historik.yaml", { $0.replacingOccurrences(of: "    balansomslutning: 3470\n", with: "    balansomslutning: 3470\n    soliditet: 83\n") },
                    line: 12, containing: "Soliditet räknas ur historikens övriga tal; skriv inte in den.")
    }

    func testAYearTwiceOrAPredecessorAfterTheAssociationIsRefused() throws {
        try refused("historik.yaml", { $0.replacingOccurrences(of: "  - år: 2021", with: "  - år: 2022") },
                    line: 13, containing: "År 2022 står redan på rad 5")
        try refused("historik.yaml", { $0.replacingOccurrences(of: "      - år: 2020", with: "      - år: 2021") },
                    line: 28, containing: "Föregångarens år 2021 ska ligga före förbundets första år i historiken, 2021.")
    }
}
