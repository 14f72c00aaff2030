import Foundation
import XCTest

/// `finsam-report init` as the office uses it: a folder from another program's SIE export,
/// every "Att göra" item filled in from the printed list, then check, render and verify.
final class InitFolderTests: XCTestCase {
    typealias Item = InitWalkthrough.Item

    /// What the office writes for each item: a value for a yaml key or csv cell, a
    /// paragraph for a text.
    static func value(for item: Item) -> String? {
        if item.file.hasPrefix("texter/") { return "Styrelsen har under året följt verksamhetsplanen och rapporterat till medlemmarna." }
        let values: [String: String] = [
            "rapport.yaml förbund.säte": "Älvby", "rapport.yaml beslut.datum": "2026-02-12", "rapport.yaml beslut.ort": "Älvby",
            "rapport.yaml antal_anställda": "1", "rapport.yaml budgeterade_platser": "80",
            "styrelse.yaml ordförande": "Anna Ek", "styrelse.yaml justerare": "Bo Lund",
            "styrelse.yaml ledamöter[1].namn": "Anna Ek", "styrelse.yaml ledamöter[2].namn": "Bo Lund",
            "styrelse.yaml ledamöter[3].namn": "Cecilia Berg", "styrelse.yaml ledamöter[3].parti": "S",
            "styrelse.yaml ledamöter[3].organisation": "Region Älvdalen",
            "styrelse.yaml ledamöter[4].namn": "David Ström", "styrelse.yaml ledamöter[4].parti": "M",
            "styrelse.yaml ledamöter[4].organisation": "Älvby kommun",
            "medlemmar.yaml medlemmar[3].namn": "Region Älvdalen", "medlemmar.yaml medlemmar[4].namn": "Älvby kommun",
            "medlemmar.yaml medlemmar[4].kortnamn": "Älvby", "medlemmar.yaml medlemmar[4].folkmängd": "25130",
            "historik.yaml år[1].antal_anställda": "1",
        ]
        if let value = values["\(item.file) \(item.key)"] { return value }
        if item.file == "deltagare.csv" { return item.key.hasPrefix("kommun") ? "Älvby" : "37" }
        if item.file == "mappning.yaml", item.key.hasSuffix(".skäl") { return exclusionReason }
        if item.file == "budget.csv" { return item.key.hasPrefix("intäkter") ? "0" : "-900000" }
        return nil
    }

    func testInitFromAForeignExportReachesAVerifiedPDF() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        let sie = work + "/export.se"
        try Data(ForeignSIEExport.bytes).write(to: URL(fileURLWithPath: sie))
        let folder = work + "/alvdalen-2025"
        let (output, items) = try InitWalkthrough.initFolder([folder, "--sie", sie])
        XCTAssertTrue(output.contains("förbundets namn: \(ForeignSIEExport.name) (#FNAMN)"), output)
        XCTAssertTrue(output.contains("organisationsnummer: 222000-1347"), output)
        XCTAssertTrue(output.contains("räkenskapsår: 2025"), output)
        XCTAssertTrue(output.contains("kontoplan: bas (medlemsbidragen står på 3000–3099"), output)
        XCTAssertTrue(output.contains("10 Kansli och styrelse, 20 Insats Vägen vidare, 30 Projekt Ung framtid"), output)
        let report = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        XCTAssertTrue(report.contains("namn: \"Samordningsförbundet Älvdalen Södra\""), report)
        XCTAssertTrue(report.contains("kontoplan: bas"), report)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder + "/bokforing.se")), Data(ForeignSIEExport.bytes))

        // Last year's overview row, from the fixture's own figures (tkr, half away from zero).
        let history = try String(contentsOfFile: folder + "/historik.yaml", encoding: .utf8)
        XCTAssertTrue(history.contains("årets_resultat: \(Int((Double(ForeignSIEExport.lastYearResultOre) / 100_000).rounded()))"), history)
        XCTAssertTrue(history.contains("eget_kapital: 1847"), history)
        XCTAssertTrue(history.contains("totala_tillgångar: 1947"), history)

        XCTAssertGreaterThan(items.count, 20, output)
        try assertMappingProposal(folder, output: output, items: items)
        let pdf = work + "/ut/alvdalen-2025.pdf"
        try InitWalkthrough.assertUnfinished(folder, items, output: work + "/ut", pdf: pdf)
        try InitWalkthrough.fillCheckAndRender(folder, items, value: Self.value(for:), output: work + "/ut", pdf: pdf)
        let text = try CommandLineRunner.tool("pdftotext", ["-layout", pdf, "-"]).standardOutput
        XCTAssertTrue(text.contains("Samordningsförbundet Älvdalen Södra"))
        // The year's result, 901 780,90 kr summed from the fixture's vouchers (the internal
        // allocation on 9110/9190 cancels out).
        XCTAssertEqual(ForeignSIEExport.yearResultOre, 90_178_090)
        XCTAssertTrue(text.contains("901 780,90"), text)
        try assertProposedAccountsPlaced(folder, text: text)
        XCTAssertFalse(text.contains("FYLL I"))
    }

    func testAnUnfinishedFolderIsCheckedAgainstTheSameList() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        let folder = work + "/ny"
        let (output, items) = try InitWalkthrough.initFolder([folder])
        for key in ["år", "förbund.namn", "förbund.organisationsnummer", "kontoplan", "filer.bokföring", "beslut.datum"] {
            XCTAssertTrue(items.contains { $0.file == "rapport.yaml" && $0.key == key }, "\(key) missing in \(output)")
        }
        try InitWalkthrough.assertUnfinished(folder, items)
    }

    func testInitRefusesWhatItCannotUse() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        let taken = work + "/upptagen"
        try FileManager.default.createDirectory(atPath: taken, withIntermediateDirectories: true)
        try "behåll".write(toFile: taken + "/anteckning.txt", atomically: true, encoding: .utf8)
        let existing = try CommandLineRunner.finsamReport(["init", taken])
        XCTAssertEqual(existing.status, 2)
        XCTAssertTrue(existing.standardError.contains("finns redan och är inte tom"), existing.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: taken), ["anteckning.txt"])

        let missing = try CommandLineRunner.finsamReport(["init", work + "/a", "--sie", work + "/finns-inte.se"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("Filen finns inte"), missing.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/a"))

        let broken = work + "/trasig.se"
        try Data("#FLAGGA 0\r\n#SIETYP 4\r\n#RAR 0 20250101 20251231\r\n#KONTO 1930 \"Bank\"\r\n#IB 0 1930 12,3x\r\n".utf8).write(to: URL(fileURLWithPath: broken))
        let unreadable = try CommandLineRunner.finsamReport(["init", work + "/b", "--sie", broken])
        XCTAssertEqual(unreadable.status, 2, unreadable.standardError)
        XCTAssertTrue(unreadable.standardError.contains("trasig.se:5"), unreadable.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/b"))

        var unbalanced = ForeignSIEExport.text
        unbalanced = unbalanced.replacingOccurrences(of: "#TRANS 8410 {} 125.00", with: "#TRANS 8410 {} 126.00")
        try Data(unbalanced.utf8).write(to: URL(fileURLWithPath: work + "/obalans.se"))
        let refused = try CommandLineRunner.finsamReport(["init", work + "/c", "--sie", work + "/obalans.se"])
        XCTAssertEqual(refused.status, 1, refused.standardError)
        XCTAssertTrue(refused.standardError.contains("balanserar inte"), refused.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/c"))

        let kind = try CommandLineRunner.finsamReport(["init", work + "/d", "--typ", "kvartal"])
        XCTAssertEqual(kind.status, 2)
        XCTAssertTrue(kind.standardError.contains("--typ ska vara arsredovisning eller tertialrapport"), kind.standardError)
    }
}
