import Foundation
import XCTest
@testable import ReportCore
@testable import SpreadsheetXLSX

/// The committed .xlsx fixtures are what their scripts write: make_xlsx.py and
/// make_members_xlsx.py (openpyxl and PyYAML, installed by `make deps`) regenerate them into
/// a temporary folder, every sheet of every workbook reads to the same cells as the
/// committed one, and the regenerated workbooks read to the same values as the examples'
/// csv and yaml files, a negative amount and dates among them.
final class XLSXFixtureScriptTests: XCTestCase {
    private static let workbooks = ["budget.xlsx", "deltagare.xlsx", "tertial-deltagare.xlsx", "medlemmar.xlsx", "medlemmar-fel.xlsx"]

    private func regenerated() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for script in ["make_xlsx.py", "make_members_xlsx.py"] {
            let process = Process()
            let errors = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", XLSXFixtures.path(script), folder.path]
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, "\(script) (needs openpyxl and PyYAML: make deps): \(message)")
        }
        return folder
    }

    func testTheScriptsReproduceTheCommittedWorkbooksCellForCell() throws {
        let folder = try regenerated()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in Self.workbooks {
            let committed = try XLSXWorkbook(data: Data(contentsOf: XLSXFixtures.directory.appendingPathComponent(name)))
            let made = try XLSXWorkbook(data: Data(contentsOf: folder.appendingPathComponent(name)))
            XCTAssertEqual(made.sheetNames, committed.sheetNames, name)
            XCTAssertGreaterThan(committed.sheetNames.count, 1, "\(name) starts with an instruction sheet")
            for sheet in committed.sheetNames {
                XCTAssertEqual(try made.sheet(named: sheet), try committed.sheet(named: sheet), "\(name), sheet \(sheet)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("budget-excel.csv")),
                       try Data(contentsOf: XLSXFixtures.directory.appendingPathComponent("budget-excel.csv")))
    }

    func testTheRegeneratedWorkbooksReadAsTheExamplesCSVFiles() throws {
        let folder = try regenerated()
        defer { try? FileManager.default.removeItem(at: folder) }
        func budget(_ path: String, sheet: String?) throws -> [String] {
            try BudgetReader.read(CSVTable.load(path: path, displayName: "budget", sheet: sheet)).map {
                "\($0.centre) \($0.revenue.ore) \($0.costs.ore)"
            }
        }
        let csv = try budget(ExampleFolders.path("nordvastra-2024/budget.csv"), sheet: nil)
        // The csv's row "1001;0;-250000": a negative amount, in öre.
        XCTAssertEqual(csv.first, "1001 0 -25000000")
        XCTAssertEqual(try budget(folder.appendingPathComponent("budget.xlsx").path, sheet: "Budget"), csv)
        XCTAssertEqual(try budget(folder.appendingPathComponent("budget-excel.csv").path, sheet: nil), csv)

        let flowsCSV = try ParticipantTablesReader.readFlows(
            CSVTable.load(path: ExampleFolders.path("sjuharad-2017-t1/deltagare/floden.csv"), displayName: "floden.csv"))
        let flowsSheet = try ParticipantTablesReader.readFlows(
            CSVTable.load(path: folder.appendingPathComponent("tertial-deltagare.xlsx").path, displayName: "deltagare.xlsx", sheet: "Flöden"))
        // A month the sheet holds as an Excel date serial.
        XCTAssertEqual(flowsCSV.first?.through, YearMonth(year: 2017, month: 4))
        XCTAssertEqual(flowsSheet.map(\.through), flowsCSV.map(\.through))

        let members = try MembersReader.read(YamlNode.parse("medlemmar:\n  fil: medlemmar.xlsx\n  blad: Medlemmar\n", file: "medlemmar.yaml"),
                                             strict: true, folder: folder)
        let yaml = try MembersReader.read(YamlNode.load(path: ExampleFolders.path("sjuharad-2024/medlemmar.yaml"), displayName: "medlemmar.yaml"),
                                          strict: true)
        // Bollebygd's population date, an Excel date serial in the sheet.
        XCTAssertEqual(yaml[3].populationDate?.description, "2023-06-30")
        XCTAssertEqual(members.map { $0.populationDate?.description }, yaml.map { $0.populationDate?.description })
        XCTAssertEqual(members.map(\.name), yaml.map(\.name))
    }
}
