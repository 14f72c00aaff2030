import XCTest
@testable import ReportCore

/// Drift, contributions, overview, participants, balanskrav and board of Sjuhärad 2024,
/// typed from the seed.
final class ModelSjuharadOtherTests: XCTestCase {
    var model: AnnualReportModel { ModelSjuharadStatementTests.computed.0 }

    func tkr(_ values: [Int64]) -> [Tkr] { values.map { Tkr($0) } }
    let sep = String(SwedishNumberFormat.thousandsSeparator)

    /// The seed's summary by type (Ordinarie, Projektrelaterat, Summa): outcome revenue,
    /// costs and net, budget, deviation and last year's outcome. The project has no
    /// budget: its budget and deviation are dashes (nil), while the total's deviation is
    /// its outcome less the ordinary budget, as the seed prints it.
    func testOperatingSummary() throws {
        let drift = try XCTUnwrap(model.operating)
        let summary = try XCTUnwrap(drift.tables.first { $0.id == "slag" })
        XCTAssertEqual(summary.rows.map(\.label), ["Ordinarie", "Projektrelaterat", "Summa"])
        XCTAssertEqual(summary.rows[0].printed, [18022, -18609, -587, -1663, 1076, 19011, -19816, -805])
        XCTAssertEqual(summary.rows[1].printed, [4932, -4099, 833, nil, nil, 2685, -2685, 0])
        XCTAssertEqual(summary.rows[2].printed, [22954, -22708, 246, -1663, 1909, 21696, -22501, -805])
        XCTAssertEqual(summary.rows[2].exact[0], try Money.parse("22954379.70"))
        XCTAssertEqual(summary.rows[2].exact[1], try Money.parse("-22708194.56"))
        XCTAssertEqual(model.figures["budget_netto_tkr"]?.value, "-1663")
    }

    func testOperatingPerCostCentre() throws {
        let ordinary = try XCTUnwrap(model.operating?.tables.first { $0.id == "ordinarie" })
        let centres = ordinary.rows.filter { $0.centre != nil }
        XCTAssertEqual(centres.map(\.label), [
            "Styrelse (arvoden, konferenser, bilers etc)", "Gemensamma kostnader (revision, ekonomiservice)",
            "Kansli (förbundschef, hyra, IT, mtrl)", "Kansli, (projektledningspersonal) avräknat projektfinansiering",
            "Aktiv Kraft Borås", "Utbildning/Utveckling", "Gröna Vägen Framåt", "Aktiv Kraft Mark", "Aktiv Kraft Bollebygd",
            "Aktiv Kraft Svenljunga", "Aktiv Kraft Tranemo", "Aktiv Kraft Ulricehamn", "Aktiv Kraft Vårgårda", "Aktiv Kraft Herrljunga"])
        XCTAssertEqual(centres.map { $0.printed[0] }, [-223, -174, -1425, -1131, -6340, -281, -1835, -2225, -610, -705, -750, -1550, -750, -610])
        XCTAssertEqual(centres.map { $0.printed[1] }, [-280, -195, -1780, -1675, -6340, -380, -1835, -2225, -610, -705, -750, -1550, -750, -610])
        XCTAssertEqual(centres.map { $0.printed[2] }, [57, 21, 355, 544, 0, 99, 0, 0, 0, 0, 0, 0, 0, 0])
        XCTAssertEqual(ordinary.rows.last?.label, "Summa")
        XCTAssertEqual(ordinary.rows.last?.printed, [-18609, -19685, 1076])

        let project = try XCTUnwrap(model.operating?.tables.first { $0.id == "projekt" })
        XCTAssertTrue(project.budgetLeftOut)
        XCTAssertEqual(project.columns.count, 1)
        XCTAssertEqual(project.rows.map(\.label), ["VILJA - faktiska", "VILJA", "Återförd uppbokning ESF Projekt", "Summa"])
        XCTAssertEqual(project.rows.map { $0.printed[0] }, [-570, -4129, 600, -4099])
    }

    func testMemberFinancing() throws {
        let note = try XCTUnwrap(model.memberFinancing)
        XCTAssertEqual(note.total, try Money.parse("18022000.00"))
        XCTAssertEqual(note.rows.map(\.label), ["Försäkringskassan", "Arbetsförmedlingen", "Kommuner", "Delregionala nämnden södra"])
        XCTAssertEqual(note.rows.map(\.tkr), Array(repeating: Tkr(units: 45055, decimals: 1), count: 4))
        XCTAssertEqual(note.totalTkr, Tkr(units: 180220, decimals: 1))
        XCTAssertEqual(note.municipalities.map(\.name), ["Bollebygd", "Borås", "Herrljunga", "Mark", "Svenljunga", "Tranemo", "Ulricehamn", "Vårgårda"])
        XCTAssertEqual(note.municipalities.map(\.tkr.formatted), ["191,0", "2\(sep)252,1", "186,6", "693,1", "211,9", "234,2", "494,4", "242,2"])
        XCTAssertEqual(note.municipalTotalTkr, Tkr(units: 45055, decimals: 1))
        XCTAssertEqual(note.municipalities.map(\.amount).sum(), try Money.parse("4505500.00"))
    }

    /// Seed 001's six-year overview (seed001-tables.md, section E), 2020's costs as corrected
    /// in historik.yaml; the labels come from the folder's description.
    func testOverview() throws {
        let overview = model.overview
        XCTAssertEqual(overview.columns.map(\.year), [2024, 2023, 2022, 2021, 2020, 2019])
        XCTAssertEqual(overview.rows.map(\.label), ["Verksamhetens intäkt från medlemmar", "Externa projekt m.m.", "Verksamhetens kostnader",
                                                    "Årets resultat", "Eget kapital", "Totala tillgångar", "Soliditet", "Antal anställda"])
        func values(_ id: String) -> [Int64] { overview.row(id)?.values ?? [] }
        XCTAssertEqual(values("intäkt_från_medlemmar"), [18022, 19011, 19032, 19032, 19032, 19087])
        XCTAssertEqual(values("externa_projekt"), [4932, 2685, 5988, 10859, 9624, 7185])
        XCTAssertEqual(values("verksamhetens_kostnader"), [-22708, -22501, -25020, -29798, -28278, -26319])
        XCTAssertEqual(values("årets_resultat"), [246, -805, 0, 93, 378, -47])
        XCTAssertEqual(values("eget_kapital"), [3284, 3038, 3843, 3843, 3750, 3372])
        XCTAssertEqual(values("totala_tillgångar"), [11708, 9554, 12802, 15140, 12564, 10126])
        XCTAssertEqual(values("soliditet"), [28, 32, 30, 25, 30, 33])
        XCTAssertEqual(values("antal_anställda"), [0, 0, 0, 0, 0, 0])
        XCTAssertEqual(overview.row("externa_projekt")?.plusSign, true)
        XCTAssertEqual(overview.row("årets_resultat")?.isSum, true)
    }

    func testParticipants() throws {
        let table = try XCTUnwrap(model.participants)
        XCTAssertEqual(table.rows.map(\.women), [17, 227, 25, 57, 24, 23, 30, 23])
        XCTAssertEqual(table.rows.map(\.men), [18, 107, 9, 45, 10, 9, 19, 7])
        XCTAssertEqual(table.rows.map(\.total), [35, 334, 34, 102, 34, 32, 49, 30])
        XCTAssertEqual([table.total.women, table.total.men, table.total.total], [426, 224, 650])
        XCTAssertEqual(table.budgetedPlaces, 659)
        XCTAssertEqual(model.figures["platser_andel_procent"]?.text, "98,6\u{00A0}%")
    }

    func testBalanceRequirement() {
        XCTAssertEqual(model.balanceRequirement.rows.map(\.tkr), tkr([246, 0, 0, 0, 0, 0]))
        XCTAssertEqual(model.balanceRequirement.resultTkr, Tkr(246))
        XCTAssertNil(model.balanceRequirement.recoveryPlan)
    }

    func testBoard() {
        XCTAssertEqual(model.board.members.count, 24)
        XCTAssertEqual(model.board.signatories.count, 22)
        XCTAssertEqual(model.board.seatsOnDecisionDate, 22)
        XCTAssertFalse(model.board.signatories.contains { $0.name == "Anette Ryberg" || $0.name == "Helen Eriksson" })
        XCTAssertEqual(model.board.chair, "Sofia Sandänger")
        XCTAssertEqual(model.board.adjuster, "Leif Dahl")
        XCTAssertEqual(model.board.members.first { $0.name == "Sofia Sandänger" }?.description,
                       "Sofia Sandänger, Försäkringskassan, ordförande t.o.m. 2024-12-31")
        XCTAssertEqual(model.board.signatories.first { $0.name == "Lars-Erik Olsson" }?.signatureName, "Lars-Erik Olsson (S)")
    }

    func testNamedFigures() {
        XCTAssertEqual(model.figures["resultat_tkr"]?.text, "246")
        XCTAssertEqual(model.figures["resultat_kr"]?.text, "246\(sep)185,14")
        XCTAssertEqual(model.figures["eget_kapital_tkr"]?.text, "3\(sep)284")
        XCTAssertEqual(model.figures["medlemsfinansiering_tkr"]?.text, "18\(sep)022")
        XCTAssertEqual(model.figures["soliditet_procent"]?.text, "28\u{00A0}%")
        XCTAssertEqual(model.figures["resultat_foregaende_ar_tkr"]?.text, "\u{2212}805")
        XCTAssertEqual(model.figures["andel_aktiv_kraft_procent"]?.text, "67,7\u{00A0}%")
        XCTAssertEqual(model.figures["verksamhetens_intakter_mkr"]?.text, "4,7")
        XCTAssertEqual(model.figures["budget_netto_tkr"]?.text, "\u{2212}1\(sep)663")
        XCTAssertTrue(model.roundingRule.contains("största rest"))
    }

    func testProseReferencesAreResolved() throws {
        let overview = try XCTUnwrap(model.texts.first { $0.id == "oversikt" })
        XCTAssertEqual(overview.title, "Översikt över verksamhetens utveckling")
        let paragraphs = overview.blocks.filter { $0.kind == .paragraph }.map { $0.runs.map(\.text).joined() }
        XCTAssertTrue(paragraphs.contains { $0.hasSuffix("Verksamhetsresultatet för 2024 är 246 tkr.") })
        XCTAssertTrue(paragraphs.contains { $0.contains("Av förbundets totala medel har 67,7\u{00A0}% använts") })
        XCTAssertEqual(overview.blocks.first?.kind, .heading)
        XCTAssertEqual(overview.blocks.dropFirst().first?.name, "flerarsoversikt")
        XCTAssertEqual(model.texts.map(\.id), ["redovisningsprinciper", "forvaltningsberattelse", "oversikt", "viktiga-forhallanden",
                                               "vasentliga-handelser", "styrning", "god-ekonomisk-hushallning", "personal",
                                               "forvantad-utveckling", "driftredovisning"])
    }

    func testJSONIsStable() throws {
        let first = try ModelJSON.encode(model)
        XCTAssertEqual(first, try ModelJSON.encode(model))
        XCTAssertTrue(first.contains("\"-22704789.01\""), "the costs' sum row of the income statement, exact")
    }
}
