import XCTest
@testable import ReportCore

/// The equity and cash checks read the described statements (the rows with the roles
/// `eget_kapital`, `årets_kassaflöde` and `likvida_medel`), so an association that writes
/// its own statement form, with its own accounts, still gets them. Figures are summed here
/// from Kvarnsjö's SIE lines (`ExampleKvarnsjoTests.sum`).
final class DescribedStatementChecksTests: XCTestCase {
    typealias Books = ExampleKvarnsjoTests

    /// Kvarnsjö's statements (its notes and overview kept) with an own balance sheet and
    /// cash flow written by account numbers, as an association on its own form would.
    static let ownForm = """
    räkningar:
      - id: balansrakning
        typ: balansräkning
        rubrik: Balansräkning
        kolumner: balans
        rader:
          - { id: egna_tillgangar, text: Tillgångar, konton: [1000-1999] }
          - { id: egen_summa_tillgangar, art: summa, text: Summa tillgångar, summerar: [egna_tillgangar], roll: summa_tillgångar }
          - { id: eget_kapitalkonto, text: Eget kapital, konton: [2000-2099] }
          - { id: eget_resultat, text: Årets resultat, summerar: [arets_resultat], belopp: resultat }
          - { id: eget_summa_ek, art: delsumma, text: Summa eget kapital, summerar: [eget_kapitalkonto, eget_resultat], roll: eget_kapital }
          - { id: egna_skulder, text: Skulder, konton: [2100-2999] }
          - { id: egen_summa_ek_skulder, art: summa, text: Summa eget kapital och skulder, summerar: [eget_summa_ek, egna_skulder], roll: summa_eget_kapital_och_skulder }
      - id: kassaflodesanalys
        typ: kassaflödesanalys
        rubrik: Kassaflödesanalys
        kolumner: [{ rubrik: "{år}", år: i år, belopp: förändring }]
        rader:
          - { id: egen_kf_resultat, text: Årets resultat, summerar: [arets_resultat], belopp: resultat }
          - { id: egen_kf_fordringar, text: Fordringar, konton: [1500-1899], tecken: omvänt }
          - { id: egen_kf_summa, art: summa, text: Årets kassaflöde, summerar: [egen_kf_resultat, egen_kf_fordringar], roll: årets_kassaflöde }
          - { id: egen_kf_kassa, text: Kassa och bank vid årets slut, konton: [1930], belopp: ub, roll: likvida_medel }
    """

    /// The example's rakningar.yaml with `statements` added; the text written.
    @discardableResult
    static func write(_ statements: String, into folder: URL) throws -> String {
        let file = folder.appendingPathComponent("rakningar.yaml")
        let text = try String(contentsOf: file, encoding: .utf8) + "\n" + statements + "\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        return text
    }

    func findings(_ statements: String, books edit: (String) -> String = { $0 }) throws -> [Finding] {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write(statements, into: folder)
        try ExampleFolders.edit(folder, "bokforing.se", edit)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
    }

    func kr(_ ore: Int64) -> String { Money(ore: ore).kronorText }

    /// 100 kr booked from the bank straight to equity: the balance sheet still balances,
    /// but the own form's equity row moved by more than the result.
    func testAPostingStraightToEquityIsFoundOnAnOwnBalanceSheet() throws {
        let found = try findings(Self.ownForm) {
            $0.replacingOccurrences(of: "#UB 0 2010 -2874647.00", with: "#UB 0 2010 -2874747.00")
                .replacingOccurrences(of: "#UB 0 1930 3067297.88", with: "#UB 0 1930 3067397.88")
        }
        XCTAssertEqual(found.filter { $0.code == "balansrakning-obalans" }, [], "the posting keeps the balance")
        let result = Books.sum("#RES", 0, [3000...8999])
        XCTAssertEqual(found.filter { $0.code == "resultat-eget-kapital" }.map(\.message),
                       ["Årets resultat \(kr(result)) är inte förändringen av eget kapital \(kr(result + 10_000)) (skillnad 100,00 kr): eget kapital har bokförts direkt."])
    }

    /// Last year's opening equity 1 krona off: this year's opening is no longer last year's
    /// opening plus last year's result.
    func testTheEquityChainIsCheckedOnAnOwnBalanceSheet() throws {
        let found = try findings(Self.ownForm) { $0.replacingOccurrences(of: "#IB -1 2010 -2471600.00", with: "#IB -1 2010 -2471601.00") }
        let before = Books.sum("#IB", -1, [2000...2099]) + 100, last = Books.sum("#RES", -1, [3000...8999])
        let opening = Books.sum("#IB", 0, [2000...2099])
        XCTAssertEqual(found.filter { $0.code == "resultat-eget-kapital" }.map(\.message),
                       ["Ingående eget kapital \(kr(opening)) är inte föregående års ingående eget kapital \(kr(before)) plus föregående års resultat \(kr(last)) = \(kr(before + last)) (skillnad 1,00 kr)"])
    }

    /// The own cash flow leaves out the liabilities: its bottom line is the result less the
    /// growth of the receivables, which the check holds against the change of the account
    /// its likvida medel row names (1930), not against the mapping's cash line.
    func testTheCashCheckReadsTheOwnCashFlowAndItsLiquidFundsRow() throws {
        let found = try findings(Self.ownForm)
        let flow = Books.sum("#RES", 0, [3000...8999]) - (Books.sum("#UB", 0, [1500...1899]) - Books.sum("#IB", 0, [1500...1899]))
        let cash = Books.sum("#UB", 0, [1930...1930]) - Books.sum("#IB", 0, [1930...1930])
        XCTAssertNotEqual(flow, cash)
        XCTAssertEqual(found.filter { $0.code == "kassaflode-avstamning" && $0.message.hasPrefix("Kassaflödesanalysen 2023") }.map(\.message),
                       ["Kassaflödesanalysen 2023 stämmer inte med likvida medel: årets kassaflöde är \(kr(flow)), men kontona i raden \"Kassa och bank vid årets slut\" (1930) ändrades med \(kr(cash)) (\(StatementChecks.difference(Money(ore: flow), Money(ore: cash))))"])
    }

    func testACashFlowWithoutItsLiquidFundsRowIsRefusedWithFileAndLine() throws {
        let form = Self.ownForm.replacingOccurrences(of: ", roll: likvida_medel", with: "")
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try Self.write(form, into: folder)
        let line = try XCTUnwrap(text.components(separatedBy: "\n").firstIndex { $0.hasSuffix("- id: kassaflodesanalys") }) + 1
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "rakningar.yaml")
            XCTAssertEqual(error?.location.line, line, "the cash flow statement's line")
            XCTAssertTrue(error?.message.contains("roll: likvida_medel") == true, error?.message ?? "")
        }
    }

    /// Both built-in forms carry the liquid-funds row; on the clean examples every check passes.
    func testTheBuiltInFormsCarryTheRolesAndTheExamplesPass() throws {
        for name in ["kvarnsjo-2023", "nordvastra-2024", "sjuharad-2024"] {
            let found = AnnualReportBuilder.compute(try ExampleFolders.load(name)).findings
            XCTAssertEqual(found.filter { ["resultat-eget-kapital", "kassaflode-avstamning"].contains($0.code) }, [], name)
        }
    }
}
