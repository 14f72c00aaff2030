import XCTest
@testable import ReportCore

/// Every figure of Sjuhärad's 2024 annual report, typed from the seed (domain.md,
/// seed001-tables.md), against the model of examples/sjuharad-2024.
final class ModelSjuharadStatementTests: XCTestCase {
    static let computed: (AnnualReportModel, [Finding]) = {
        let inputs = try! ExampleFolders.load("sjuharad-2024")
        return AnnualReportBuilder.compute(inputs)
    }()
    var model: AnnualReportModel { Self.computed.0 }

    func kr(_ text: String) -> Money { try! Money.parse(text.replacingOccurrences(of: " ", with: "")) }

    func table(_ id: String) -> ReportTable? { (model.statements + model.noteTables).first { $0.id == id } }

    func assertRow(_ id: String, _ thisYear: String, _ lastYear: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let row = table("resultatrakning")?.row(id) else { return XCTFail("no row \(id)", file: file, line: line) }
        XCTAssertEqual(row.exact, [kr(thisYear), kr(lastYear)], id, file: file, line: line)
    }

    /// A note's per-account rows: account numbers and both years.
    func noteRows(_ id: String) -> (accounts: [String], thisYear: [Money?], lastYear: [Money?], total: [Money?]) {
        let rows = table(id)?.rows ?? []
        let accounts = rows.filter { $0.account != nil }
        return (accounts.compactMap(\.account), accounts.map { $0.exact[0] }, accounts.map { $0.exact[1] },
                rows.last { $0.kind == .total }?.exact ?? [])
    }

    func testTheExampleIsClean() throws {
        XCTAssertEqual(Self.computed.1, [])
        let built = AnnualReportBuilder.build(try ExampleFolders.load("sjuharad-2024"))
        XCTAssertNotNil(built.model)
    }

    func testIncomeStatementLines() {
        assertRow("man_i_halsa", "0,00", "665 324,79")
        assertRow("pria", "0,00", "1 642 775,00")
        assertRow("vilja", "4 718 108,00", "0,00")
        assertRow("moves", "0,00", "54 068,00")
        assertRow("ovriga_intakter", "-13,95", "124 989,52")
        assertRow("summa_verksamhetens_intakter", "4 718 094,05", "2 487 157,31")
        assertRow("arvoden", "-162 726,69", "-164 885,37")
        assertRow("reseersattning", "-9 836,21", "-14 853,64")
        assertRow("sociala_avgifter", "-38 762,00", "-45 871,00")
        assertRow("ovriga_personalkostnader", "-1 152 957,59", "-1 265 488,98")
        assertRow("verksamhetsanknutna", "-20 859 461,13", "-20 510 769,31")
        assertRow("lokalkostnader", "-177 439,99", "-181 799,98")
        assertRow("ovriga_kostnader", "-303 605,40", "-313 558,74")
        assertRow("summa_verksamhetens_kostnader", "-22 704 789,01", "-22 497 227,02")
        assertRow("verksamhetens_nettokostnad", "-17 986 694,96", "-20 010 069,71")
        assertRow("bidrag_huvudman", "18 022 000,00", "19 011 000,00")
        assertRow("finansiella_intakter", "214 285,65", "197 579,21")
        assertRow("finansiella_kostnader", "-3 405,55", "-3 503,87")
        assertRow("summa_finansiella", "18 232 880,10", "19 205 075,34")
        assertRow("resultat_fore_extraordinara", "246 185,14", "-804 994,37")
        assertRow("extraordinara_intakter", "0,00", "0,00")
        assertRow("extraordinara_kostnader", "0,00", "0,00")
        assertRow("arets_resultat", "246 185,14", "-804 994,37")
        XCTAssertEqual(model.keyFigures.result, YearPair(kr("246 185,14"), kr("-804 994,37")))
    }

    func testLabelsComeFromTheMapping() {
        XCTAssertEqual(table("resultatrakning")?.row("bidrag_huvudman")?.label, "Erhållna bidrag från huvudmännen")
        XCTAssertEqual(table("resultatrakning")?.row("verksamhetens_nettokostnad")?.label, "Verksamhetens nettokostnad")
        XCTAssertEqual(table("resultatrakning")?.row("arets_resultat")?.label, "Periodens resultat")
    }

    func testBalanceSheet() {
        func assertLine(_ id: String, _ opening: String?, _ change: String, _ closing: String, line: UInt = #line) {
            XCTAssertEqual(table("balansrakning")?.row(id)?.exact, [opening.map(kr), kr(change), kr(closing)], id, line: line)
        }
        assertLine("anlaggningstillgangar", "0,00", "0,00", "0,00")
        assertLine("fordringar", "2 150 200,00", "2 143 977,00", "4 294 177,00")
        assertLine("kassa_och_bank", "7 404 045,70", "10 173,37", "7 414 219,07")
        assertLine("summa_fordringar_och_kassa", "9 554 245,70", "2 154 150,37", "11 708 396,07")
        assertLine("summa_tillgangar", "9 554 245,70", "2 154 150,37", "11 708 396,07")
        assertLine("eget_kapital", "3 037 883,49", "0,00", "3 037 883,49")
        assertLine("periodens_resultat", nil, "246 185,14", "246 185,14")
        assertLine("summa_eget_kapital", "3 037 883,49", "246 185,14", "3 284 068,63")
        assertLine("kortfristiga_skulder", "6 516 362,21", "1 907 965,23", "8 424 327,44")
        assertLine("summa_skulder", "6 516 362,21", "1 907 965,23", "8 424 327,44")
        assertLine("summa_eget_kapital_och_skulder", "9 554 245,70", "2 154 150,37", "11 708 396,07")
    }

    func testCashFlowBothYears() {
        func assertFlow(_ id: String, _ thisYear: String, _ lastYear: String, line: UInt = #line) {
            XCTAssertEqual(table("kassaflodesanalys")?.row(id)?.exact, [kr(thisYear), kr(lastYear)], id, line: line)
        }
        assertFlow("kf_arets_resultat", "246 185,14", "-804 994,37")
        assertFlow("kf_fordringar", "-2 143 977,00", "2 021 839,00")
        assertFlow("kf_skulder", "1 907 965,23", "-2 442 662,39")
        assertFlow("kf_rorelsekapital", "-236 011,77", "-420 823,39")
        assertFlow("kf_investeringar", "0,00", "0,00")
        assertFlow("kf_langfristiga", "0,00", "0,00")
        assertFlow("forandring_likvida_medel", "10 173,37", "-1 225 817,76")
        XCTAssertEqual(model.keyFigures.cashFlow, YearPair(kr("10 173,37"), kr("-1 225 817,76")))
        XCTAssertEqual(model.keyFigures.cashFlow?.thisYear, kr("7 414 219,07") - kr("7 404 045,70"), "the cash accounts' own change")
    }

    func testSolvency() {
        XCTAssertEqual(model.solvency.percent, 28)
        XCTAssertEqual(model.solvency.equityTkr, Tkr(3284))
        XCTAssertEqual(model.solvency.totalAssetsTkr, Tkr(11708))
        XCTAssertEqual(model.solvencyLastYear?.percent, 32)
        XCTAssertEqual(model.solvencyLastYear?.equityTkr, Tkr(3038))
        XCTAssertEqual(model.solvencyLastYear?.totalAssetsTkr, Tkr(9554))
    }

    func testIncomeStatementNotes() {
        let others = noteRows("ovriga_intakter")
        XCTAssertEqual(others.accounts, ["3740", "3919"])
        XCTAssertEqual(others.thisYear, [kr("-13,95"), kr("0,00")])
        XCTAssertEqual(others.lastYear, [kr("-10,48"), kr("125 000,00")])
        XCTAssertEqual(others.total, [kr("-13,95"), kr("124 989,52")])

        let operating = noteRows("verksamhetsanknutna")
        XCTAssertEqual(operating.accounts, ["5538", "5539", "5540", "5542", "5544"])
        XCTAssertEqual(operating.thisYear, ["-497,50", "-20 691 706,70", "387 231,50", "-5 632,30", "-548 856,13"].map(kr))
        XCTAssertEqual(operating.lastYear, ["-1 188,00", "-20 339 034,41", "-5 870,00", "-3 511,03", "-161 165,87"].map(kr))
        XCTAssertEqual(operating.total, [kr("-20 859 461,13"), kr("-20 510 769,31")])

        let other = noteRows("ovriga_kostnader")
        XCTAssertEqual(other.accounts, ["6230", "6419", "6451", "6911", "7071", "7212", "7251", "7541", "7551", "7599", "7619"])
        XCTAssertEqual(other.thisYear, ["-32 826,00", "-2 522,08", "-2 081,69", "-22 012,03", "-3 564,68", "-11 682,88",
                                        "-2 550,00", "-1 235,00", "-84 975,00", "-116 919,47", "-23 236,57"].map(kr))
        XCTAssertEqual(other.lastYear, ["-28 315,50", "-1 717,60", "-5 384,36", "-30 046,44", "-3 379,94", "-13 530,33",
                                        "-40,00", "0,00", "-118 455,00", "-92 372,53", "-20 317,04"].map(kr))
        XCTAssertEqual(other.total, [kr("-303 605,40"), kr("-313 558,74")])
    }

    func testBalanceSheetNotes() {
        let receivables = noteRows("fordringar")
        XCTAssertEqual(receivables.accounts, ["1511", "1687", "1712"])
        XCTAssertEqual(receivables.thisYear, ["1 902 900,00", "261 435,00", "2 129 842,00"].map(kr))
        XCTAssertEqual(receivables.lastYear, ["2 111 000,00", "39 200,00", "0,00"].map(kr))
        XCTAssertEqual(receivables.total, [kr("4 294 177,00"), kr("2 150 200,00")])

        let cash = noteRows("kassa_och_bank")
        XCTAssertEqual(cash.thisYear, ["0,00", "5 100 251,73", "2 313 967,34"].map(kr))
        XCTAssertEqual(cash.lastYear, ["11 274,92", "5 127 922,32", "2 264 848,46"].map(kr))
        XCTAssertEqual(cash.total, [kr("7 414 219,07"), kr("7 404 045,70")])

        let debts = noteRows("kortfristiga_skulder")
        XCTAssertEqual(debts.thisYear, ["6 708 146,97", "1 716 180,47"].map(kr))
        XCTAssertEqual(debts.lastYear, ["682 381,16", "5 833 981,05"].map(kr))
        XCTAssertEqual(debts.total, [kr("8 424 327,44"), kr("6 516 362,21")])
    }

    func testNotesAreNumberedInOrder() {
        let numbers = model.noteTables.compactMap(\.number)
        XCTAssertEqual(numbers.count, model.noteTables.count)
        XCTAssertEqual(numbers, numbers.sorted())
        XCTAssertEqual(Set(numbers).count, numbers.count)
    }
}
