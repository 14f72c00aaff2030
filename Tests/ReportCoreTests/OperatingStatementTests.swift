import Foundation
import XCTest
@testable import ReportCore

/// The operating report (driftredovisning) described as data: Kvarnsjöbygden's own rows
/// against its budget by row, the tables adding up across and down after rounding, and the
/// strict reading of the description and the budget file.
final class OperatingStatementTests: XCTestCase {
    /// Kvarnsjöbygden 2023 (examples/generator/kvarnsjo_2023.py): members 6 000 000 +
    /// 3 000 000 + 3 000 000, ESF 1 850 000, other revenue 45 000 + 38 412 (interest), costs
    /// 13 594 894 (the generator's REPORT_RESULTS), equity at the start 2 874 647. In tkr: the
    /// result 338,518 prints 339 as in the income statement; the revenue and cost rows share
    /// it by largest remainder (floors 12 000 + 1 850 + 83 − 13 595 = 338, the one missing unit
    /// to 83,412's remainder over −13 594,894's 0,106): 84. The closing equity 3 213,165 prints
    /// 3 213, so the opening equity shows 3 213 − 339 = 2 874. Budget (budget.csv by row):
    /// 12 000, 1 700, 80, −14 060, result −280, opening 2 800, closing 2 520. Deviation is
    /// outcome minus budget of the printed figures. 2022: 11 600, 1 200, 35,12, −12 432,073,
    /// result 403,047 → 403 (the unit to −12 432,073's remainder 0,927), opening 2 471,6,
    /// closing 2 874,647 → 2 875, so opening 2 472.
    func testKvarnsjoPrintsItsOwnRowsAgainstItsBudget() throws {
        let built = AnnualReportBuilder.build(try ExampleFolders.load("kvarnsjo-2023"))
        let operating = try XCTUnwrap(built.model?.operating, "\(built.findings)")
        XCTAssertEqual(operating.tables.count, 1)
        let table = operating.tables[0]
        XCTAssertEqual(table.rows.map(\.label), ["Medlemsbidrag", "ESF-bidrag", "Övriga intäkter", "Nettokostnader", "Resultat",
                                                 "Ingående eget kapital", "Utgående eget kapital"])
        XCTAssertEqual(table.columns.map(\.titles), [["Utfall {år}"], ["Budget {år}"], ["Avvikelse"], ["Utfall {fjol}"]])
        func column(_ index: Int) -> [Int64?] { table.rows.map { $0.printed[index] } }
        XCTAssertEqual(column(0), [12000, 1850, 84, -13595, 339, 2874, 3213])
        XCTAssertEqual(column(1), [12000, 1700, 80, -14060, -280, 2800, 2520])
        XCTAssertEqual(column(2), [0, 150, 4, 465, 619, 74, 693])
        XCTAssertEqual(column(3), [11600, 1200, 35, -12432, 403, 2472, 2875])
        XCTAssertEqual(table.rows[4].exact[0], try Money.parse("338518.00"))
        XCTAssertEqual(table.rows[6].exact[0], try Money.parse("3213165.00"))
        XCTAssertEqual(operating.budgetSource, "budget.csv")
        XCTAssertEqual(operating.resultRows, ["Resultat": try Money.parse("338518.00")])
        XCTAssertFalse(built.findings.contains { $0.code == "drift-summa" })
    }

    /// In every example, every table: each printed figure lies within a unit of its exact
    /// value (two for a column printed from two others), a deviation is outcome − budget and
    /// a net revenue + costs of the printed figures, and each sum is the sum of the rows
    /// it adds, recomputed here from the description's ids.
    func testEveryOperatingTableAddsUpAcrossAndDown() throws {
        for name in ["sjuharad-2024", "nordvastra-2024", "kvarnsjo-2023"] {
            let inputs = try ExampleFolders.load(name)
            let operating = try XCTUnwrap(AnnualReportBuilder.build(inputs).model?.operating, name)
            let description = try XCTUnwrap(inputs.statements.operating)
            for table in operating.tables {
                let described = try XCTUnwrap(description.tables.first { $0.id == table.id })
                for row in table.rows {
                    for (index, column) in table.columns.enumerated() {
                        guard let printed = row.printed[index], let exact = row.exact[index] else { continue }
                        let distance = abs(Decimal(printed) - Decimal(exact.ore) / 100_000)
                        XCTAssertLessThan(distance, column.derived ? 2 : 1, "\(name) \(row.id) \(column.titles)")
                    }
                    try assertAcross(row, table, name)
                }
                try assertDown(table, described, name)
            }
        }
        XCTAssertGreaterThan(checkedSums, 20, "the sums were found")
    }

    func assertAcross(_ row: OperatingRow, _ table: OperatingTable, _ name: String) throws {
        func index(_ amount: OperatingAmount, _ side: OperatingSide, _ year: Int) -> Int? {
            table.columns.firstIndex { $0.amount == amount && $0.side == side && $0.year == year }
        }
        for (position, column) in table.columns.enumerated() {
            guard let value = row.printed[position] else { continue }
            if column.amount == .deviation, let outcome = index(.outcome, column.side, 0), let budget = index(.budget, column.side, 0) {
                XCTAssertEqual(value, try XCTUnwrap(row.printed[outcome]) - XCTUnwrap(row.printed[budget]), "\(name) \(row.id)")
            }
            if column.side == .net, let revenue = index(column.amount, .revenue, column.year),
               let costs = index(column.amount, .costs, column.year) {
                XCTAssertEqual(value, try XCTUnwrap(row.printed[revenue]) + XCTUnwrap(row.printed[costs]), "\(name) \(row.id)")
            }
        }
    }

    var checkedSums = 0

    func assertDown(_ table: OperatingTable, _ described: OperatingTableDescription, _ name: String) throws {
        for (position, row) in described.rows.enumerated() where row.kind.sumsRows {
            let terms = row.terms ?? described.rows[..<position].filter { $0.kind == .accounts }.map { RowDescription.Term(id: $0.id, sign: 1) }
            let sum = try XCTUnwrap(table.rows.first { $0.id == row.id }, "\(name) \(row.id)")
            for column in table.columns.indices {
                let optionalParts = terms.flatMap { term in
                    table.rows.filter { $0.id == term.id || $0.id.hasPrefix(term.id + "_") && $0.centre != nil }
                        .map { $0.printed[column].map { $0 * term.sign } }
                }
                // A row without a budget shows a dash: the total's deviation is then its own
                // outcome less its budget (checked across), as the seed prints it.
                guard let total = sum.printed[column], !optionalParts.isEmpty, !optionalParts.contains(nil) else { continue }
                let parts = optionalParts.compactMap { $0 }
                XCTAssertEqual(parts.reduce(0, +), total, "\(name) \(row.id) column \(column)")
                checkedSums += 1
            }
        }
    }

    // MARK: strict reading

    func refusal(_ file: String, _ transform: @escaping (String) -> String) throws -> InputError {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, file, transform)
        do {
            _ = try ReportFolder.load(path: folder.path)
        } catch let error as InputError {
            return error
        }
        XCTFail("\(file) was accepted")
        throw CocoaError(.fileReadCorruptFile)
    }

    func line(of text: String, in file: String) throws -> Int {
        let lines = try String(contentsOfFile: ExampleFolders.path("kvarnsjo-2023/\(file)"), encoding: .utf8).components(separatedBy: "\n")
        return try XCTUnwrap(lines.firstIndex { $0.contains(text) }) + 1
    }

    func testAnUnknownKeyInADriftRowIsRefusedWithFileAndLine() throws {
        let error = try refusal("rakningar.yaml") { $0.replacingOccurrences(of: "konton: [3980-3989] }", with: "konton: [3980-3989], budgett: [esf] }") }
        XCTAssertEqual(error.location.file, "rakningar.yaml")
        XCTAssertEqual(error.location.line, try line(of: "text: ESF-bidrag", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("budgett"), error.message)
        XCTAssertTrue(error.message.contains("budget"), error.message)
    }

    func testASumOfAnUnknownRowIsRefusedWithFileAndLine() throws {
        let error = try refusal("rakningar.yaml") {
            $0.replacingOccurrences(of: "summerar: [resultat, ingaende_eget_kapital]", with: "summerar: [resultat, ingaende_eget_kapitel]")
        }
        XCTAssertEqual(error.location.file, "rakningar.yaml")
        XCTAssertEqual(error.location.line, try line(of: "text: Utgående eget kapital", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("summerar \"ingaende_eget_kapitel\", som inte finns bland driftredovisningens rader"), error.message)
    }

    func testASumOfARowBelowIsRefused() throws {
        let error = try refusal("rakningar.yaml") {
            $0.replacingOccurrences(of: "summerar: [medlemsbidrag, esf_bidrag, ovriga_intakter, nettokostnader]",
                                    with: "summerar: [medlemsbidrag, esf_bidrag, ovriga_intakter, nettokostnader, ingaende_eget_kapital]")
        }
        XCTAssertEqual(error.location.line, try line(of: "text: Resultat,", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("står längre ned"), error.message)
    }

    func testABudgetLineThatDoesNotExistIsRefusedAtTheRow() throws {
        let error = try refusal("rakningar.yaml") { $0.replacingOccurrences(of: "konton: [3980-3989] }", with: "konton: [3980-3989], budget: [esf] }") }
        XCTAssertEqual(error.location.file, "rakningar.yaml")
        XCTAssertEqual(error.location.line, try line(of: "text: ESF-bidrag", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("tar budgeten från raden \"esf\", som inte finns i budget.csv"), error.message)
    }

    func testABudgetLineNoRowTakesIsRefusedAtItsLine() throws {
        let error = try refusal("budget.csv") { $0 + "personal;-100000\n" }
        XCTAssertEqual(error.location.file, "budget.csv")
        XCTAssertEqual(error.location.line, 9)
        XCTAssertTrue(error.message.contains("Budgetraden \"personal\" hör inte till någon rad i driftredovisningen"), error.message)
    }

    func testARowOfBothCostCentresAndAccountsIsRefused() throws {
        let error = try refusal("rakningar.yaml") {
            $0.replacingOccurrences(of: "konton: [3980-3989] }", with: "konton: [3980-3989], kostnadsställen: projekt }")
        }
        XCTAssertEqual(error.location.line, try line(of: "text: ESF-bidrag", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("antingen \"kostnadsställen\""), error.message)
    }

    func testAnUnknownAmountIsRefused() throws {
        let error = try refusal("rakningar.yaml") { $0.replacingOccurrences(of: "belopp: avvikelse }", with: "belopp: prognos }") }
        XCTAssertEqual(error.location.line, try line(of: "rubrik: Avvikelse", in: "rakningar.yaml"))
        XCTAssertTrue(error.message.contains("utfall, budget eller avvikelse"), error.message)
    }

    /// A result row that is not the year's result (an account left out) is an error.
    func testAResultRowThatMissesAnAccountIsAFinding() throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rakningar.yaml") { $0.replacingOccurrences(of: "[3100-3979, 3990-3999, 8000-8399]", with: "[3100-3979, 3990-3999]") }
        let findings = AnnualReportBuilder.build(try ReportFolder.load(path: folder.path)).findings
        let finding = try XCTUnwrap(findings.first { $0.code == "drift-summa" })
        XCTAssertEqual(finding.severity, .error)
        let message = finding.message.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(message.contains("rad \"Resultat\" (300 106,00 kr) är inte årets resultat 338 518,00 kr"), message)
    }
}
