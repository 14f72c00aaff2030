import XCTest
@testable import ReportCore

/// The same figure printed in several tables prints the same tkr value in every one of
/// them, in all three annual examples: the year's result (income statement, balance
/// sheet, operating statement, balance requirement, multi-year overview, prose), the
/// closing equity and the total assets (balance sheet, overview, soliditet, prose). A
/// statement printed in kr is read as the reader would: its printed amount rounded to tkr.
/// One anchor per example comes from outside the code: the seed's 246 tkr, and the sums
/// of the SIE files' own #RES lines for the invented associations.
final class CrossTableConsistencyTests: XCTestCase {
    let examples = ["sjuharad-2024", "nordvastra-2024", "kvarnsjo-2023"]

    /// A printed amount (in the table's unit) as whole tkr, half away from zero (rows that
    /// print as they are computed: no `visa_omvänt`).
    func tkr(_ table: ReportTable, _ rowId: String, column: Int, file: StaticString = #filePath, line: UInt = #line) -> Int64? {
        guard let row = table.row(rowId), let printed = row.printed[column] else {
            XCTFail("\(table.id).\(rowId) prints nothing in column \(column)", file: file, line: line)
            return nil
        }
        return roundedQuotient(printed * table.unit.ore, 100_000)
    }

    func model(_ example: String) throws -> AnnualReportModel {
        try XCTUnwrap(AnnualReportBuilder.build(try ExampleFolders.load(example)).model, example)
    }

    func testTheResultPrintsTheSameTkrEverywhere() throws {
        for example in examples {
            let model = try model(example)
            let income = try XCTUnwrap(model.statements.first { $0.kind == .income })
            let balance = try XCTUnwrap(model.statements.first { $0.kind == .balance })
            let closing = try XCTUnwrap(balance.columnYears.indices.last { balance.columnYears[$0] == 0 })
            let printed = try XCTUnwrap(tkr(income, "arets_resultat", column: 0))
            let inBalance = try XCTUnwrap(["br_arets_resultat", "periodens_resultat"].compactMap { balance.row($0) }.first)
            XCTAssertEqual(tkr(balance, inBalance.id, column: closing), printed, example)
            XCTAssertEqual(model.overview.thisYear(.result)?.units, printed, example)
            XCTAssertEqual(model.balanceRequirement.rows.first?.tkr.units, printed, example)
            XCTAssertEqual(model.figures["resultat_tkr"]?.value, String(printed), example)
            if let operating = model.operating {
                let table = try XCTUnwrap(operating.tables.first { $0.rows.contains { $0.role == .result } }, example)
                let row = try XCTUnwrap(table.rows.first { $0.role == .result })
                XCTAssertEqual(row.value(.outcome, in: table)?.tkr, printed, example)
            }
        }
    }

    func testEquityAndTotalAssetsPrintTheSameTkrEverywhere() throws {
        for example in examples {
            let model = try model(example)
            let balance = try XCTUnwrap(model.statements.first { $0.kind == .balance })
            let closing = try XCTUnwrap(balance.columnYears.indices.last { balance.columnYears[$0] == 0 })
            let equity = try XCTUnwrap(tkr(balance, "summa_eget_kapital", column: closing))
            let assets = try XCTUnwrap(tkr(balance, "summa_tillgangar", column: closing))
            XCTAssertEqual(model.overview.thisYear(.equity)?.units, equity, example)
            XCTAssertEqual(model.solvency.equityTkr.units, equity, example)
            XCTAssertEqual(model.figures["eget_kapital_tkr"]?.value, String(equity), example)
            XCTAssertEqual(model.overview.thisYear(.totalAssets)?.units, assets, example)
            XCTAssertEqual(model.figures["totala_tillgangar_tkr"]?.value, String(assets), example)
        }
    }

    /// The anchors: Sjuhärad's seed prints 246 tkr; the invented examples' results are the
    /// sums of their files' own #RES lines on 3000–8999 (revenue positive).
    func testTheResultAgainstFiguresFromOutsideTheCode() throws {
        XCTAssertEqual(try model("sjuharad-2024").overview.thisYear(.result), Tkr(246))
        for example in ["nordvastra-2024", "kvarnsjo-2023"] {
            let data = try Data(contentsOf: ExampleFolders.examples.appendingPathComponent("\(example)/bokforing.se"))
            var ore: Int64 = 0
            for line in ExampleFolders.cp437Decode(data).split(whereSeparator: \.isNewline) {
                let fields = line.split(separator: " ")
                guard fields.count == 4, fields[0] == "#RES", fields[1] == "0", let account = Int(fields[2]), (3000...8999).contains(account)
                else { continue }
                let parts = fields[3].split(separator: ".")
                ore -= Int64(parts[0])! * 100 + (fields[3].hasPrefix("-") ? -1 : 1) * Int64(parts.count > 1 ? parts[1] : "0")!
            }
            XCTAssertEqual(try model(example).overview.thisYear(.result)?.units, roundedQuotient(ore, 100_000), example)
        }
    }
}

/// "Andel av budget som använts": the year's costs on cost centres over the budgeted
/// costs, in tenths of a percent rounded half away from zero from the exact kronor and
/// öre. Computed here from Nordvästra's budget.csv (per cost centre) and its SIE file's
/// #RES lines on cost accounts (Kommun-Bas: 4000–7999 and the financial costs 8500–8699).
final class BudgetShareTests: XCTestCase {
    func testTheShareOfBudgetUsedFromTheFilesThemselves() throws {
        let folder = ExampleFolders.examples.appendingPathComponent("nordvastra-2024")
        let budget = try String(contentsOf: folder.appendingPathComponent("budget.csv"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst(2).compactMap { $0.split(separator: ";").last.flatMap { Int64($0) } }
            .reduce(0, +) * 100
        let books = try String(contentsOf: folder.appendingPathComponent("bokforing.se"), encoding: .isoLatin1)
        let costs = books.split(whereSeparator: \.isNewline).compactMap { line -> Int64? in
            let fields = line.split(separator: " ")
            guard fields.count >= 4, fields[0] == "#RES", fields[1] == "0", let account = Int(fields[2]),
                  (4000...7999).contains(account) || (8500...8699).contains(account) else { return nil }
            let parts = fields[3].split(separator: ".")
            let ore = (Int64(parts[0].replacingOccurrences(of: "-", with: "")) ?? 0) * 100 + (parts.count > 1 ? Int64(parts[1]) ?? 0 : 0)
            return fields[3].hasPrefix("-") ? ore : -ore
        }.reduce(0, +)
        let tenths = (costs * 1000 * 2 + budget) / (budget * 2)
        XCTAssertTrue(budget < 0 && costs < 0)
        let model = try XCTUnwrap(AnnualReportBuilder.build(try ExampleFolders.load("nordvastra-2024")).model)
        XCTAssertEqual(model.figures["andel_av_budget_anvand_procent"]?.text, "\(tenths / 10),\(tenths % 10)\u{00A0}%")
    }
}
