import Foundation
import XCTest

/// What a member reads in its letter, each figure checked against a sum the test makes
/// itself over examples/sjuharad-2017-t1/deltagare/*.csv and the SIE file's own #PSALDO and
/// #PBUDGET lines, never through the product's readers or calculators.
final class TertialLetterFiguresTests: XCTestCase {
    var output: TertialRendering.Output!

    override func setUpWithError() throws {
        output = try TertialRendering.output()
        XCTAssertEqual(output.result.status, 0, output.result.standardError)
    }

    func testBorasLetterStatesItsOwnFiguresAgainstBudgetAndTheForecast() throws {
        let letter = try Self.letterText(output.path("brev-boras.pdf"))
        let flow = try XCTUnwrap(Self.csvRows("deltagare/floden.csv").first { $0["till_och_med"] == "2017-04" && $0["kommun"] == "Borås" })
        // 167 of 409 after four of twelve months, out-flow 45 (seed 002's flow table).
        XCTAssertTrue(letter.contains("Deltagare under perioden \(flow["totalt_perioden"]!) av förväntade \(flow["förväntad_årsvolym"]!) för året"), letter)
        XCTAssertEqual(flow["totalt_perioden"], "167")
        XCTAssertEqual(flow["förväntad_årsvolym"], "409")
        XCTAssertTrue(letter.contains("(40,8 %)"), letter)  // 167 / 409 = 0,4083
        XCTAssertTrue(letter.contains("Utflöde \(flow["utflöde"]!)"), letter)
        XCTAssertTrue(letter.contains("4 av 12 månader (33,3 %)"), letter)
        let activity = try XCTUnwrap(Self.csvRows("deltagare/aktiv-halsa.csv").first { $0["kommun"] == "Borås" })
        let count = Int(activity["kvinnor"]!)! + Int(activity["män"]!)!
        XCTAssertEqual(count, 85)
        XCTAssertTrue(letter.contains("Aktiv hälsa \(count) av \(activity["budgeterat_årsvis"]!) budgeterade platser (53,1 %)"), letter)

        // Borås' own cost centres (medlemmar.yaml: 3001, 3002, 3006), January–April.
        let books = try Self.sieLines()
        var budgetTotal = 0, outcomeTotal = 0
        for code in ["3001", "3002", "3006"] {
            let outcome = -Self.sum(books, "#PSALDO", object: code), budget = -Self.sum(books, "#PBUDGET", object: code)
            budgetTotal += budget
            outcomeTotal += outcome
            XCTAssertTrue(letter.contains("\(code) ") && letter.contains("\(Self.kr(budget)) \(Self.kr(outcome)) \(Self.kr(outcome - budget))"),
                          "\(code): \(letter)")
        }
        XCTAssertEqual(outcomeTotal, -223_390_200)
        XCTAssertTrue(letter.contains("Summa \(Self.kr(budgetTotal)) \(Self.kr(outcomeTotal)) \(Self.kr(outcomeTotal - budgetTotal))"), letter)

        // The contribution booked so far on Borås' account 3822 against the year's 2 201 919 kr.
        let booked = -Self.sum(books, "#PSALDO", account: "3822")
        XCTAssertEqual(booked, 73_397_300)
        XCTAssertTrue(letter.contains("Bidrag för 2017 2 201 919,00"), letter)
        XCTAssertTrue(letter.contains("Bokfört januari–april 2017 (33,3 % av året) \(Self.kr(booked))"), letter)
        try checkResultAndForecast(letter, books)
    }

    func testForsakringskassanLetterGivesTheAssociationsTotalsAndForecast() throws {
        let letter = try Self.letterText(output.path("brev-forsakringskassan.pdf"))
        let flows = try Self.csvRows("deltagare/floden.csv").filter { $0["till_och_med"] == "2017-04" }
        let total = flows.map { Int($0["totalt_perioden"]!)! }.reduce(0, +), expected = flows.map { Int($0["förväntad_årsvolym"]!)! }.reduce(0, +)
        XCTAssertEqual([total, expected], [452, 917])
        XCTAssertTrue(letter.contains("Antal deltagare januari–april 2017, hela förbundet"), letter)
        XCTAssertTrue(letter.contains("Deltagare under perioden \(total) av förväntade \(expected) för året"), letter)
        let activity = try Self.csvRows("deltagare/aktiv-halsa.csv")
        let count = activity.map { Int($0["kvinnor"]!)! + Int($0["män"]!)! }.reduce(0, +)
        let places = activity.map { Int($0["budgeterat_årsvis"]!)! }.reduce(0, +)
        XCTAssertTrue(letter.contains("Aktiv hälsa \(count) av \(places) budgeterade platser"), letter)
        let books = try Self.sieLines()
        // Every cost centre: the seed's −7 392 809,15 kr against the period's budget.
        let outcome = -Self.sum(books, "#PSALDO", anyObject: true), budget = -Self.sum(books, "#PBUDGET", anyObject: true)
        XCTAssertEqual(outcome, -739_280_915)
        // Projects without budget (3041, 3042, 3044, 3045 have no #PBUDGET line) stand apart:
        // their outcome is no deviation from a budget.
        let withoutBudget = ["3041", "3042", "3044", "3045"].map { -Self.sum(books, "#PSALDO", object: $0) }.reduce(0, +)
        XCTAssertEqual(["3041", "3042", "3044", "3045"].map { Self.sum(books, "#PBUDGET", object: $0, months: 1...12) }, [0, 0, 0, 0])
        let budgeted = outcome - withoutBudget
        XCTAssertTrue(letter.contains("Med budget \(Self.kr(budget)) \(Self.kr(budgeted)) \(Self.kr(budgeted - budget))"), letter)
        XCTAssertTrue(letter.contains("Utan budget, endast utfall – \(Self.kr(withoutBudget)) –"), letter)
        XCTAssertTrue(letter.contains("Samtliga kostnadsställen \(Self.kr(budget)) \(Self.kr(outcome)) –"), letter)
        let booked = -Self.sum(books, "#PSALDO", account: "3811")
        XCTAssertTrue(letter.contains("Bidrag för 2017 4 417 000,00"), letter)
        XCTAssertTrue(letter.contains("Bokfört januari–april 2017 (33,3 % av året) \(Self.kr(booked))"), letter)
        XCTAssertFalse(letter.contains("folkbokförda"), letter)
        try checkResultAndForecast(letter, books)
    }

    /// The period's result and budget from the books' account totals (lines without
    /// object), the year's budget, and the budget-profile forecast: outcome plus the budget
    /// for May–December.
    private func checkResultAndForecast(_ letter: String, _ books: [[String]], file: StaticString = #filePath, line: UInt = #line) throws {
        let result = -Self.sum(books, "#PSALDO", resultAccountsOnly: true)
        XCTAssertEqual(result, -130_123_931, file: file, line: line)  // seed 002: −1 301 239,31
        let periodBudget = -Self.sum(books, "#PBUDGET", resultAccountsOnly: true)
        let yearBudget = -Self.sum(books, "#PBUDGET", resultAccountsOnly: true, months: 1...12)
        XCTAssertEqual(yearBudget, 0, file: file, line: line)
        XCTAssertTrue(letter.contains("Periodens resultat, januari–april 2017 \(Self.kr(result))"), letter, file: file, line: line)
        XCTAssertTrue(letter.contains("Budget för perioden \(Self.kr(periodBudget))"), letter, file: file, line: line)
        XCTAssertTrue(letter.contains("Prognos för helåret 2017 \(Self.kr(result + yearBudget - periodBudget))"), letter, file: file, line: line)
        XCTAssertTrue(letter.contains("Budget för helåret \(Self.kr(yearBudget))"), letter, file: file, line: line)
        XCTAssertTrue(letter.contains("Prognosen följer budgetprofilen: periodens utfall och budgeten för maj–december 2017."), letter,
                      file: file, line: line)
        XCTAssertTrue(letter.contains("Budgeten för året ger ett nollresultat."), letter, file: file, line: line)
    }

    // MARK: independent readers

    /// The covering letter's pages (before the enclosed report), one space between words.
    static func letterText(_ pdf: String) throws -> String {
        let text = try TertialRendering.text(pdf, layout: true)
        let cover = text.components(separatedBy: "Bilaga: ").first ?? text
        return cover.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
    }

    static func csvRows(_ file: String) throws -> [[String: String]] {
        let text = try String(contentsOfFile: TertialRendering.folder + "/" + file, encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let header = lines[0].split(separator: ";").map(String.init)
        return lines.dropFirst().map { line in
            Dictionary(uniqueKeysWithValues: zip(header, line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)))
        }
    }

    /// The SIE file's lines as fields; only ASCII fields are read, so Latin-1 decoding of the PC8 bytes is enough.
    static func sieLines() throws -> [[String]] {
        let data = try Data(contentsOf: URL(fileURLWithPath: TertialRendering.folder + "/bokforing.se"))
        return String(decoding: data.map { $0 < 128 ? $0 : 63 }, as: UTF8.self).split(separator: "\r\n").map {
            $0.split(separator: " ").map(String.init)
        }
    }

    /// öre summed over #PSALDO or #PBUDGET lines of 2017 in the months (January–April by default).
    static func sum(_ lines: [[String]], _ label: String, account: String? = nil, object: String? = nil, anyObject: Bool = false,
                    resultAccountsOnly: Bool = false, months: ClosedRange<Int> = 1...4) -> Int {
        lines.filter { fields in
            guard fields.first == label, fields.count >= 6, let month = Int(fields[2].suffix(2)), fields[2].hasPrefix("2017"),
                  months.contains(month) else { return false }
            let objectField = fields[4...(fields.count - 2)].joined(separator: " ")
            if let account, fields[3] != account || objectField != "{}" { return false }
            if let object, objectField != "{1 \"\(object)\"}" { return false }
            if anyObject, !objectField.hasPrefix("{1 ") { return false }
            if resultAccountsOnly, objectField != "{}" || !("3"..."8").contains(String(fields[3].prefix(1))) { return false }
            return true
        }.map { ore($0[$0.count - 1]) }.reduce(0, +)
    }

    static func ore(_ text: String) -> Int {
        let negative = text.hasPrefix("-"), digits = text.replacingOccurrences(of: "-", with: "").split(separator: ".")
        let value = Int(digits[0])! * 100 + (digits.count > 1 ? Int(digits[1].padding(toLength: 2, withPad: "0", startingAt: 0))! : 0)
        return negative ? -value : value
    }

    /// "−1 617 240,00" as pdftotext prints it (thin spaces come out as spaces).
    static func kr(_ ore: Int) -> String {
        var groups: [String] = [], kronor = abs(ore) / 100
        repeat {
            groups.insert(kronor >= 1000 ? String(format: "%03d", kronor % 1000) : String(kronor % 1000), at: 0)
            kronor /= 1000
        } while kronor > 0
        return (ore < 0 ? "\u{2212}" : "") + groups.joined(separator: " ") + String(format: ",%02d", abs(ore) % 100)
    }
}
