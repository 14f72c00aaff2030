import Foundation
import XCTest
@testable import ReportCore

/// The history checks with the rounding tolerance, on the issue's figures and on
/// Kvarnsjöbygden's history with its predecessor: correctly rounded history passes, 2 tkr
/// off is refused with historik.yaml, the year's line and the figures.
final class OverviewHistoryTests: XCTestCase {
    static let location = SourceLocation(file: "test.yaml", line: 1)

    /// Revenue, costs and their sum (the result), and equity: the form of the issue's example.
    static let description = OverviewDescription(rows: [
        .init(id: "intakter", label: "Verksamhetens intäkter", source: .statementRows([.init(id: "x", sign: 1)]), role: nil, plusSign: false, location: location),
        .init(id: "kostnader", label: "Verksamhetens kostnader", source: .statementRows([.init(id: "y", sign: 1)]), role: nil, plusSign: false, location: location),
        .init(id: "resultat", label: "Årets resultat", source: .sum([.init(id: "intakter", sign: 1), .init(id: "kostnader", sign: 1)]),
              role: .result, plusSign: false, location: location),
        .init(id: "eget_kapital", label: "Eget kapital", source: .role(.equity), role: .equity, plusSign: false, location: location),
    ], columns: 6, location: location)

    func history(result: Int64 = 4769, equity: Int64 = 17051) -> [HistoryYear] {
        [HistoryYear(year: 2022, figures: ["intakter": 27374, "kostnader": -22606, "resultat": result, "eget_kapital": equity],
                     location: SourceLocation(file: "historik.yaml", line: 12))]
    }

    func run(_ history: [HistoryYear]) -> [Finding] {
        let thisYear = HistoryChecks.Year(year: 2023, figures: ["intakter": 20000, "kostnader": -24848, "resultat": -4848, "eget_kapital": 12202],
                                          predecessor: nil, computed: true, location: nil)
        return HistoryChecks.run(Self.description, thisYear: thisYear, history: history, lastYear: nil)
    }

    /// The issue: 2022 equity 17 051 tkr and 2023's result −4 848 give 12 203 against the
    /// computed 12 202; 27 374 − 22 606 = 4 768 printed as 4 769. Both are what rounding
    /// each figure on its own makes, so both pass.
    func testTheIssuesCorrectlyRoundedHistoryPasses() {
        XCTAssertEqual(run(history()), [])
    }

    func testTwoTkrOffIsRefusedWithTheToleranceInTheMessage() {
        let sum = run(history(result: 4770))
        XCTAssertEqual(sum.map(\.code), ["historik-rader"])
        XCTAssertEqual(sum.first?.message, "Historiken 2022: 27\u{202F}374 \u{2212} 22\u{202F}606 = 4\u{202F}768 tkr, men årets resultat anges som 4\u{202F}770 tkr "
                       + "(skillnad 2; var och en av de 3 talen är avrundad till tkr för sig, så avrundningen förklarar högst ±1 tkr)")
        XCTAssertEqual(sum.first?.location, SourceLocation(file: "historik.yaml", line: 12))
        let chain = run(history(equity: 17052))
        XCTAssertEqual(chain.map(\.code), ["historik-eget-kapital"])
        XCTAssertEqual(chain.first?.message, "Eget kapital 2023 är 12\u{202F}202 tkr, men 2022 års 17\u{202F}052 tkr plus årets resultat \u{2212}4\u{202F}848 tkr blir "
                       + "12\u{202F}204 tkr (skillnad 2; var och en av de 3 talen är avrundad till tkr för sig, så avrundningen förklarar högst ±1 tkr)")
        XCTAssertEqual(chain.first?.location, SourceLocation(file: "historik.yaml", line: 12), "the history's year, not the computed one")
    }

    func testAHistoryYearThatIsNotEarlierIsRefused() {
        var later = history()
        later[0].year = 2023
        XCTAssertEqual(run(later).map(\.code), ["historik-ar"])
    }

    /// Kvarnsjöbygden's history passes although 2018's and 2019's rows miss their sums by
    /// 1 tkr (rounded on their own), 2023's equity 3 213 is 2022's 2 875 plus 339 less 1, and
    /// the predecessor's 2020 equity does not lead to 2021's (a merger brought in capital).
    func testKvarnsjosHistoryPassesAndTwoTkrOffIsRefused() throws {
        XCTAssertEqual(try kvarnsjo { $0 }.filter { $0.code.hasPrefix("historik") }, [])
        let sum = try kvarnsjo { text in
            text.replacingOccurrences(of: "årets_resultat: 61\n", with: "årets_resultat: 60\n")
        }
        XCTAssertEqual(sum.filter { $0.code == "historik-rader" }.map(\.message), [
            "Historiken 2018: 5\u{202F}311 \u{2212} 5\u{202F}250 + 1 = 62 tkr, men årets resultat anges som 60 tkr (skillnad 2; "
            + "var och en av de 4 talen är avrundad till tkr för sig, så avrundningen förklarar högst ±1 tkr)"])
        XCTAssertEqual(sum.first { $0.code == "historik-rader" }?.location?.file, "historik.yaml")
        XCTAssertEqual(sum.first { $0.code == "historik-rader" }?.location?.line, 44)
        let chain = try kvarnsjo { text in ModelCheckTests.first(text, "eget_kapital: 1092", "eget_kapital: 1094") }
        XCTAssertEqual(chain.filter { $0.code == "historik-eget-kapital" }.map(\.message), [
            "Eget kapital 2020 är 1\u{202F}233 tkr, men 2019 års 1\u{202F}094 tkr plus årets resultat 141 tkr blir 1\u{202F}235 tkr (skillnad 2; "
            + "var och en av de 3 talen är avrundad till tkr för sig, så avrundningen förklarar högst ±1 tkr)",
            "Eget kapital 2019 är 1\u{202F}094 tkr, men 2018 års 1\u{202F}132 tkr plus årets resultat \u{2212}40 tkr blir 1\u{202F}092 tkr (skillnad 2; "
            + "var och en av de 3 talen är avrundad till tkr för sig, så avrundningen förklarar högst ±1 tkr)"])
    }

    /// Last year's history against last year's books: the costs −12 431 173 kr may be printed
    /// −12 431 or −12 432 (a row under a sum), equity 2 874 647 kr only as 2 875.
    func testLastYearAgainstTheBooks() throws {
        let costs = try kvarnsjo { $0.replacingOccurrences(of: "verksamhetens_kostnader: -12431", with: "verksamhetens_kostnader: -12432")
            .replacingOccurrences(of: "verksamhetens_intäkter: 12830", with: "verksamhetens_intäkter: 12831") }
        XCTAssertEqual(costs.filter { $0.code == "historik-foregaende-ar" }.map(\.message), [
            "Historiken 2022 anger verksamhetens intäkter 12\u{202F}831 tkr, men bokföringens föregående år ger 12\u{202F}830\u{202F}000,00 kr, "
            + "och en rad under en summa får avvika mindre än 1 tkr från sitt exakta belopp"])
        let equity = try kvarnsjo { ModelCheckTests.first($0, "eget_kapital: 2875", "eget_kapital: 2874") }
        XCTAssertTrue(equity.filter { $0.code == "historik-foregaende-ar" }.map(\.message).contains(
            "Historiken 2022 anger eget kapital 2\u{202F}874 tkr, men bokföringens föregående år ger 2\u{202F}874\u{202F}647,00 kr = 2\u{202F}875 tkr"), "\(equity)")
    }

    func kvarnsjo(_ edit: @escaping (String) -> String) throws -> [Finding] {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "historik.yaml", edit)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
    }
}
