import XCTest
@testable import ReportCore

/// The office's prose normalised once, after the Markdown reader: ranges, percentages and
/// thousands, and nothing else (dates, organisation and telephone numbers, years stay).
final class ProseTypographyTests: XCTestCase {
    private let nbsp = "\u{00A0}", thin = "\u{202F}"

    func testRangesBetweenFiguresTakeAnEnDashWithoutSpaces() {
        XCTAssertEqual(ProseTypography.normalised("kvinnor och män i ålder 16 - 64 år"), "kvinnor och män i ålder 16\u{2013}64 år")
        XCTAssertEqual(ProseTypography.normalised("Unga i ålder 20 - 30 med"), "Unga i ålder 20\u{2013}30 med")
        XCTAssertEqual(ProseTypography.normalised("16-64 år, 2023-2024 och 16 – 66"), "16\u{2013}64 år, 2023\u{2013}2024 och 16\u{2013}66")
    }

    func testDatesCodesTelephoneNumbersAndMinusAreLeftAlone() {
        for text in ["beslutad 2025-02-03", "organisationsnummer 222000-1891", "telefon 033-35 71 00", "från 64-16", "bidraget 3,5-4 tkr"] {
            XCTAssertEqual(ProseTypography.normalised(text), text)
        }
    }

    func testPercentagesStandAfterANoBreakSpace() {
        XCTAssertEqual(ProseTypography.normalised("haft 29% inresande"), "haft 29\(nbsp)% inresande")
        XCTAssertEqual(ProseTypography.normalised("98,6 % av platserna"), "98,6\(nbsp)% av platserna")
    }

    func testThousandsAreGroupedBeforeAUnitAndInLongNumbers() {
        XCTAssertEqual(ProseTypography.normalised("minst 2000 tkr för att"), "minst 2\(thin)000 tkr för att")
        XCTAssertEqual(ProseTypography.normalised("totalt 2902 tkr relativt"), "totalt 2\(thin)902 tkr relativt")
        XCTAssertEqual(ProseTypography.normalised("114001 invånare"), "114\(thin)001 invånare")
        for text in ["under 2024 har", "konto 1930 Bankgiro", "redan 2 000 tkr", "4505,5 tkr"] {
            XCTAssertEqual(ProseTypography.normalised(text), text)
        }
    }

    /// The reader applies it: a paragraph, a list item and a table cell; a filled-in figure is not touched.
    /// A digit that carries a combining mark, or follows a prepended mark, is part of a larger
    /// character and not a figure: the byte path must leave it to the character path.
    func testADigitInsideALargerCharacterIsNoFigure() {
        // "5\u{301}" is one character, so the figure is "1234": too short to group.
        XCTAssertEqual(ProseTypography.normalised("Det var 12345\u{301} st"), "Det var 12345\u{301} st")
        // "\u{600}1" is one character: "23456" stands alone and is grouped, "1" is not a figure.
        XCTAssertEqual(ProseTypography.normalised("\u{600}123456 st"), "\u{600}1" + "23\(thin)456 st")
        // Non-ASCII letters elsewhere do not stop the rules.
        XCTAssertEqual(ProseTypography.normalised("Övriga 16 - 64 år, 114001 invånare å 29%"),
                       "Övriga 16\u{2013}64 år, 114\(thin)001 invånare å 29\(nbsp)%")
    }

    func testTheMarkdownReaderAppliesItEverywhereButInFigures() {
        let blocks = MarkdownReader.parse("Ålder 16 - 64 och 29%.\n\n- minst 2000 tkr\n\n| A | B |\n|---|---|\n| 20-30 | x |\n")
        XCTAssertEqual(blocks[0].runs.map(\.text).joined(), "Ålder 16\u{2013}64 och 29\(nbsp)%.")
        XCTAssertEqual(blocks[1].items?.first?.map(\.text).joined(), "minst 2\(thin)000 tkr")
        XCTAssertEqual(blocks[2].table?.rows.first?.first?.map(\.text).joined(), "20\u{2013}30")
        let figure = InlineRun(text: "2000 tkr", figure: "kapital")
        XCTAssertEqual(ProseTypography.normalised(figure), figure)
    }
}
