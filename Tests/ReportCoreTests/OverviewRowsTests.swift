import Foundation
import XCTest
@testable import ReportCore

/// The multi-year overview's rows as the association chooses them: the built-in default,
/// Kvarnsjöbygden's own rows with its history and its predecessor's columns.
final class OverviewRowsTests: XCTestCase {
    func model(_ example: String) throws -> AnnualReportModel {
        let built = AnnualReportBuilder.build(try ExampleFolders.load(example))
        return try XCTUnwrap(built.model, "\(built.findings)")
    }

    /// Kvarnsjöbygden's figures, worked out from the exact amounts in
    /// examples/generator/kvarnsjo_history.py and its books (bokforing.se), not by the
    /// product: 2023 revenue 13 895 000, costs −13 593 644, financial items 37 162 kr; the
    /// rows rounded by largest remainder to the result 338 518 kr = 339 tkr (costs' ,356 is
    /// the largest remainder, so −13 594 becomes −13 593); equity 3 213 165, total assets
    /// 3 937 297,88 kr (82 %). 2018–2020 are the predecessor's, each figure rounded on its own.
    func testKvarnsjoShowsItsOwnRowsFiveEarlierYearsAndItsPredecessor() throws {
        let overview = try model("kvarnsjo-2023").overview
        XCTAssertEqual(overview.columns.map(\.year), [2023, 2022, 2021, 2020, 2019, 2018])
        XCTAssertEqual(overview.columns.map(\.predecessor), [nil, nil, nil] + Array(repeating: "Samordningsförbundet Kvarnby–Sjöholma", count: 3))
        XCTAssertEqual(overview.rows.map(\.label), ["Verksamhetens intäkter", "Verksamhetens kostnader", "Finansiella poster", "Årets resultat",
                                                    "Eget kapital", "Balansomslutning", "Soliditet", "Antal anställda"])
        func values(_ id: String) -> [Int64] { overview.row(id)?.values ?? [] }
        XCTAssertEqual(values("verksamhetens_intäkter"), [13895, 12830, 11740, 5620, 5540, 5311])
        XCTAssertEqual(values("verksamhetens_kostnader"), [-13593, -12431, -11403, -5480, -5580, -5250])
        XCTAssertEqual(values("finansiella_poster"), [37, 4, 1, 1, 1, 1])
        XCTAssertEqual(values("årets_resultat"), [339, 403, 338, 141, -40, 61])
        XCTAssertEqual(values("eget_kapital"), [3213, 2875, 2472, 1233, 1092, 1132])
        XCTAssertEqual(values("balansomslutning"), [3937, 3470, 3012, 2311, 2105, 1980])
        XCTAssertEqual(values("soliditet"), [82, 83, 82, 53, 52, 57])
        XCTAssertEqual(values("antal_anställda"), [4, 4, 3, 2, 2, 1])
        XCTAssertEqual(overview.row("årets_resultat")?.exact, try Money.parse("338518.00"))
        XCTAssertFalse(overview.rows.contains { $0.plusSign }, "Kvarnsjöbygden prints no plus signs")
    }

    /// Nordvästra has no overview of its own: the standard one, with today's labels. Its
    /// three lines are checked against the books' #RES lines summed here by account class
    /// (Kommun-Bas: members 38xx; revenue 3xxx, 80xx–84xx, 87xx; costs 4xxx–7xxx, 85xx–86xx,
    /// 88xx–89xx): each within 1 tkr of its exact amount and together the rounded result.
    func testTheStandardOverviewIsTodaysRows() throws {
        let overview = try model("nordvastra-2024").overview
        XCTAssertEqual(overview.rows.map(\.label), ["Verksamhetens intäkt från medlemmar", "Externa projekt m.m.", "Verksamhetens kostnader",
                                                    "Årets resultat", "Eget kapital", "Totala tillgångar", "Soliditet", "Antal anställda"])
        XCTAssertEqual(overview.rows.map(\.plusSign), [true, true, false, false, false, false, false, false])
        let results = try Self.results("nordvastra-2024")
        func exact(_ accounts: (Int) -> Bool) -> Int64 { -results.filter { accounts($0.key) }.map(\.value).reduce(0, +) }
        let members = exact { (3800...3899).contains($0) }
        let external = exact { (3000...3999).contains($0) && !(3800...3899).contains($0) || (8000...8499).contains($0) || (8700...8799).contains($0) }
        let costs = exact { (4000...7999).contains($0) || (8500...8699).contains($0) || (8800...8999).contains($0) }
        let printed = [overview.row("intäkt_från_medlemmar"), overview.row("externa_projekt"), overview.row("verksamhetens_kostnader")]
            .map { $0?.values.first ?? 0 }
        for (value, ore) in zip(printed, [members, external, costs]) { XCTAssertLessThan(abs(value * 100_000 - ore), 100_000) }
        XCTAssertEqual(printed.reduce(0, +), overview.row("årets_resultat")?.values.first)
        XCTAssertEqual(overview.row("årets_resultat")?.values.first, roundedQuotient(members + external + costs, 100_000))
    }

    /// The books' #RES lines of this year, öre by account.
    static func results(_ example: String) throws -> [Int: Int64] {
        let data = try Data(contentsOf: ExampleFolders.examples.appendingPathComponent("\(example)/bokforing.se"))
        var results: [Int: Int64] = [:]
        for line in ExampleFolders.cp437Decode(data).split(whereSeparator: \.isNewline) {
            let fields = line.split(separator: " ")
            guard fields.count >= 4, fields[0] == "#RES", fields[1] == "0", let account = Int(fields[2]) else { continue }
            let parts = fields[3].split(separator: ".")
            let sign: Int64 = fields[3].hasPrefix("-") ? -1 : 1
            results[account, default: 0] += sign * (abs(Int64(parts[0])!) * 100 + Int64(parts.count > 1 ? parts[1] : "0")!)
        }
        return results
    }
}
