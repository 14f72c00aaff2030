import Foundation
import XCTest

/// `init --typ tertialrapport`: the tertial report's folder, filled in from its "Att göra"
/// list, is accepted by check and renders the report and a letter per member.
final class InitTertialTests: XCTestCase {
    static func value(for item: InitWalkthrough.Item) -> String? {
        if item.file.hasPrefix("texter/") { return "Verksamheten har under perioden bedrivits enligt verksamhetsplanen." }
        let values: [String: String] = [
            "rapport.yaml förbund.säte": "Borås", "rapport.yaml brev.datum": "2017-05-22",
            "rapport.yaml brev.avsändare.namn": "Eva Kansli", "rapport.yaml brev.avsändare.telefon": "033-10 20 30",
            "rapport.yaml brev.avsändare.e-post": "kansli@example.se", "rapport.yaml brev.avsändare.adress[2]": "Box 1",
            "rapport.yaml brev.avsändare.adress[3]": "503 38 BORÅS",
            "medlemmar.yaml medlemsbidrag.totalt": "17668000", "medlemmar.yaml medlemmar[3].namn": "Region Prov",
            "medlemmar.yaml medlemmar[4].namn": "Provby kommun", "medlemmar.yaml medlemmar[4].kortnamn": "Provby",
            "medlemmar.yaml medlemmar[4].folkmängd": "25130",
        ]
        if let value = values["\(item.file) \(item.key)"] { return value }
        if item.file == "medlemmar.yaml", item.key.contains(".adress[") {
            if item.key.hasSuffix("[3]") { return "503 38 BORÅS" }
            return item.key.hasPrefix("medlemmar[3]") && item.key.hasSuffix("[1]") ? "Region Prov" : (item.key.hasSuffix("[1]") ? "Provby kommun" : "Box 2")
        }
        if item.file == "deltagare/floden.csv" {
            if item.key.hasPrefix("till_och_med") { return "2017-04" }
            return item.key.hasPrefix("kommun") ? "Provby" : "10"
        }
        if item.file == "deltagare/manadsvis.csv" { return item.key.hasPrefix("månad") ? "2017-01" : "4" }
        return nil
    }

    func testATertialFolderFromTheBooksPassesCheckAndRendersOnceFilledIn() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        let folder = work + "/t1"
        let (output, items) = try InitWalkthrough.initFolder([folder, "--typ", "tertialrapport", "--sie", "examples/sjuharad-2017-t1/bokforing.se"])
        XCTAssertTrue(output.contains("kontoplan: kommun-bas"), output)
        let report = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        XCTAssertTrue(report.contains("  år: 2017 "), report)
        XCTAssertGreaterThan(items.count, 15)
        let reportPDF = work + "/ut/t1/tertialrapport.pdf"
        try InitWalkthrough.assertUnfinished(folder, items, output: work + "/ut", pdf: reportPDF)
        try InitWalkthrough.fillCheckAndRender(folder, items, value: Self.value(for:), output: work + "/ut", pdf: reportPDF)
        let written = try FileManager.default.contentsOfDirectory(atPath: work + "/ut/t1").sorted()
        XCTAssertTrue(written.contains("tertialrapport.pdf"), "\(written)")
        XCTAssertTrue(written.contains("brev-provby.pdf"), "the filled-in member's letter: \(written)")
        let text = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", reportPDF, "-"]).standardOutput
        XCTAssertTrue(text.contains("Verksamheten har under perioden bedrivits enligt verksamhetsplanen."), text)
        XCTAssertFalse(text.contains("FYLL I"))
        let letter = "brev-provby.pdf"
        let letterText = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", work + "/ut/t1/" + letter, "-"]).standardOutput
        XCTAssertTrue(letterText.contains("Provby kommun"), letterText)
        XCTAssertTrue(letterText.contains("Eva Kansli"), letterText)
    }
}
