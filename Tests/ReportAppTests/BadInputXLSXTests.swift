import Foundation
import ReportApp
import ReportCore
import XCTest
import WorkbookFixtures

/// The bad-input suite's workbooks: the examples' budget and participant tables as .xlsx
/// sheets (the fixtures openpyxl wrote, Tests/ReportCoreTests/Fixtures/xlsx), each changed
/// one cell or one setting at a time. A refusal must name the sheet and cell; a workbook
/// saved another way Excel saves it must change nothing.
final class BadInputXLSXTests: XCTestCase {
    struct Case {
        var name: String
        /// The part of the workbook changed (nil: rapport.yaml), and how.
        var part: String?
        var change: (String) -> String
        /// The cell ("Budget!C5") or file the refusal names; nil for an unchanged outcome.
        var refusedAt: String?
    }

    private static let fixtures = CommandLineRunner.repository.appendingPathComponent("Tests/ReportCoreTests/Fixtures/xlsx")

    /// (example, workbook, sheet part, sheet name, rapport.yaml line to replace, its replacement, data rows).
    private static let workbooks: [(String, String, String, String, String, String, ClosedRange<Int>)] = [
        ("nordvastra-2024", "budget.xlsx", "xl/worksheets/sheet2.xml", "Budget",
         "  budget: budget.csv", "  budget: { fil: budget.xlsx, blad: Budget }", 3...8),
        ("sjuharad-2024", "deltagare.xlsx", "xl/worksheets/sheet2.xml", "Deltagare 2024",
         "  deltagare: deltagare.csv", "  deltagare: { fil: deltagare.xlsx, blad: Deltagare 2024 }", 4...9),
        ("sjuharad-2017-t1", "tertial-deltagare.xlsx", "xl/worksheets/sheet2.xml", "Flöden",
         "    fil: deltagare/floden.csv", "    fil: tertial-deltagare.xlsx\n    blad: Flöden", 6...13),
    ]

    func testEveryChangedCellOrSettingHasItsExpectedOutcome() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        var counts: [String: (cases: Int, refused: Int, unchanged: Int)] = [:]
        for (example, workbook, part, sheet, line, replacement, rows) in Self.workbooks {
            let folder = work + "/" + example
            try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + example, toPath: folder)
            let csvBaseline = try BadInputSuiteTests.significant(FolderCheck.run(folder: folder).findings).map(\.message)
            try Self.edit(folder + "/rapport.yaml") { $0.replacingOccurrences(of: line, with: replacement) }
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(workbook), to: URL(fileURLWithPath: folder + "/" + workbook))
            let baseline = try BadInputSuiteTests.significant(FolderCheck.run(folder: folder).findings).map(\.message)
            XCTAssertEqual(baseline, csvBaseline, "\(example): the workbook must read as the csv file")
            for badCase in Self.cases(sheet: sheet, part: part, rows: rows, workbook: workbook) {
                let refused = try run(badCase, folder: folder, workbook: workbook, baseline: baseline, label: "\(example)/\(workbook) \(badCase.name)")
                var count = counts[workbook] ?? (0, 0, 0)
                count.cases += 1
                if refused { count.refused += 1 } else { count.unchanged += 1 }
                counts[workbook] = count
            }
        }
        print("Bad-input workbook cases (file → cases: refused / unchanged):")
        for (file, count) in counts.sorted(by: { $0.key < $1.key }) { print("  \(file) → \(count.cases): \(count.refused) / \(count.unchanged)") }
        XCTAssertGreaterThanOrEqual(counts.values.map(\.cases).reduce(0, +), 60)
    }

    /// Per data row: a figure as text, a figure removed, an Excel error value, a negative
    /// count or a flipped amount, a date that never was; per workbook: the sheet misnamed
    /// or not named, a value without a header, a header renamed, broken XML, and (unchanged)
    /// numbers stored as text and the 1904 date system.
    static func cases(sheet: String, part: String, rows: ClosedRange<Int>, workbook: String) -> [Case] {
        var cases: [Case] = []
        let figure = workbook == "budget.xlsx" ? "C" : workbook == "deltagare.xlsx" ? "C" : "D"
        for row in rows {
            let cell = "\(figure)\(row)"
            cases.append(Case(name: "\(cell) som text", part: part, change: { replaceValue(cell, in: $0, text: "x12") }, refusedAt: "\(sheet)!\(cell)"))
            cases.append(Case(name: "\(cell) tom", part: part, change: { removeCell(cell, in: $0) }, refusedAt: "\(sheet)!\(cell)"))
            cases.append(Case(name: "\(cell) #DIV/0!", part: part, change: {
                replaceCell(cell, in: $0, with: "<c r=\"\(cell)\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
            }, refusedAt: "\(sheet)!\(cell)"))
            cases.append(Case(name: "\(cell) med fel tecken", part: part, change: { flipSign(cell, in: $0) }, refusedAt: "\(sheet)!\(cell)"))
            cases.append(Case(name: "\(cell) lagrat som text", part: part, change: { numberAsText(cell, in: $0) }, refusedAt: nil))
            if workbook == "tertial-deltagare.xlsx" {
                cases.append(Case(name: "A\(row) datum 1900-02-29", part: part, change: {
                    $0.replacingOccurrences(of: #"(<c r="A\#(row)" s="1" t="n"><v>)[0-9]+(</v>)"#, with: "$160$2", options: .regularExpression)
                }, refusedAt: "\(sheet)!A\(row)"))
                cases.append(Case(name: "A\(row) datum med dag", part: part, change: {
                    $0.replacingOccurrences(of: "<c r=\"A\(row)\" s=\"1\"", with: "<c r=\"A\(row)\" s=\"2\"")
                }, refusedAt: nil))
            }
        }
        let rapport = "rapport.yaml"
        cases += [
            Case(name: "bladet med fel namn", part: nil, change: { $0.replacingOccurrences(of: "blad: \(sheet)", with: "blad: \(sheet.lowercased())") },
                 refusedAt: rapport),
            Case(name: "bladet inte angivet", part: nil, change: { $0.replacingOccurrences(of: ", blad: \(sheet)", with: "")
                .replacingOccurrences(of: "\n    blad: \(sheet)", with: "") }, refusedAt: workbook),
            Case(name: "värde utan rubrik", part: part, change: {
                $0.replacingOccurrences(of: "</row><row r=\"\(rows.lowerBound + 1)\"",
                                        with: "<c r=\"K\(rows.lowerBound)\" t=\"n\"><v>7</v></c></row><row r=\"\(rows.lowerBound + 1)\"")
            }, refusedAt: "\(sheet)!K\(rows.lowerBound)"),
            Case(name: "trasig XML", part: part, change: { $0.replacingOccurrences(of: "</sheetData>", with: "") }, refusedAt: workbook),
        ]
        if workbook != "tertial-deltagare.xlsx" {
            // No dates in these sheets: the 1904 system changes nothing.
            cases.append(Case(name: "1904-systemet", part: "xl/workbook.xml", change: {
                $0.replacingOccurrences(of: "<workbookPr/>", with: "<workbookPr date1904=\"1\"/>")
            }, refusedAt: nil))
        }
        return cases
    }

    private func run(_ badCase: Case, folder: String, workbook: String, baseline: [String], label: String) throws -> Bool {
        let book = URL(fileURLWithPath: folder + "/" + workbook), settings = URL(fileURLWithPath: folder + "/rapport.yaml")
        let (originalBook, originalSettings) = (try Data(contentsOf: book), try Data(contentsOf: settings))
        defer { try? originalBook.write(to: book); try? originalSettings.write(to: settings) }
        if let part = badCase.part { try WorkbookRewrite.rewrite(book, part: part, badCase.change) } else { try Self.edit(settings.path, badCase.change) }
        do {
            let findings = try FolderCheck.run(folder: folder).findings
            guard let expected = badCase.refusedAt else {
                XCTAssertEqual(BadInputSuiteTests.significant(findings).map(\.message), baseline, label)
                return false
            }
            XCTFail("\(label): not refused (expected \(expected)): \(findings)")
        } catch let error as InputError {
            XCTAssertNotNil(badCase.refusedAt, "\(label): \(error)")
            if let expected = badCase.refusedAt {
                XCTAssertTrue(error.location.cell == expected || error.location.file == expected, "\(label): \(error.location) \(error.message)")
            }
            XCTAssertFalse(error.message.isEmpty, label)
        }
        return true
    }

    static func edit(_ path: String, _ change: (String) -> String) throws {
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private static func cellPattern(_ cell: String) -> String { #"<c r="\#(cell)"[^>]*?(/>|>.*?</c>)"# }

    static func replaceCell(_ cell: String, in xml: String, with replacement: String) -> String {
        guard let range = xml.range(of: cellPattern(cell), options: .regularExpression) else { return xml }
        return xml.replacingCharacters(in: range, with: replacement)
    }

    static func removeCell(_ cell: String, in xml: String) -> String { replaceCell(cell, in: xml, with: "") }

    static func replaceValue(_ cell: String, in xml: String, text: String) -> String {
        replaceCell(cell, in: xml, with: "<c r=\"\(cell)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>")
    }

    private static func value(_ cell: String, in xml: String) -> String? {
        guard let range = xml.range(of: cellPattern(cell), options: .regularExpression) else { return nil }
        let element = String(xml[range])
        guard let start = element.range(of: "<v>"), let end = element.range(of: "</v>") else { return nil }
        return String(element[start.upperBound..<end.lowerBound])
    }

    /// A count made negative, or an amount given the other sign (zero becomes −1).
    static func flipSign(_ cell: String, in xml: String) -> String {
        guard let number = value(cell, in: xml) else { return xml }
        let flipped = number == "0" ? "-1" : number.hasPrefix("-") ? String(number.dropFirst()) : "-" + number
        return replaceCell(cell, in: xml, with: "<c r=\"\(cell)\" t=\"n\"><v>\(flipped)</v></c>")
    }

    /// Excel's "number stored as text" (a green corner): the same digits as a string.
    static func numberAsText(_ cell: String, in xml: String) -> String {
        guard let number = value(cell, in: xml) else { return xml }
        return replaceValue(cell, in: xml, text: number)
    }
}
