import XCTest
@testable import ReportCore

/// The third example (an invented association on the BAS account plan): every statement
/// figure against sums computed here from the SIE file's own #RES, #IB and #UB lines, the
/// standard forms (two-column balance sheet, cash flow with the operating subtotal after
/// the working-capital change), whole kronor, the notes with both years, a varav row and a
/// footnote, and the members' contributions as booked.
final class ExampleKvarnsjoTests: XCTestCase {
    static let computed = AnnualReportBuilder.compute(try! ExampleFolders.load("kvarnsjo-2023"))
    var model: AnnualReportModel { Self.computed.model }

    /// `#RES 0 3011 -6000000.00` → [year: [account: öre]], read straight from the file.
    static let lines: [String: [Int: [String: Int64]]] = {
        let data = try! Data(contentsOf: ExampleFolders.examples.appendingPathComponent("kvarnsjo-2023/bokforing.se"))
        var table: [String: [Int: [String: Int64]]] = [:]
        for line in ExampleFolders.cp437Decode(data).split(separator: "\r\n").flatMap({ $0.split(separator: "\n") }) {
            let fields = line.split(separator: " ")
            guard fields.count == 4, ["#RES", "#IB", "#UB"].contains(fields[0]), let year = Int(fields[1]) else { continue }
            let parts = fields[3].split(separator: ".")
            let ore = Int64(parts[0])! * 100 + (fields[3].hasPrefix("-") ? -1 : 1) * Int64(parts[1])!
            table[String(fields[0]), default: [:]][year, default: [:]][String(fields[2])] = ore
        }
        return table
    }()

    /// Report sign (revenue positive, costs negative; assets, equity and liabilities
    /// positive), summed over accounts first..last, in whole kronor as exact öre.
    func sum(_ record: String, _ year: Int, _ ranges: [ClosedRange<Int>]) -> Int64 { Self.sum(record, year, ranges) }

    static func sum(_ record: String, _ year: Int, _ ranges: [ClosedRange<Int>]) -> Int64 {
        (Self.lines[record]?[year] ?? [:]).filter { account, _ in ranges.contains { $0.contains(Int(account)!) } }
            .map { account, ore in account.hasPrefix("1") ? ore : -ore }.reduce(0, +)
    }

    func row(_ table: String, _ id: String, file: StaticString = #filePath, line: UInt = #line) -> ReportTableRow? {
        let row = model.statements.first { $0.id == table }?.row(id)
        XCTAssertNotNil(row, "\(table).\(id)", file: file, line: line)
        return row
    }

    func testTheExampleIsCleanAndOnBAS() {
        XCTAssertEqual(Self.computed.findings.filter { $0.severity == .error }, [])
        XCTAssertEqual(model.statements.map(\.id), ["resultatrakning", "balansrakning", "kassaflodesanalys"])
        XCTAssertTrue(model.statements.allSatisfy { $0.unit == .kronor }, "whole kronor in the statements")
    }

    func testIncomeStatementAgainstTheFilesOwnSums() {
        let lines: [(String, [ClosedRange<Int>])] = [
            ("medlemsbidrag", [3000...3099]), ("projektmedel", [3980...3989]), ("ovriga_intakter", [3100...3979, 3990...3999]),
            ("verksamhetsanknutna", [4000...4999]), ("lokalkostnader", [5000...5199]),
            ("ovriga_kostnader", [5200...6999, 7700...7799, 7900...7999]), ("arvoden", [7000...7299]),
            ("reseersattning", [7300...7399]), ("sociala_avgifter", [7500...7599]),
            ("ovriga_personalkostnader", [7400...7499, 7600...7699]), ("avskrivningar", [7800...7899]),
            ("finansiella_intakter", [8000...8399]), ("finansiella_kostnader", [8400...8699]),
            ("summa_verksamhetens_intakter", [3000...3999]), ("summa_verksamhetens_kostnader", [4000...7999]),
            ("verksamhetens_resultat", [3000...7999]), ("arets_resultat", [3000...8999]),
        ]
        for (id, ranges) in lines {
            let expected = [sum("#RES", 0, ranges), sum("#RES", -1, ranges)]
            XCTAssertEqual(row("resultatrakning", id)?.exact.map { $0?.ore }, expected, id)
            // Whole kronor: the books have none of öre on result accounts, so print = exact.
            XCTAssertEqual(row("resultatrakning", id)?.printed, expected.map { $0 / 100 }, id)
        }
        XCTAssertEqual(sum("#RES", 0, [3000...3099]), 12_000_000_00, "the sixteen members' contributions")
        XCTAssertEqual(row("resultatrakning", "avskrivningar")?.label, "Avskrivningar", "a depreciation row: there are inventories")
    }

    func testTwoColumnBalanceSheetAgainstTheFilesOwnSums() throws {
        let balance = try XCTUnwrap(model.statements.first { $0.id == "balansrakning" })
        XCTAssertEqual(balance.columnTitles, [["2023-12-31"], ["2022-12-31"]])
        let assets = [sum("#UB", 0, [1000...1999]), sum("#UB", -1, [1000...1999])]
        XCTAssertEqual(row("balansrakning", "summa_tillgangar")?.exact.map { $0?.ore }, assets)
        XCTAssertEqual(row("balansrakning", "kassa_och_bank")?.exact.map { $0?.ore }, [sum("#UB", 0, [1900...1999]), sum("#UB", -1, [1900...1999])])
        XCTAssertEqual(row("balansrakning", "anlaggningstillgangar")?.exact.map { $0?.ore }, [sum("#UB", 0, [1200...1299]), sum("#UB", -1, [1200...1299])])
        let equity = sum("#IB", 0, [2000...2099]) + sum("#RES", 0, [3000...8999])
        XCTAssertEqual(row("balansrakning", "summa_eget_kapital")?.exact.first ?? nil, Money(ore: equity))
        XCTAssertEqual(row("balansrakning", "summa_eget_kapital_och_skulder")?.exact.map { $0?.ore }, assets)
        // Rounded to kronor, both sides still balance and the rows add up to their sums.
        XCTAssertEqual(row("balansrakning", "summa_tillgangar")?.printed, row("balansrakning", "summa_eget_kapital_och_skulder")?.printed)
        let parts = ["summa_eget_kapital", "summa_skulder"].compactMap { row("balansrakning", $0)?.printed.first ?? nil }
        XCTAssertEqual(parts.reduce(0, +), row("balansrakning", "summa_eget_kapital_och_skulder")?.printed.first ?? nil)
    }

    func testStandardCashFlowOrderAndFigures() throws {
        let flow = try XCTUnwrap(model.statements.first { $0.id == "kassaflodesanalys" })
        let labels = flow.rows.map(\.label)
        let operating = try XCTUnwrap(labels.firstIndex(of: "Kassaflöde från den löpande verksamheten"))
        XCTAssertLessThan(try XCTUnwrap(labels.firstIndex { $0.contains("kortfristiga skulder") }), operating,
                          "the operating subtotal comes after the working-capital change")
        let cash = [sum("#UB", 0, [1900...1999]) - sum("#IB", 0, [1900...1999]), sum("#UB", -1, [1900...1999]) - sum("#IB", -1, [1900...1999])]
        XCTAssertEqual(flow.row("arets_kassaflode")?.exact.map { $0?.ore }, cash)
        XCTAssertEqual(flow.row("kf_justering")?.exact.first ?? nil, Money(ore: -sum("#RES", 0, [7800...7899])), "depreciation added back")
        XCTAssertEqual(flow.row("likvida_medel_slut")?.exact.first ?? nil, Money(ore: sum("#UB", 0, [1900...1999])))
    }

    func testNotesBothYearsVaravFootnoteAndContributionsAsBooked() throws {
        let members = try XCTUnwrap(model.noteTables.first { $0.id == "medlemsbidrag" })
        let perMember = members.rows.filter { $0.account != nil }
        XCTAssertEqual(perMember.count, 16)
        for row in perMember {
            let account = try XCTUnwrap(row.account)
            XCTAssertEqual(row.exact.map { $0?.ore }, [-(Self.lines["#RES"]?[0]?[account] ?? 0), -(Self.lines["#RES"]?[-1]?[account] ?? 0)], account)
        }
        XCTAssertEqual(members.row("bidrag_staten")?.label, "Driftbidrag från staten")
        XCTAssertEqual(members.row("bidrag_staten")?.exact.first ?? nil, Money(ore: 6_000_000_00), "the state's half as one row")
        XCTAssertNil(model.memberFinancing, "no population split where the folder describes the note")

        let other = try XCTUnwrap(model.noteTables.first { $0.id == "ovriga_kostnader" })
        XCTAssertEqual(other.row("varav_rakenskapsrevision")?.kind, .partOf)
        XCTAssertEqual(other.row("varav_rakenskapsrevision")?.printed, [62_000, 60_000], "shown positive")
        XCTAssertEqual(other.row("revision")?.printed, [96_000, 92_000])
        XCTAssertEqual(other.row("externa_summa")?.printed.first ?? nil, -sum("#RES", 0, [5200...6999, 7700...7799, 7900...7999]) / 100)
        XCTAssertTrue(other.footnote?.hasPrefix("* Revisionen") == true)
        XCTAssertEqual(other.columnTitles, [["Jan–dec 2023"], ["Jan–dec 2022"]])
    }

    /// The municipalities booked their invoiced amounts (whole hundreds of kronor); the
    /// population rule, computed here from medlemmar.yaml's populations, differs: one
    /// warning per municipality with both amounts and the difference, and no error.
    func testBookedContributionsAgainstThePopulationRuleWarnWithTheDifferences() throws {
        let populations: [(String, Int64)] = [
            ("Kvarnby", 48210), ("Sjöholma", 12305), ("Ekeryd", 9870), ("Lillåsa", 6412), ("Norrheda", 15540), ("Västmoa", 7230),
            ("Björkvika", 4980), ("Granåker", 22015), ("Tallmora", 3615), ("Stenbacka", 10120), ("Ängfors", 5340),
            ("Rödsjö", 8760), ("Bergsvik", 13450), ("Mossby", 2905)]
        let quarter: Int64 = 12_000_000_00 / 4
        let people = populations.map(\.1).reduce(0, +)
        var rule = populations.map { quarter * $0.1 / people }
        let order = populations.indices.sorted { (quarter * populations[$0].1 % people, $1) > (quarter * populations[$1].1 % people, $0) }
        for index in order.prefix(Int(quarter - rule.reduce(0, +))) { rule[index] += 1 }
        let warnings = Self.computed.findings.filter { $0.code == "medlemsbidrag-regel" }
        XCTAssertTrue(warnings.allSatisfy { $0.severity == .warning })
        XCTAssertEqual(warnings.count, 14, "\(warnings)")
        for (index, (name, _)) in populations.enumerated() {
            let account = String(3013 + index)
            let booked = -(Self.lines["#RES"]?[0]?[account] ?? 0)
            let difference = booked - rule[index]
            let warning = try XCTUnwrap(warnings.first { $0.message.hasPrefix("\(name) kommun ") }, name)
            XCTAssertTrue(warning.message.contains(Money(ore: booked).kronorText), warning.message)
            XCTAssertTrue(warning.message.contains("ger \(Money(ore: rule[index]).kronorText)"), warning.message)
            XCTAssertTrue(warning.message.contains("skillnad \(difference < 0 ? "\u{2212}" : "+")\(Money(ore: abs(difference)).kronorText)"), warning.message)
            XCTAssertEqual(warning.location?.file, "medlemmar.yaml")
        }
    }
}

/// The checks on the standard shape (two-column balance sheet, equity as opening equity
/// plus the result, cash flow with its own rows): one krona more on the bank account's
/// closing balance unbalances the balance sheet and the cash flow, by figures summed here
/// from the file's own lines.
final class KvarnsjoChecksTests: XCTestCase {
    func testOneKronaOnTheBankIsFoundByTheBalanceAndCashFlowChecks() throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "bokforing.se") { $0.replacingOccurrences(of: "#UB 0 1930 3067297.88", with: "#UB 0 1930 3067298.88") }
        let findings = AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
        let sums = ExampleKvarnsjoTests.self
        let assets = sums.sum("#UB", 0, [1000...1999]) + 100
        let other = sums.sum("#IB", 0, [2000...2099]) + sums.sum("#RES", 0, [3000...8999]) + sums.sum("#UB", 0, [2100...2999])
        let balance = findings.filter { $0.code == "balansrakning-obalans" }.map(\.message)
        XCTAssertEqual(balance, ["Balansräkningen balanserar inte: tillgångar \(Money(ore: assets).kronorText), eget kapital och skulder \(Money(ore: other).kronorText) (skillnad 1,00 kr)"])
        let cash = sums.sum("#UB", 0, [1900...1999]) + 100 - sums.sum("#IB", 0, [1900...1999])
        let flow = findings.filter { $0.code == "kassaflode-avstamning" }.map(\.message)
        XCTAssertEqual(flow.count, 1, "\(findings)")
        XCTAssertTrue(flow.first?.hasSuffix("ändrades med \(Money(ore: cash).kronorText) (skillnad 1,00 kr)") == true, "\(flow)")
    }
}
