import Foundation
import XCTest

/// The tertial report PDF of examples/sjuharad-2017-t1: the seed's accumulated figures
/// and the totals the seed left out, read back from the PDF with pdftotext. Every
/// expected figure is typed from seed 002, never computed by the code under test.
final class TertialReportPDFTests: XCTestCase {
    var pdf = ""
    var text = ""
    var layoutText = ""

    override func setUpWithError() throws {
        let output = try TertialRendering.output()
        XCTAssertEqual(output.result.status, 0, output.result.standardError)
        pdf = output.path("tertialrapport.pdf")
        text = try TertialRendering.text(pdf)
        layoutText = try TertialRendering.text(pdf, layout: true)
    }

    func testAccumulatedIncomeStatementHasTheSeedsFiguresInKronorWithOre() {
        // Seed 002, "Resultaträkning, ackumulerat april"; U+2212 minus, pdftotext prints
        // the thin no-break thousands separator as a plain space.
        for figure in ["203 809,45", "\u{2212}4,61", "203 804,84", "\u{2212}17 682,42", "\u{2212}33 389,69", "\u{2212}6 203,00",
                       "\u{2212}264 589,88", "\u{2212}6 972 168,30", "\u{2212}98 775,86", "\u{2212}7 392 809,15",
                       "\u{2212}7 189 004,31", "5 889 335,00", "\u{2212}1 570,00", "5 887 765,00", "\u{2212}1 301 239,31"] {
            XCTAssertTrue(text.contains(figure), "missing \(figure)")
        }
        let result = TertialRendering.line(layoutText, containing: "Periodens resultat")
        XCTAssertTrue(result?.contains("\u{2212}1 301 239,31") == true, result ?? "no result row")
        XCTAssertNil(text.range(of: #"(^|\s)-\d"#, options: .regularExpression), "an ASCII hyphen-minus stands for a minus sign")
    }

    func testMonthlyTableHasThePeriodTotalTheSeedLeftEmpty() throws {
        // Seed: 80 + 57 + 46 + 25 = 208 in, 41 + 28 + 60 + 27 = 156 out.
        let row = try XCTUnwrap(TertialRendering.line(layoutText, containing: "Totalt perioden"))
        let figures = row.split(separator: " ").filter { Int($0) != nil }.map(String.init)
        XCTAssertEqual(figures, ["208", "156"], row)
        for (month, figures) in [("Totalt januari", ["80", "41"]), ("Totalt februari", ["57", "28"]), ("Totalt mars", ["46", "60"]),
                                 ("Totalt april", ["25", "27"])] {
            let line = try XCTUnwrap(TertialRendering.line(layoutText, containing: month))
            XCTAssertEqual(line.split(separator: " ").filter { Int($0) != nil }.map(String.init), figures, line)
        }
    }

    func testFlowsPerMunicipalityWithTotalsAndTheActivityAgainstBudget() throws {
        let borås = try XCTUnwrap(TertialRendering.line(layoutText, containing: "Borås    "))
        XCTAssertTrue(borås.contains("409") && borås.contains("167") && borås.contains("152") && borås.contains("81"), borås)
        // Totals of the seed's rows: 47+409+49+145+49+53+111+54 = 917; 17+167+26+76+28+29+71+38 = 452;
        // unique 403; in-flow 207; out-flow 155.
        let totals = try XCTUnwrap(layoutText.split(separator: "\n").first { $0.contains("Totalt") && $0.contains("917") })
        XCTAssertEqual(totals.split(separator: " ").filter { Int($0) != nil }.map(String.init), ["917", "452", "403", "207", "155"])
        // Aktiv hälsa: women 8+60+6+22+24+6+6 = 132, men 55, total 187, budget 360; Vårgårda has none.
        let activity = try XCTUnwrap(layoutText.split(separator: "\n").first { $0.contains("Totalt") && $0.contains("360") })
        XCTAssertEqual(activity.split(separator: " ").filter { Int($0) != nil }.map(String.init), ["132", "55", "187", "360"])
        // The file lacks Vårgårda's row; the report says so and never guesses why.
        XCTAssertTrue(text.contains("Underlaget för Aktiv hälsa har ingen rad för Vårgårda"), text)
        XCTAssertFalse(text.contains("har ingen Aktiv hälsa"), text)
    }

    /// The two tables' captions name their populations; how their totals differ is a
    /// reconciliation for the office, in the check report, not in the members' report.
    func testThePopulationsAreNamedInTheCaptionsAndTheirDifferenceGoesToTheCheckReport() throws {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("antal deltagare folkbokförda i de åtta kommunerna"), flat)
        XCTAssertTrue(flat.contains("Antal in- och utregistrerade per månad januari–april 2017, samtliga unikt registrerade i Sjuhärad"), flat)
        XCTAssertFalse(flat.contains("i flödestabellen"), flat)
        XCTAssertFalse(flat.contains("räknar olika grupper"), flat)
        let check = try checkReport()
        XCTAssertTrue(check.contains("207 i flödestabellen räknar folkbokförda i de åtta kommunerna"), check)
        XCTAssertTrue(check.contains("208 inregistrerade i månadstabellen räknar samtliga unikt registrerade i Sjuhärad"), check)
        XCTAssertTrue(check.contains("155 i flödestabellen"), check)
        XCTAssertTrue(check.contains("varning: Tabellernas inflöde skiljer sig"), check)
    }

    func testCostCentreCaptionAndNoteSayWhatTheTableHolds() throws {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        // Only cost accounts are booked on cost centres in the example's books.
        XCTAssertTrue(flat.contains("Kostnader per kostnadsställe, budget och utfall, tkr"), flat)
        XCTAssertFalse(flat.contains("nettokostnad och finansnetto"), flat)
        XCTAssertTrue(flat.contains("Bokföringen har ingen budget för 3041, 3042, 3044 och 3045; de visas med sitt utfall"), flat)
        XCTAssertFalse(flat.contains("PBUDGET"), flat)
        // How the table meets the income statement is a check: in the check report only.
        XCTAssertFalse(flat.contains("summerar till"), flat)
        XCTAssertFalse(flat.contains("Utan kostnadsställe är"), flat)
    }

    /// Seed 002: costs −7 392 809,15; result −1 301 239,31; outside the cost centres the
    /// ESF revenue 203 809,45, öresutjämning −4,61, contributions 5 889 335,00 and bank
    /// fees −1 570,00: together 6 091 569,84.
    func testTheCheckReportTiesTheCostCentresToTheIncomeStatement() throws {
        let check = try checkReport()
        XCTAssertTrue(check.contains("Kostnadsställena summerar till \u{2212}7\u{202F}392\u{202F}809,15 kr."), check)
        XCTAssertTrue(check.contains("Utan kostnadsställe är 6\u{202F}091\u{202F}569,84 kr bokfört (Space, ESF 203\u{202F}809,45 kr, Övriga intäkter "
            + "\u{2212}4,61 kr, Erhållna bidrag från huvudmännen 5\u{202F}889\u{202F}335,00 kr och Övriga finansiella kostnader \u{2212}1\u{202F}570,00 kr)"), check)
        XCTAssertTrue(check.contains("Med dem blir periodens resultat \u{2212}1\u{202F}301\u{202F}239,31 kr, som i resultaträkningen."), check)
    }

    private func checkReport() throws -> String {
        try String(contentsOfFile: try TertialRendering.output().path("tertialrapport-kontrollrapport.txt"), encoding: .utf8)
    }

    func testHeadingsCarryNoNumberThatReadsAsADate() {
        XCTAssertTrue(text.contains("April var startmånad för projekt Positiv Rörelse"))
        XCTAssertNil(text.range(of: #"(^|\n)\d+(\.\d+)* April var"#, options: .regularExpression), text)
        XCTAssertNil(text.range(of: #"(^|\n)\d+ (Deltagare|Ekonomi|Beredningsgrupperna)\n"#, options: .regularExpression), text)
    }

    func testPeriodFromTheDataRunningFooterAndPageNumbers() throws {
        let pages = try TertialRendering.pageCount(pdf)
        XCTAssertGreaterThanOrEqual(pages, 3)
        XCTAssertTrue(text.contains("Tertialrapport januari–april 2017"))
        for page in 1...pages {
            let pageText = try TertialRendering.text(pdf, page: page)
            XCTAssertTrue(pageText.contains("Sjuhärads samordningsförbund, tertialrapport, januari–april 2017"), "page \(page)")
            XCTAssertTrue(pageText.contains("Sida \(page) av \(pages)"), "page \(page)")
        }
    }

    func testWarningsArePrintedAndDoNotStopTheRender() throws {
        let output = try TertialRendering.output()
        XCTAssertEqual(output.result.status, 0)
        XCTAssertTrue(output.result.standardError.contains("varning: Tabellernas inflöde skiljer sig"), output.result.standardError)
        XCTAssertTrue(output.result.standardOutput.contains("Skrev \(output.directory)/sjuharad-2017-t1/tertialrapport.pdf"))
    }
}
