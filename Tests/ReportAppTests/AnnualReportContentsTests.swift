import Foundation
import XCTest

/// The table of contents tells the truth: every entry's page number is the page on which
/// that heading stands, and no section number occurs twice (seed 001 had two 1.1).
final class AnnualReportContentsTests: XCTestCase {
    struct Entry: Equatable {
        var title: String
        var page: Int
    }

    func testEveryContentsEntryPointsToThePageOfItsHeading() throws {
        let pdf = try AnnualReportFixture.sjuharadPDF()
        let entries = try contents(pdf, page: 2).filter { $0.page <= (try? AnnualReportFixture.pageCount(pdf)) ?? 0 }
        XCTAssertEqual(entries.count, 22, "\(entries)")
        for entry in entries {
            XCTAssertGreaterThan(entry.page, 0, "no page number for \"\(entry.title)\"")
            guard entry.page > 0 else { continue }
            let text = try AnnualReportFixture.text(pdf, page: entry.page)
            XCTAssertTrue(text.contains(entry.title), "\"\(entry.title)\" is not on page \(entry.page)")
            for earlier in 3..<max(entry.page, 3) where entry.title.first?.isNumber == true {
                let before = try AnnualReportFixture.text(pdf, page: earlier)
                XCTAssertFalse(before.contains(entry.title), "\"\(entry.title)\" already on page \(earlier), listed as \(entry.page)")
            }
        }
    }

    func testSectionNumbersAreGeneratedInOrderAndNeverRepeated() throws {
        let entries = try contents(try AnnualReportFixture.sjuharadPDF(), page: 2)
        XCTAssertFalse(entries.isEmpty)
        let numbers = entries.compactMap { $0.title.split(separator: " ").first.map(String.init) }
            .filter { $0.first?.isNumber == true }
        XCTAssertEqual(numbers, ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2", "3", "4", "5", "6", "7"])
        XCTAssertEqual(Set(numbers).count, numbers.count)
        let titles = Dictionary(uniqueKeysWithValues: entries.map { ($0.title, $0.page) })
        XCTAssertNotNil(titles["1.1 Översikt över verksamhetens utveckling"])
        XCTAssertNotNil(titles["7 Styrelsens underskrift"])
    }

    /// Entries read from the words' boxes: a line of words with the same baseline, its
    /// last word the page number, the dot leaders dropped.
    func contents(_ pdf: String, page: Int) throws -> [Entry] {
        let html = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", "-bbox", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).standardOutput
        let pattern = try NSRegularExpression(pattern: #"<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="[0-9.]+" yMax="([0-9.]+)">([^<]*)</word>"#)
        var lines: [Int: [(Double, String)]] = [:]
        var leaders: Set<Int> = []
        for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let field = { (index: Int) in String(html[Range(match.range(at: index), in: html)!]) }
            let word = field(3).replacingOccurrences(of: "&amp;", with: "&")
            let line = Int((Double(field(2)) ?? 0).rounded())
            guard !word.allSatisfy({ $0 == "." }) else { leaders.insert(line); continue }
            lines[line, default: []].append((Double(field(1)) ?? 0, word))
        }
        return lines.keys.sorted().compactMap { key -> Entry? in
            let words = lines[key]!.sorted { $0.0 < $1.0 }.map(\.1)
            // An entry with leaders but no page number: page 0, which the tests reject.
            if leaders.contains(key), Int(words.last!) == nil { return Entry(title: words.joined(separator: " "), page: 0) }
            // The running header ("…, årsredovisning 2024") and footer ("Sida 2 av 20") are no entries.
            guard words.count >= 2, let number = Int(words.last!), number < 1000, !words.contains("Sida") else { return nil }
            return Entry(title: words.dropLast().joined(separator: " "), page: number)
        }
    }
}
