import Foundation
import PangoText
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
        /// What the refusal must name; nil for an unchanged outcome.
        var refusal: Refusal?
    }

    private static let fixtures = CommandLineRunner.repository.appendingPathComponent("Tests/ReportCoreTests/Fixtures/xlsx")

    struct Workbook {
        var example, file, part, sheet: String
        /// rapport.yaml's line naming the csv table, and the lines naming the workbook's sheet instead.
        var line, replacement: String
        var rows: ClosedRange<Int>
        /// The column of the figure changed in each row, and its header (as the product names a column).
        var figure: String, figureField: String
    }

    private static let workbooks: [Workbook] = [
        Workbook(example: "nordvastra-2024", file: "budget.xlsx", part: "xl/worksheets/sheet2.xml", sheet: "Budget",
                 line: "  budget: budget.csv", replacement: "  budget: { fil: budget.xlsx, blad: Budget }", rows: 3...8,
                 figure: "C", figureField: "kostnader"),
        Workbook(example: "sjuharad-2024", file: "deltagare.xlsx", part: "xl/worksheets/sheet2.xml", sheet: "Deltagare 2024",
                 line: "  deltagare: deltagare.csv", replacement: "  deltagare: { fil: deltagare.xlsx, blad: Deltagare 2024 }", rows: 4...9,
                 figure: "C", figureField: "antal"),
        Workbook(example: "sjuharad-2017-t1", file: "tertial-deltagare.xlsx", part: "xl/worksheets/sheet2.xml", sheet: "Flöden",
                 line: "    fil: deltagare/floden.csv", replacement: "    fil: tertial-deltagare.xlsx\n    blad: Flöden", rows: 6...13,
                 figure: "D", figureField: "totalt_perioden"),
    ]

    func testEveryChangedCellOrSettingHasItsExpectedOutcome() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let coverage = GlyphCoverage(fonts: try FontSystem())
        var counts: [String: (cases: Int, refused: Int, unchanged: Int, line: Int, field: Int)] = [:]
        for workbook in Self.workbooks {
            let folder = work + "/" + workbook.example
            try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + workbook.example, toPath: folder)
            let csvBaseline = try BadInputSuiteTests.significant(FolderCheck.run(folder: folder, coverage: coverage).findings).map(\.message)
            try Self.edit(folder + "/rapport.yaml") { $0.replacingOccurrences(of: workbook.line, with: workbook.replacement) }
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(workbook.file), to: URL(fileURLWithPath: folder + "/" + workbook.file))
            let baseline = try BadInputSuiteTests.significant(FolderCheck.run(folder: folder, coverage: coverage).findings).map(\.message)
            XCTAssertEqual(baseline, csvBaseline, "\(workbook.example): the workbook must read as the csv file")
            let model = try BadInputRun.model(of: folder)
            XCTAssertFalse(model.isEmpty, workbook.example)
            let settings = BadInputCases.lines(try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8))
            let sheetLine = try XCTUnwrap(settings.firstIndex { $0.contains("blad: \(workbook.sheet)") }) + 1
            let fileLine = try XCTUnwrap(settings.firstIndex { $0.contains("fil: \(workbook.file)") }) + 1
            for badCase in Self.cases(workbook, sheetLine: sheetLine, fileLine: fileLine) {
                try run(badCase, folder: folder, workbook: workbook.file, baseline: (baseline, model), coverage: coverage,
                        label: "\(workbook.example)/\(workbook.file) \(badCase.name)")
                var count = counts[workbook.file] ?? (0, 0, 0, 0, 0)
                count.cases += 1
                if let refusal = badCase.refusal {
                    count.refused += 1
                    if refusal.namesLine { count.line += 1 }
                    if refusal.namesField { count.field += 1 }
                } else {
                    count.unchanged += 1
                }
                counts[workbook.file] = count
            }
        }
        print("Bad-input workbook cases (file → cases: refused / unchanged; refusals checked to name file / line or cell / field):")
        for (file, count) in counts.sorted(by: { $0.key < $1.key }) {
            print("  \(file) → \(count.cases): \(count.refused) / \(count.unchanged); \(count.refused) / \(count.line) / \(count.field)")
        }
        XCTAssertGreaterThanOrEqual(counts.values.map(\.cases).reduce(0, +), 60)
    }

    /// What an unchanged case is compared by sees a figure change in a sheet: one budget cost
    /// of Nordvästra's workbook changed (still negative, so the check passes as before) gives
    /// another model.
    func testTheModelComparisonSeesAChangedCell() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let workbook = try XCTUnwrap(Self.workbooks.first { $0.file == "budget.xlsx" })
        let folder = work + "/" + workbook.example, book = URL(fileURLWithPath: folder + "/" + workbook.file)
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + workbook.example, toPath: folder)
        try Self.edit(folder + "/rapport.yaml") { $0.replacingOccurrences(of: workbook.line, with: workbook.replacement) }
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(workbook.file), to: book)
        let coverage = GlyphCoverage(fonts: try FontSystem())
        let messages = try BadInputSuiteTests.significant(FolderCheck.run(folder: folder, coverage: coverage).findings).map(\.message)
        let before = try BadInputRun.model(of: folder)
        try WorkbookRewrite.rewrite(book, part: workbook.part) { xml in
            XCTAssertTrue(xml.contains("<v>-800000</v>"), "the fixture's cost of 3003")
            return xml.replacingOccurrences(of: "<v>-800000</v>", with: "<v>-800001</v>")
        }
        XCTAssertEqual(try BadInputSuiteTests.significant(FolderCheck.run(folder: folder, coverage: coverage).findings).map(\.message), messages,
                       "the check alone does not see the change")
        XCTAssertNotEqual(try BadInputRun.model(of: folder), before)
    }

    /// Per data row: a figure as text, a figure removed, an Excel error value, a negative
    /// count or a flipped amount, a date that never was; per workbook: the sheet misnamed
    /// or not named, a value without a header, broken XML, and (unchanged) numbers stored
    /// as text and the 1904 date system.
    static func cases(_ workbook: Workbook, sheetLine: Int, fileLine: Int) -> [Case] {
        let (sheet, part) = (workbook.sheet, workbook.part)
        func atCell(_ cell: String, _ field: String) -> Refusal {
            Refusal(file: workbook.file, place: .cell("\(sheet)!\(cell)"), named: .field(field))
        }
        var cases: [Case] = []
        for row in workbook.rows {
            let cell = "\(workbook.figure)\(row)", figure = atCell(cell, workbook.figureField)
            cases.append(Case(name: "\(cell) som text", part: part, change: { replaceValue(cell, in: $0, text: "x12") }, refusal: figure))
            cases.append(Case(name: "\(cell) tom", part: part, change: { removeCell(cell, in: $0) }, refusal: figure))
            cases.append(Case(name: "\(cell) #DIV/0!", part: part, change: {
                replaceCell(cell, in: $0, with: "<c r=\"\(cell)\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>")
            }, refusal: figure))
            cases.append(Case(name: "\(cell) med fel tecken", part: part, change: { flipSign(cell, in: $0) }, refusal: figure))
            cases.append(Case(name: "\(cell) lagrat som text", part: part, change: { numberAsText(cell, in: $0) }, refusal: nil))
            if workbook.file == "tertial-deltagare.xlsx" {
                cases.append(Case(name: "A\(row) datum 1900-02-29", part: part, change: {
                    $0.replacingOccurrences(of: #"(<c r="A\#(row)" s="1" t="n"><v>)[0-9]+(</v>)"#, with: "$160$2", options: .regularExpression)
                }, refusal: atCell("A\(row)", "till_och_med")))
                cases.append(Case(name: "A\(row) datum med dag", part: part, change: {
                    $0.replacingOccurrences(of: "<c r=\"A\(row)\" s=\"1\"", with: "<c r=\"A\(row)\" s=\"2\"")
                }, refusal: nil))
            }
        }
        let first = workbook.rows.lowerBound
        cases += [
            Case(name: "bladet med fel namn", part: nil, change: { $0.replacingOccurrences(of: "blad: \(sheet)", with: "blad: \(sheet.lowercased())") },
                 refusal: Refusal(file: "rapport.yaml", place: .line(sheetLine), named: .field("blad"))),
            Case(name: "bladet inte angivet", part: nil, change: { $0.replacingOccurrences(of: ", blad: \(sheet)", with: "")
                .replacingOccurrences(of: "\n    blad: \(sheet)", with: "") },
                 refusal: Refusal(file: "rapport.yaml", place: .line(fileLine), named: .field("fil"))),
            Case(name: "värde utan rubrik", part: part, change: {
                $0.replacingOccurrences(of: "</row><row r=\"\(first + 1)\"",
                                        with: "<c r=\"K\(first)\" t=\"n\"><v>7</v></c></row><row r=\"\(first + 1)\"")
            }, refusal: Refusal(file: workbook.file, place: .cell("\(sheet)!K\(first)"),
                                named: .nothing(because: "the cell has no header above it, which is what is wrong"))),
            Case(name: "trasig XML", part: part, change: { $0.replacingOccurrences(of: "</sheetData>", with: "") },
                 refusal: Refusal(file: workbook.file, place: .noLine(because: "a workbook is a zip of XML parts, not lines of text"),
                                  named: .inMessage(part))),
        ]
        if workbook.file != "tertial-deltagare.xlsx" {
            // No dates in these sheets: the 1904 system changes nothing.
            cases.append(Case(name: "1904-systemet", part: "xl/workbook.xml", change: {
                $0.replacingOccurrences(of: "<workbookPr/>", with: "<workbookPr date1904=\"1\"/>")
            }, refusal: nil))
        }
        return cases
    }

    /// A case run; one without a refusal must leave the check's messages and the report's
    /// model (`model --json` without provenance, as the main suite compares) as they were.
    private func run(_ badCase: Case, folder: String, workbook: String, baseline: (messages: [String], model: String), coverage: GlyphCoverage,
                     label: String) throws {
        let book = URL(fileURLWithPath: folder + "/" + workbook), settings = URL(fileURLWithPath: folder + "/rapport.yaml")
        let (originalBook, originalSettings) = (try Data(contentsOf: book), try Data(contentsOf: settings))
        defer { try? originalBook.write(to: book); try? originalSettings.write(to: settings) }
        if let part = badCase.part { try WorkbookRewrite.rewrite(book, part: part, badCase.change) } else { try Self.edit(settings.path, badCase.change) }
        let refusals: [String]
        do {
            let findings = try FolderCheck.run(folder: folder, coverage: coverage).findings
            guard badCase.refusal != nil else {
                XCTAssertEqual(BadInputSuiteTests.significant(findings).map(\.message), baseline.messages, label)
                XCTAssertTrue(try BadInputRun.model(of: folder) == baseline.model, "\(label): changed the report's model (model --json)")
                return
            }
            refusals = findings.filter { $0.severity == .error }.map(\.description)
        } catch let error as InputError {
            refusals = [error.description]
        }
        guard let refusal = badCase.refusal else { return XCTFail("\(label): refused: \(refusals)") }
        XCTAssertFalse(refusals.isEmpty, "\(label): not refused")
        let problems = refusals.map { refusal.problems($0, changedFile: workbook) }
        XCTAssertTrue(problems.contains { $0.isEmpty }, "\(label): \(problems.joined().prefix(5))")
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
