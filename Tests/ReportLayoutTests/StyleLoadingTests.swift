import XCTest
@testable import ReportLayout

final class StyleLoadingTests: XCTestCase {
    func testEveryBundledLayoutLoads() throws {
        for name in ["arsredovisning", "tertialrapport", "brev", "dokument"] {
            let style = try Fixtures.style(name)
            XCTAssertEqual(style.pageSize, .a4, name)
        }
        let annual = try Fixtures.style("arsredovisning")
        XCTAssertEqual(annual.text("brödtext").font.family, "Lato")
        XCTAssertEqual(annual.heading(level: 1).font.family, "Lato")
        XCTAssertEqual(annual.footer?.initials, ["Ordförandes sign", "Justerandes sign"])
        XCTAssertEqual(annual.headings.newPageLevels, [1])
        XCTAssertFalse(annual.firstPage.showFooter)
        XCTAssertEqual(annual.margins.left.millimetres, 25, accuracy: 0.001)
        XCTAssertEqual(try Fixtures.style("brev").firstPage.margins?.top.millimetres ?? 0, 100, accuracy: 0.001)
    }

    func testUnknownFieldNamesFileLineAndField() {
        let yaml = "sida:\n  format: A4\nstilar:\n  brödtext:\n    storlek: 10pt\n    typsnit: Noto Serif\n"
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: yaml, path: "layouts/fel.yaml")) { error in
            let styleError = error as? LayoutStyleError
            XCTAssertEqual(styleError?.line, 6)
            XCTAssertEqual(styleError?.field, "stilar.brödtext.typsnit")
            XCTAssertTrue(String(describing: error).hasPrefix("layouts/fel.yaml:6: fel: fältet \"stilar.brödtext.typsnit\": okänt fält"))
        }
    }

    func testMalformedValueAndSyntaxErrorsAreSwedish() {
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "sida:\n  marginaler: { topp: tjugo }\n", path: "x.yaml")) { error in
            XCTAssertEqual((error as? LayoutStyleError)?.line, 2)
            XCTAssertTrue(String(describing: error).contains("ingen längd"))
        }
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "sida: [\n", path: "x.yaml")) { error in
            XCTAssertTrue(String(describing: error).contains("ogiltig yaml"))
        }
    }

    func testWordSpacingAndToleranceAreLayoutSettings() throws {
        let yaml = "avstavning:\n  ordmellanrum_töjning: 0.5\n  ordmellanrum_krympning: 0.25\n  tolerans: 2\n"
        let penalties = try LayoutStyle.parse(yaml: yaml, path: "x.yaml").hyphenation.penalties
        XCTAssertEqual([penalties.spaceStretch, penalties.spaceShrink, penalties.tolerance], [0.5, 0.25, 2])
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "avstavning:\n  ordmellanrum_krympning: 1\n", path: "x.yaml")) { error in
            XCTAssertEqual((error as? LayoutStyleError)?.field, "avstavning.ordmellanrum_krympning")
            XCTAssertTrue(String(describing: error).contains("mindre än 1"))
        }
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "avstavning:\n  tolerans: -1\n", path: "x.yaml"))
    }

    func testNeighbourLinesCompoundsAndTheNarrowestSpaceAreLayoutSettings() throws {
        let yaml = "avstavning:\n  straff_ojämna_rader: 2500\n  straff_stavelse_i_sammansättning: 1800\n  ordmellanrum_minst: 0.12\n"
        let penalties = try LayoutStyle.parse(yaml: yaml, path: "x.yaml").hyphenation.penalties
        XCTAssertEqual([penalties.adjacentDemerits, penalties.compoundSyllable, penalties.minimumSpace], [2500, 1800, 0.12])
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "avstavning:\n  ordmellanrum_minst: 1.5\n", path: "x.yaml")) { error in
            XCTAssertEqual((error as? LayoutStyleError)?.field, "avstavning.ordmellanrum_minst")
            XCTAssertTrue(String(describing: error).contains("em"))
        }
        XCTAssertThrowsError(try LayoutStyle.parse(yaml: "avstavning:\n  straff_ojämna_rader: -3\n", path: "x.yaml"))
    }
}
