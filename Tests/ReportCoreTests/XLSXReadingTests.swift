import Foundation
import XCTest
@testable import ReportCore
@testable import SpreadsheetXLSX

/// Workbooks written by openpyxl (Fixtures/xlsx/make_xlsx.py, from the examples' csv files)
/// read to the same values as the csv files themselves; broken cells are refused with the
/// sheet, the cell and the value.
final class XLSXReadingTests: XCTestCase {
    private func budget(_ path: String, sheet: String? = nil) throws -> [String] {
        try BudgetReader.read(CSVTable.load(path: path, displayName: "budget", sheet: sheet)).map {
            "\($0.centre) \($0.revenue.ore) \($0.costs.ore)"
        }
    }

    func testTheBudgetSheetReadsAsTheCSV() throws {
        let csv = try budget(ExampleFolders.path("nordvastra-2024/budget.csv"))
        XCTAssertEqual(csv.count, 6)
        // A negative amount: the csv's row "1001;0;-250000".
        XCTAssertEqual(csv.first, "1001 0 -25000000")
        XCTAssertEqual(try budget(XLSXFixtures.path("budget.xlsx"), sheet: "Budget"), csv)
    }

    func testTheBudgetAsSwedishExcelSavesItsCSVReadsAsTheUTF8CSV() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: XLSXFixtures.path("budget-excel.csv")))
        XCTAssertNil(String(data: bytes, encoding: .utf8), "the fixture is Windows-1252, not UTF-8")
        XCTAssertTrue(bytes.contains(0xE4) && bytes.starts(with: Array("kostnadsst\u{E4}lle;".unicodeScalars.map { UInt8($0.value) })))
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n").count, 8)
        XCTAssertEqual(try budget(XLSXFixtures.path("budget-excel.csv")), try budget(ExampleFolders.path("nordvastra-2024/budget.csv")))
    }

    func testTheParticipantsSheetReadsAsTheCSVWithInlineAndRichStrings() throws {
        let members = try MembersReader.read(YamlNode.load(path: ExampleFolders.path("sjuharad-2024/medlemmar.yaml"),
                                                           displayName: "medlemmar.yaml"), strict: true)
        func counts(_ path: String, sheet: String?) throws -> [String] {
            try ParticipantsReader.read(CSVTable.load(path: path, displayName: "deltagare", sheet: sheet), members: members).counts
                .map { "\($0.municipality) \($0.gender) \($0.count)" }
        }
        let csv = try counts(ExampleFolders.path("sjuharad-2024/deltagare.csv"), sheet: nil)
        XCTAssertEqual(csv.first, "Bollebygd women 17")
        XCTAssertEqual(try counts(XLSXFixtures.path("deltagare.xlsx"), sheet: "Deltagare 2024"), csv)
    }

    func testTheTertialSheetsReadAsTheCSVsWithMonthsFromDateSerials() throws {
        let folder = ExampleFolders.path("sjuharad-2017-t1/deltagare")
        func table(_ sheet: String) throws -> CSVTable {
            try CSVTable.load(path: XLSXFixtures.path("tertial-deltagare.xlsx"), displayName: "deltagare.xlsx", sheet: sheet)
        }
        func csv(_ name: String) throws -> CSVTable { try CSVTable.load(path: "\(folder)/\(name)", displayName: name) }
        func plain<T>(_ values: [T], _ path: WritableKeyPath<T, SourceLocation>) -> [String] {
            values.map { var value = $0; value[keyPath: path] = SourceLocation(file: ""); return "\(value)" }
        }
        let flows = try ParticipantTablesReader.readFlows(csv("floden.csv"))
        XCTAssertEqual(flows.first?.through, YearMonth(year: 2017, month: 4))
        XCTAssertEqual(plain(try ParticipantTablesReader.readFlows(table("Flöden")), \.location), plain(flows, \.location))
        XCTAssertEqual(plain(try ParticipantTablesReader.readActivity(table("Aktiv hälsa")), \.location),
                       plain(try ParticipantTablesReader.readActivity(csv("aktiv-halsa.csv")), \.location))
        let monthly = try ParticipantTablesReader.readMonthly(csv("manadsvis.csv"))
        XCTAssertEqual(monthly.first?.month, YearMonth(year: 2017, month: 1))
        XCTAssertEqual(plain(try ParticipantTablesReader.readMonthly(table("Månadsvis")), \.location), plain(monthly, \.location))
    }

    func testExcelSerialsFollowThe1900SystemWithItsLeapYearBugAndThe1904System() {
        func date(_ serial: String, _ system1904: Bool = false) -> String? {
            ExcelDates.date(serial: serial, system1904: system1904).map { "\($0.year)-\($0.month)-\($0.day)" }
        }
        XCTAssertEqual(date("1"), "1900-1-1")
        XCTAssertEqual(date("59"), "1900-2-28")
        XCTAssertNil(date("60"), "1900-02-29 never was")
        XCTAssertEqual(date("61"), "1900-3-1")
        XCTAssertEqual(date("45292"), "2024-1-1")
        XCTAssertEqual(date("45292.0"), "2024-1-1")
        XCTAssertNil(date("45292.5"), "a time of day is not a date")
        XCTAssertEqual(date("0", true), "1904-1-1")
        XCTAssertEqual(date("43830", true), "2024-1-1")
    }

    func testNumbersAreWrittenOutExactly() {
        XCTAssertEqual(ExcelNumber.plain("-250000"), "-250000")
        XCTAssertEqual(ExcelNumber.plain("1250.50"), "1250.5")
        XCTAssertEqual(ExcelNumber.plain("1.5E-2"), "0.015")
        XCTAssertEqual(ExcelNumber.plain("3E+6"), "3000000")
        XCTAssertEqual(ExcelNumber.plain("-0.0"), "0")
        XCTAssertNil(ExcelNumber.plain("1E+400"))
        XCTAssertNil(ExcelNumber.plain("abc"))
    }

    private func refusal(_ url: URL, sheet: String? = "Budget", file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try BudgetReader.read(CSVTable.load(path: url.path, displayName: "budget.xlsx", sheet: sheet,
                                                    sheetLocation: SourceLocation(file: "rapport.yaml", line: 9, field: "filer.budget.blad")))
            XCTFail("read without an error", file: file, line: line)
        } catch let error as InputError {
            return error
        } catch {
            XCTFail("\(error)", file: file, line: line)
        }
        return nil
    }

    private func budgetSheet(_ change: @escaping (String) -> String) throws -> URL {
        try XLSXFixtures.changed("budget.xlsx", part: "xl/worksheets/sheet2.xml", change)
    }

    func testATextAmountIsRefusedWithSheetCellAndValue() throws {
        let url = try budgetSheet {
            $0.replacingOccurrences(of: "<c r=\"C5\" t=\"n\"><v>-1500000</v></c>", with: "<c r=\"C5\" t=\"inlineStr\"><is><t>-1,5 Mkr</t></is></c>")
        }
        let error = try XCTUnwrap(refusal(url))
        XCTAssertEqual(error.location, SourceLocation(file: "budget.xlsx", line: 5, field: "kostnader", cell: "Budget!C5"))
        XCTAssertTrue(error.message.contains("-1,5Mkr"), error.message)
        XCTAssertEqual(error.location.description, "budget.xlsx, Budget!C5 (fält \"kostnader\")")
    }

    /// The sheet reads (a wrong sign is a finding of the report, not an unreadable file); the
    /// finding names the cell.
    func testACostWithoutItsMinusSignNamesTheCell() throws {
        let url = try budgetSheet { $0.replacingOccurrences(of: "<v>-800000</v>", with: "<v>800000</v>") }
        defer { try? FileManager.default.removeItem(at: url) }
        let budgets = try BudgetReader.read(CSVTable.load(path: url.path, displayName: "budget.xlsx", sheet: "Budget"))
        let findings = BudgetSignChecks.centres(budgets)
        XCTAssertEqual(findings.map(\.code), ["budget-tecken"])
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location?.cell, "Budget!C8")
        XCTAssertEqual(finding.location?.field, "kostnader")
        XCTAssertTrue(finding.message.contains("minustecken") && finding.message.contains("800\u{202F}000,00 kr"), finding.message)
    }

    func testAnErrorValueAndAValueWithoutHeaderAreRefusedAtTheirCells() throws {
        let division = try budgetSheet {
            $0.replacingOccurrences(of: "<c r=\"B4\" t=\"n\"><v>6000000</v></c>", with: "<c r=\"B4\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
        }
        let divisionError = try XCTUnwrap(refusal(division))
        XCTAssertEqual(divisionError.location.cell, "Budget!B4")
        XCTAssertTrue(divisionError.message.contains("#DIV/0!"), divisionError.message)
        let stray = try budgetSheet {
            $0.replacingOccurrences(of: "<v>-80000</v></c></row>", with: "<v>-80000</v></c><c r=\"E4\" t=\"n\"><v>12</v></c></row>")
        }
        let strayError = try XCTUnwrap(refusal(stray))
        XCTAssertEqual(strayError.location.cell, "Budget!E4")
        XCTAssertTrue(strayError.message.contains("\"12\"") && strayError.message.contains("rubrik"), strayError.message)
    }

    func testADateSerialThatNeverWasIsRefused() throws {
        let url = try XLSXFixtures.changed("tertial-deltagare.xlsx", part: "xl/worksheets/sheet2.xml") {
            $0.replacingOccurrences(of: "<c r=\"A6\" s=\"1\" t=\"n\"><v>42826</v></c>", with: "<c r=\"A6\" s=\"1\" t=\"n\"><v>60</v></c>")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try CSVTable.load(path: url.path, displayName: "deltagare.xlsx", sheet: "Flöden")) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.cell, "Flöden!A6")
            XCTAssertTrue(error?.message.contains("1900-02-29") == true, error?.message ?? "")
        }
    }

    func testTheSheetMustBeNamedWhenThereAreSeveralAndMustExist() throws {
        let copy = { try XLSXFixtures.changed("budget.xlsx", part: "none") { $0 } }
        let unnamed = try XCTUnwrap(refusal(try copy(), sheet: nil))
        XCTAssertTrue(unnamed.message.contains("\"Anvisning\", \"Budget\"") && unnamed.message.contains("blad"), unnamed.message)
        let wrong = try XCTUnwrap(refusal(try copy(), sheet: "budget"))
        XCTAssertEqual(wrong.location, SourceLocation(file: "rapport.yaml", line: 9, field: "filer.budget.blad"))
        XCTAssertTrue(wrong.message.contains("\"budget\"") && wrong.message.contains("\"Budget\""), wrong.message)
        XCTAssertThrowsError(try CSVTable.load(path: ExampleFolders.path("nordvastra-2024/budget.csv"), displayName: "budget.csv",
                                               sheet: "Budget", sheetLocation: SourceLocation(file: "rapport.yaml", line: 9))) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("csv-fil och har inga blad") == true, "\(error)")
        }
    }

    func testABrokenWorkbookIsRefusedInSwedish() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).xlsx")
        try Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).write(to: url)
        let error = try XCTUnwrap(refusal(url))
        XCTAssertEqual(error.location.file, "budget.xlsx")
        XCTAssertTrue(error.message.contains("skadad"), error.message)
        let strings = try XLSXFixtures.changed("budget.xlsx", part: "xl/sharedStrings.xml") { $0.replacingOccurrences(of: "</sst>", with: "") }
        XCTAssertTrue(try XCTUnwrap(refusal(strings)).message.contains("xl/sharedStrings.xml"))
    }
}
