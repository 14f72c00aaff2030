import XCTest
@testable import ReportCore

/// Statement descriptions evaluated on Sjuhärad's 2024 books: every row kind, the display
/// sign, tkr rounding that adds up, and the refusals (unknown id, unknown key, an account
/// in no row or in two). Expected amounts are the seed's (seed001-tables.md), added up here.
final class StatementDescriptionTests: XCTestCase {
    static var inputs: ReportInputs { DescriptionTesting.inputs }

    func kr(_ text: String) -> Money { try! Money.parse(text.replacingOccurrences(of: " ", with: "")) }

    func describe(_ yaml: String) throws -> StatementSet { try DescriptionTesting.describe(yaml) }

    func table(_ yaml: String, id: String) throws -> ReportTable {
        let set = try describe(yaml)
        let ledger = LedgerView(books: Self.inputs.books, mapping: Self.inputs.mapping)
        let builder = StatementTableBuilder(evaluator: StatementEvaluator(ledger: ledger, set: set), year: 2024, noteNumbers: [:])
        return builder.build(try XCTUnwrap(set.all.first { $0.id == id }))
    }

    static let kinds = """
    räkningar:
      - id: prov
        typ: resultaträkning
        rubrik: Prov
        kolumner: resultat
        rader:
          - { art: text, text: Verksamhetsanknutna }
          - { id: it, text: IT, konton: [5538] }
          - { id: resor, konton: [5542] }
          - { id: tjanster, text: Tjänster, konton: [5539, 5540] }
          - { id: varav_5539, art: varav, text: varav övriga tjänster, konton: [5539] }
          - { id: kurser, rader: [verksamhetsanknutna], skrivs_ut: nej }
          - { art: tom }
          - { id: summa_konton, art: delsumma, text: Summa ovan }
          - { id: utan_resor, art: summa, text: Utan resor, summerar: [summa_konton, -resor] }
          - { id: positiv, text: Som positivt belopp, summerar: [it], visa_omvänt: ja }
          - { id: omvand, text: Omvänt tecken, konton: [5538], tecken: omvänt }
    """

    func testEveryRowKind() throws {
        let table = try table(Self.kinds, id: "prov")
        XCTAssertEqual(table.rows.map(\.kind), [.text, .line, .line, .line, .partOf, .blank, .subtotal, .total, .line, .line])
        XCTAssertEqual(table.row("it")?.exact, [kr("-497,50"), kr("-1 188,00")])
        XCTAssertEqual(table.row("resor")?.label, "Verksamhetsanknutna resekostnader", "a single account's name")
        XCTAssertEqual(table.row("tjanster")?.exact.first, kr("-20 691 706,70") + kr("387 231,50"))
        XCTAssertEqual(table.row("tjanster")?.accounts, ["5539", "5540"])
        XCTAssertEqual(table.row("varav_5539")?.exact.first, kr("-20 691 706,70"))
        // The default sum adds the account rows above, not the varav row and not the helper
        // row (which is not printed but is an account row): it/resor/tjanster/kurser.
        let listed = kr("-497,50") + kr("-5 632,30") + kr("-20 691 706,70") + kr("387 231,50")
        XCTAssertEqual(table.row("summa_konton")?.exact.first, listed + kr("-20 859 461,13"))
        XCTAssertEqual(table.row("utan_resor")?.exact.first, listed + kr("-20 859 461,13") - kr("-5 632,30"))
        XCTAssertEqual(table.row("positiv")?.printed, [49_750, 118_800], "costs shown positive")
        XCTAssertEqual(table.row("positiv")?.exact.first, kr("-497,50"), "sums still see the report sign")
        XCTAssertEqual(table.row("omvand")?.exact.first, kr("497,50"))
        XCTAssertNil(table.row("kurser"))
    }

    func testTkrRowsAddUpAfterRounding() throws {
        let yaml = """
        räkningar:
          - id: tkr
            typ: resultaträkning
            rubrik: Prov
            enhet: tkr
            kolumner: resultat
            rader:
              - { id: a, konton: [5538] }
              - { id: b, konton: [5542] }
              - { id: c, konton: [5544] }
              - { id: d, konton: [6230] }
              - { id: e, konton: [7599] }
              - { id: s, art: summa, text: Summa }
        """
        let table = try table(yaml, id: "tkr")
        let exact = ["-497,50", "-5 632,30", "-548 856,13", "-32 826,00", "-116 919,47"].map(kr).sum()
        let sum = try XCTUnwrap(table.row("s")?.printed.first ?? nil)
        XCTAssertEqual(sum, -705, "\(exact) rounds to −705 tkr")
        let lines = table.rows.filter { $0.kind == .line }.compactMap { $0.printed.first ?? nil }
        XCTAssertEqual(lines.reduce(0, +), sum, "\(lines)")
    }

    func testARowSummingAnUnknownIdIsRefusedWithFileAndLine() {
        let yaml = """
        räkningar:
          - id: prov
            typ: resultaträkning
            rubrik: Prov
            kolumner: resultat
            rader:
              - { id: it, konton: [5538] }
              - { id: summa, art: summa, summerar: [it, finns_inte] }
        """
        DescriptionTesting.assertRefused(yaml, line: 8, containing: "\"finns_inte\"")
    }

    func testUnknownKeysAndKindsAreRefusedAtTheirLine() {
        let yaml = """
        räkningar:
          - id: prov
            typ: resultaträkning
            rubrik: Prov
            kolumner: resultat
            rader:
              - { id: it, konton: [5538], summera: [x] }
        """
        XCTAssertThrowsError(try describe(yaml)) { error in
            XCTAssertEqual((error as? InputError)?.location.line, 7)
            XCTAssertTrue((error as? InputError)?.message.contains("okänd nyckel `summera`") == true, "\(error)")
        }
        XCTAssertThrowsError(try describe(yaml.replacingOccurrences(of: ", summera: [x]", with: ", art: summma"))) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("Okänt värde \"summma\"") == true, "\(error)")
        }
    }

    func testEveryAccountWithAnAmountBelongsToExactlyOneRow() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        // Drop Moves (3614, amounts last year) from the income statement: refused.
        try ExampleFolders.edit(folder, "rakningar.yaml") { $0 + """
        räkningar:
          - id: resultatrakning
            typ: resultaträkning
            rubrik: Resultaträkning
            kolumner: resultat
            rader:
              - { id: rr_intakter, grupp: verksamhetens_intakter }
              - { id: rr_kostnader, grupp: verksamhetens_kostnader }
              - { id: rr_finansiella, grupp: finansiella }
              - { id: extra, rader: [extraordinara_intakter, extraordinara_kostnader] }
              - { id: dubbel, text: Dubbel, konton: [3740] }
              - { id: arets_resultat, art: summa, summerar: [rr_intakter, rr_kostnader, rr_finansiella, extra], roll: årets_resultat }
        """ }
        let findings = AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
        let twice = findings.filter { $0.code == "konto-flera-rader" }
        XCTAssertEqual(twice.count, 1, "\(findings)")
        XCTAssertTrue(twice.first?.message.contains("Konto 3740") == true, "\(twice)")
        XCTAssertEqual(twice.first?.location?.file, "rakningar.yaml")
        XCTAssertNotNil(twice.first?.location?.line)

        try ExampleFolders.edit(folder, "rakningar.yaml") { 
            $0.replacingOccurrences(of: "{ id: rr_intakter, grupp: verksamhetens_intakter }", with: "{ id: rr_intakter, konton: [3740] }")
        }
        let missing = AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings.filter { $0.code == "konto-utan-rad" }
        for account in ["3611", "3612", "3613", "3614", "3919"] {
            XCTAssertTrue(missing.contains { $0.message.contains("Konto \(account)") }, "\(account): \(missing)")
        }
    }

    func testSjuharadsNotesCarryTheFootnoteAndThePrinciples() throws {
        let model = AnnualReportBuilder.compute(Self.inputs).model
        let note = try XCTUnwrap(model.noteTables.first { $0.id == "ovriga_kostnader" })
        XCTAssertEqual(note.row("ovriga_tjanster_revision")?.label, "Övriga tjänster*")
        XCTAssertEqual(note.row("ovriga_tjanster_revision")?.exact, [kr("-116 919,47"), kr("-92 372,53")])
        XCTAssertEqual(note.row("ovriga_kostnader_summa")?.exact, [kr("-303 605,40"), kr("-313 558,74")])
        XCTAssertEqual(note.rows.compactMap(\.account), ["6230", "6419", "6451", "6911", "7071", "7212", "7251", "7541", "7551", "7599", "7619"])
        let footnote = try XCTUnwrap(note.footnote).replacingOccurrences(of: "\u{202F}", with: " ")
        for part in ["88 800 kr", "39 000 kr för KPMG", "49 800 kr för biträdande", "63 900 kr"] {
            XCTAssertTrue(footnote.contains(part), part)
        }
        XCTAssertEqual(note.number, 4, "Not 1 is the accounting principles")
        let principles = try XCTUnwrap(model.texts.first { $0.id == "redovisningsprinciper" })
        let text = principles.blocks.flatMap(\.runs).map(\.text).joined()
        for part in ["lag (2018:597) om kommunal bokföring och redovisning", "Rådet för kommunal redovisning", "anvisad nationell mall"] {
            XCTAssertTrue(text.contains(part), part)
        }
    }

    /// Every statement row by its id for prose, and the further named figures; amounts from
    /// the seed, the cost per participant computed here from them.
    func testNamedFiguresForEveryRowAndTheNewOnes() {
        let figures = AnnualReportBuilder.compute(Self.inputs).model.figures
        let sep = "\u{202F}", minus = "\u{2212}"
        XCTAssertEqual(figures["rad_vilja_kr"]?.text, "4\(sep)718\(sep)108,00")
        XCTAssertEqual(figures["rad_vilja_mkr"]?.text, "4,7")
        XCTAssertEqual(figures["rad_arets_resultat_tkr"]?.text, "246")
        XCTAssertEqual(figures["rad_arets_resultat_foregaende_ar_tkr"]?.text, "\(minus)805")
        XCTAssertEqual(figures["rad_summa_eget_kapital_kr"]?.text, "3\(sep)284\(sep)068,63", "the balance sheet's closing column")
        XCTAssertEqual(figures["resultat_mkr"]?.text, "0,2")
        XCTAssertEqual(figures["eget_kapital_ingaende_tkr"]?.text, "3\(sep)038")
        XCTAssertEqual(figures["eget_kapital_utgaende_tkr"]?.text, "3\(sep)284")
        // (22 704 789,01 + 3 405,55) kr of costs over 650 participants = 34 935,68 kr.
        let perParticipant = (2_270_478_901 + 340_555 + 650 * 50) / (650 * 100)
        XCTAssertEqual(figures["kostnad_per_deltagare_kr"]?.value, String(perParticipant))
    }

    /// A file that prints its statements in whole kronor (`enhet: kronor`, Kvarnsjö) gets its
    /// account notes in whole kronor too: the note's sum is the balance sheet's figure, and
    /// its rows add up to it after rounding. Amounts summed here from the SIE lines.
    func testAccountNotesFollowTheStatementsUnit() throws {
        let model = ExampleKvarnsjoTests.computed.model
        let note = try XCTUnwrap(model.noteTables.first { $0.id == "kortfristiga_skulder" })
        XCTAssertEqual(note.unit, .kronor)
        let exact = ExampleKvarnsjoTests.sum("#UB", 0, [2400...2999])
        let kronor = (exact + (exact >= 0 ? 50 : -50)) / 100
        XCTAssertEqual(note.row("kortfristiga_skulder_summa")?.printed.first ?? nil, kronor)
        let balance = try XCTUnwrap(model.statements.first { $0.id == "balansrakning" })
        XCTAssertEqual(balance.row("kortfristiga_skulder")?.printed.first ?? nil, kronor)
        let lines = note.rows.filter { $0.account != nil }.compactMap { $0.printed.first ?? nil }
        XCTAssertEqual(lines.count, 4)
        XCTAssertEqual(lines.reduce(0, +), kronor, "\(lines)")
    }
}
