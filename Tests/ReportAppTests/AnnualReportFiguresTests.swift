import Foundation
import XCTest

/// The rendered annual report of Sjuhärad 2024 carries every figure of domain.md's
/// "Computations" for 2024, typed here from the seed (U+2212 minus; pdftotext prints the
/// narrow no-break thousands separator as a plain space), and the board's names.
final class AnnualReportFiguresTests: XCTestCase {
    let minus = "\u{2212}"

    func testIncomeStatementBalanceSheetAndCashFlowFiguresInKronorAndOre() throws {
        let text = try AnnualReportFixture.text(try AnnualReportFixture.sjuharadPDF())
        let figures = [
            // Resultaträkning 2024 and 2023
            "4 718 094,05", "4 718 108,00", "\(minus)13,95", "\(minus)22 704 789,01", "\(minus)162 726,69",
            "\(minus)9 836,21", "\(minus)38 762,00", "\(minus)1 152 957,59", "\(minus)20 859 461,13",
            "\(minus)177 439,99", "\(minus)303 605,40", "\(minus)17 986 694,96", "18 022 000,00", "214 285,65",
            "\(minus)3 405,55", "18 232 880,10", "246 185,14", "2 487 157,31", "\(minus)22 497 227,02", "\(minus)804 994,37",
            // Balansräkning
            "2 150 200,00", "4 294 177,00", "1 902 900,00", "261 435,00", "2 129 842,00", "7 404 045,70",
            "7 414 219,07", "9 554 245,70", "11 708 396,07", "3 037 883,49", "3 284 068,63", "6 516 362,21", "8 424 327,44",
            // Kassaflödesanalys
            "\(minus)2 143 977,00", "1 907 965,23", "\(minus)236 011,77", "10 173,37", "\(minus)1 225 817,76",
            // Not: verksamhetsanknutna kostnader, with the credit on 5540
            "\(minus)497,50", "\(minus)20 691 706,70", "387 231,50", "\(minus)5 632,30", "\(minus)548 856,13",
        ]
        for figure in figures { XCTAssertTrue(text.contains(figure), "missing \(figure)") }
        XCTAssertFalse(text.contains("-22 704"), "an ASCII hyphen-minus must never stand for minus")
    }

    func testAProjectWithoutBudgetShowsItsOutcomeOnlyAndNoBookkeepingTerm() throws {
        let text = try AnnualReportFixture.text(try AnnualReportFixture.sjuharadPDF(), layout: true)
        // Seed 001: VILJA −4 129 tkr, no budget for it in the books: its outcome alone, no
        // budget column of zeros and no deviation of −4 129 (the fixture's text has single spaces).
        XCTAssertTrue(text.contains("VILJA \(minus)4 129 Återförd uppbokning ESF Projekt 600 Summa \(minus)4 099 Projektrelaterat har ingen budget"), text)
        XCTAssertFalse(text.contains("VILJA \(minus)4 129 0"), text)
        XCTAssertTrue(text.replacingOccurrences(of: "\n", with: " ").contains("Projektrelaterat har ingen budget för 2024"), text)
        XCTAssertFalse(text.contains("PBUDGET"), text)
    }

    func testTkrFiguresSolvencyDriftAndMemberFinancing() throws {
        let text = try AnnualReportFixture.text(try AnnualReportFixture.sjuharadPDF(), layout: true)
        let figures = [
            // Six-year overview and soliditet, 2024 back to 2019 (its formula is in the check report)
            "+18 022", "+4 932", "\(minus)22 708", "Soliditet 28 % 32 % 30 % 25 % 30 % 33 %",
            // Driftredovisning by type and per cost centre (outcome, budget, deviation)
            "Ordinarie 18 022 \(minus)18 609 \(minus)587 \(minus)1 663 1 076",
            // A project with no budget: dashes, not a budget of 0 and its outcome as a deviation
            "Projektrelaterat 4 932 \(minus)4 099 833 – –",
            "Summa 22 954 \(minus)22 708 246 \(minus)1 663 1 909",
            "Kansli (förbundschef, hyra, IT, mtrl) \(minus)1 425 \(minus)1 780 355",
            "Summa \(minus)18 609 \(minus)19 685 1 076",
            // Members' contributions and the municipalities' quarter (tkr)
            "Försäkringskassan 4 505,5", "Delregionala nämnden södra 4 505,5", "Totalt 18 022,0",
            "Bollebygd", "191,0", "2 252,1", "186,6", "693,1", "211,9", "234,2", "494,4", "242,2",
            // Participants and balanskrav
            "Summa 426 224 650", "98,6 %", "Balanskravsresultat 246",
        ]
        for figure in figures { XCTAssertTrue(text.contains(figure), "missing \(figure)") }
    }

    /// The texts the seed has beside its tables: the 7599 footnote, the board's
    /// explanation of the budget deviation and the accounting principles.
    func testFootnoteDriftExplanationAndPrinciples() throws {
        let text = try AnnualReportFixture.text(try AnnualReportFixture.sjuharadPDF())
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "- ", with: "")
        for expected in ["Övriga tjänster*", "revision kostade totalt 88 800 kr", "39 000 kr för KPMG", "49 800 kr för biträdande",
                         "maximalt 1 663 tkr", "Not 1 Redovisningsprinciper",
                         "lag (2018:597) om kommunal bokföring och redovisning (LKBR)", "anvisad nationell mall"] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(text.contains("Förändringen av likvida medel är lika med"), "a check's caption is not the board's text")
    }

    func testSignaturePageNamesEveryMemberSittingOnTheDecisionDateAndNoOneElse() throws {
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let pages = try AnnualReportFixture.pages(containing: "Vi intygar att årsredovisningen", in: pdf)
        XCTAssertEqual(pages.count, 1)
        let page = try AnnualReportFixture.text(pdf, page: try XCTUnwrap(pages.first))
        let sitting = [
            "Ann-Charlotte Angren", "Jonas Ryhr", "Lars-Erik Olsson (S)", "Ewa-Maria Andorff-Ripa (SD)",
            "Marie Samuelsson (S)", "Birgitta Bergman (M)", "Sofia Sandänger", "Cecilia Dahlquist",
            "Carina Fredriksen (S)", "Magnus Lennartsson (SD)", "Yasin Abbes (S)", "Elise Benjaminsson (M)",
            "Kjell Persson (M)", "Kerstin Göss-Lindh (S)", "Eva-Karin Haglund (S)", "Kathleen Wireklev (M)",
            "Ireen Wolter (L)", "Tommy Mårtensson (S)", "Arne Olsson (KD)", "Johan Larsson (S)",
            "Leif Dahl (S)", "Annette Carlson (M)",
        ]
        XCTAssertEqual(sitting.count, 22)
        for name in sitting { XCTAssertTrue(page.contains(name), "no signature line for \(name)") }
        XCTAssertFalse(page.contains("Anette Ryberg"), "left 2024-01-31")
        XCTAssertFalse(page.contains("Helen Eriksson"), "left 2024-03-21")
        XCTAssertTrue(page.contains("Borås 2025-02-03"), page)
        // Both former members are still in the board list of the governance section.
        let all = try AnnualReportFixture.text(pdf)
        XCTAssertTrue(all.contains("Anette Ryberg") && all.contains("Helen Eriksson"))
    }

    /// A render that fails is an error with the program's message, not a crash on a
    /// missing file (testCoverAndMarginals crashed on an empty page range before).
    func testAFailedRenderFailsTheTestWithTheProgramsMessage() throws {
        let rendered = try AnnualReportFixture.render("examples/finns-inte", name: "finns-inte")
        XCTAssertThrowsError(try AnnualReportFixture.pdf(of: rendered)) { error in
            XCTAssertTrue("\(error)".contains("finns-inte"), "\(error)")
        }
        XCTAssertThrowsError(try AnnualReportFixture.pages(containing: "Sida", in: rendered.pdf))
    }

    func testCoverAndMarginals() throws {
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let cover = try AnnualReportFixture.text(pdf, page: 1)
        for text in ["Sjuhärads samordningsförbund", "Årsredovisning 2024", "Beslutad av styrelsen 2025-02-03", "222000-1891"] {
            XCTAssertTrue(cover.contains(text), "cover lacks \(text): \(cover)")
        }
        XCTAssertFalse(cover.contains("Ordförandes sign"), "the cover carries no marginals")
        let count = try AnnualReportFixture.pageCount(pdf)
        XCTAssertGreaterThanOrEqual(count, 2, "the report has no pages after the cover")
        for page in stride(from: 2, through: count, by: 1) {
            let text = try AnnualReportFixture.text(pdf, page: page)
            XCTAssertTrue(text.contains("Sida \(page) av \(count)"), "page \(page): \(text.suffix(200))")
            XCTAssertTrue(text.contains("Ordförandes sign") && text.contains("Justerandes sign"), "page \(page) lacks the initials boxes")
            XCTAssertTrue(text.contains("Sjuhärads samordningsförbund, årsredovisning 2024"), "page \(page) lacks the running title")
        }
    }
}
