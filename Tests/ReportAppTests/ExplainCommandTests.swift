import Foundation
import XCTest

/// `finsam-report spara` (alias `explain`) on the real example, through the command line:
/// a statement row's accounts with their names and amounts as the SIE file has them (read
/// here, not by the product), their sum (the seed's figure), the rounding and the page the
/// rendered PDF prints the row on.
final class ExplainCommandTests: XCTestCase {
    /// `#KONTO` names and this year's `#RES` (öre) straight from the file (CP437).
    static func books(_ folder: String = "examples/sjuharad-2024") throws -> (names: [String: String], results: [String: Int64]) {
        let data = try Data(contentsOf: CommandLineRunner.repository.appendingPathComponent(folder + "/bokforing.se"))
        let high: [UInt8: Character] = [0x86: "å", 0x84: "ä", 0x94: "ö", 0x8F: "Å", 0x8E: "Ä", 0x99: "Ö", 0x82: "é"]
        let text = String(data.map { $0 < 128 ? Character(UnicodeScalar($0)) : high[$0] ?? "?" })
        var names: [String: String] = [:], results: [String: Int64] = [:]
        for line in text.components(separatedBy: .newlines) {
            if line.hasPrefix("#KONTO "), let quote = line.firstIndex(of: "\"") {
                names[String(line.split(separator: " ")[1])] = String(line[line.index(after: quote)...].dropLast())
            }
            let fields = line.split(separator: " ")
            if fields.count == 4, fields[0] == "#RES", fields[1] == "0" {
                let parts = fields[3].split(separator: ".")
                results[String(fields[2])] = Int64(parts[0])! * 100 + (fields[3].hasPrefix("-") ? -1 : 1) * Int64(parts[1])!
            }
        }
        return (names, results)
    }

    /// "−162 726,69" → −16 272 669 öre.
    static func ore(_ text: String) -> Int64? {
        let plain = text.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: "\u{202F}", with: "")
            .replacingOccurrences(of: ",", with: "")
        return Int64(plain)
    }

    func testSparaExplainsAStatementRowWithItsAccountsSumRoundingAndPage() throws {
        let result = try CommandLineRunner.finsamReport(["spara", "examples/sjuharad-2024", "summa_verksamhetens_kostnader"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let output = result.standardOutput
        XCTAssertTrue(output.hasPrefix("Rad \"Summa verksamhetens kostnader\" (id summa_verksamhetens_kostnader) i resultaträkning."), output)
        XCTAssertTrue(output.contains("Utfall jan–dec 2024: \u{2212}22\u{202F}704\u{202F}789,01 kr"), output)
        XCTAssertTrue(output.contains("Avrundning: ingen, beloppet trycks exakt i kronor och öre."), output)

        let (names, results) = try Self.books()
        let thisYear = output.components(separatedBy: "Utfall jan–dec 2023")[0]
        var sum: Int64 = 0
        var accounts = 0
        for line in thisYear.components(separatedBy: "\n") where line.contains("#RES 2024") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            let account = String(fields[0])
            let amount = try XCTUnwrap(Self.ore(line.components(separatedBy: "#RES 2024").last!.trimmingCharacters(in: .whitespaces)), line)
            XCTAssertEqual(amount, -(results[account] ?? 0), "account \(account): the amount is the file's #RES with the sign turned")
            XCTAssertTrue(line.contains(String(names[account, default: "?"].prefix(40))), "account \(account): the name from #KONTO")
            sum += amount
            accounts += 1
        }
        XCTAssertEqual(sum, -2_270_478_901, "the accounts add up to the seed's total costs")
        XCTAssertTrue(thisYear.contains("Summa (\(accounts) belopp)"), thisYear)

        let page = try XCTUnwrap(output.components(separatedBy: "Tryckt på sida ").dropFirst().first?.split(separator: " ").first)
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let text = try AnnualReportFixture.text(pdf, page: Int(page)!)
        XCTAssertTrue(text.contains("Summa verksamhetens kostnader"), "page \(page): \(text.prefix(300))")
        XCTAssertTrue(text.contains("22 704 789,01"), "page \(page)")
        XCTAssertTrue(output.contains("under 2 Resultaträkning."), output)
    }

    func testSparaGivesATkrCellsRoundingAndRemainder() throws {
        let result = try CommandLineRunner.finsamReport(["explain", "examples/sjuharad-2024", "drift_ordinarie_kst_1001"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("Utfall jan–dec 2024: \u{2212}223\u{202F}000,00 kr, tryckt \u{2212}223 tkr."), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("#PSALDO 2024"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("under 5 Driftredovisning."), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("Avrundning: till närmaste tusental kronor, hälften bort från noll"), result.standardOutput)
    }

    func testAnUnknownRowIsRefusedWithSuggestionsAndExitOne() throws {
        let result = try CommandLineRunner.finsamReport(["spara", "examples/sjuharad-2024", "summa_verksamhetens_kostnade"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertTrue(result.standardError.contains("Rapporten har ingen rad eller siffra som heter \"summa_verksamhetens_kostnade\"."),
                      result.standardError)
        XCTAssertTrue(result.standardError.contains("Menade du: summa_verksamhetens_kostnader"), result.standardError)
    }
}
