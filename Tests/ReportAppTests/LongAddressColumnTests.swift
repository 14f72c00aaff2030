import Foundation
import XCTest
@testable import ReportApp
import ReportLayout

/// Long web addresses in a text break inside the column: every piece of every line lies
/// between the text column's left and right edges, on the laid-out page and in the PDF as
/// pdftotext reads it, and the pieces joined give the address back whole (no hyphen added,
/// no character lost). Each address is set after 0 to 11 words, so that it meets the line
/// end at many places.
final class LongAddressColumnTests: XCTestCase {
    /// 150 characters without a space, most of them a token with no mark to break at.
    static let long = "https://delning.example.se/s/finsam?dokument=" + String(repeating: "Xq7rT2vLm9", count: 10) + "&v=12"
    static let wikipedia = "https://sv.wikipedia.org/wiki/Finsam_(lag)"

    var folder = ""

    override func setUpWithError() throws {
        folder = try CommandLineRunner.temporaryDirectory()
        let filler = ["Förbundet", "har", "under", "året", "samlat", "sina", "rapporter", "och", "beslut", "på", "webbplatsen", "här"]
        let paragraphs = (0..<12).flatMap { count -> [String] in
            let words = filler.prefix(count).joined(separator: " ")
            return ["\(words) \(Self.long) och \(Self.wikipedia) finns också.", "- \(words) \(Self.long) i en punkt."]
        }
        try "typ: dokument\ntitel: Adresser\nlayout: dokument\ndatum: 2025-02-03\ninnehåll:\n  - text: text.md\n"
            .write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        try ("# Adresser\n\n" + paragraphs.joined(separator: "\n\n") + "\n").write(toFile: folder + "/text.md", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: folder) }

    func testTheLongAddressIs150CharactersWithoutASpace() {
        XCTAssertEqual(Self.long.count, 150)
        XCTAssertFalse(Self.long.contains(" "))
    }

    /// A line of body text: its words, and the left and right ends of each segment.
    struct Line {
        var element: Int
        var words: [String]
        var extents: [(left: Double, right: Double, text: String)]
    }

    private func laidOut() throws -> LaidOutDocument {
        try ReportRenderer.layOutPlainDocument(folder: folder, renderer: try DocumentRenderer())
    }

    private static func lines(of page: Page) -> [Line] {
        var rows: [String: (y: Double, element: Int, runs: [TextRun])] = [:]
        for item in page.items where item.structure != .artifact {
            guard case let .text(run) = item.content else { continue }
            let key = "\(item.structure.element)@\((run.origin.y.value * 10).rounded())"
            rows[key, default: (run.origin.y.value, item.structure.element, [])].runs.append(run)
        }
        return rows.values.sorted { ($0.y, $0.element) < ($1.y, $1.element) }.map { row in
            let runs = row.runs.sorted { $0.origin.x < $1.origin.x }
            let extents = runs.flatMap { run in
                run.segments.map { (left: (run.origin.x + $0.x).value, right: (run.origin.x + $0.x + $0.width).value, text: $0.text) }
            }
            return Line(element: row.element, words: runs.map(\.text).joined(separator: " ").split(separator: " ").map(String.init), extents: extents)
        }
    }

    func testEveryPieceOfALongAddressLiesInsideTheColumnAndJoinsToTheAddress() throws {
        let document = try laidOut()
        var lines: [Line] = []
        for page in document.pages {
            let column = (left: page.textArea.minX.value, right: page.textArea.maxX.value)
            let pageLines = Self.lines(of: page)
            for (index, line) in pageLines.enumerated() {
                // A line that is not its paragraph's last reaches the column's right three quarters:
                // an address's piece does not stand alone on a short line.
                if index + 1 < pageLines.count, pageLines[index + 1].element == line.element, let right = line.extents.last?.right {
                    XCTAssertGreaterThan(right, column.right - 0.25 * (column.right - column.left), "a short line: \(line.words)")
                }
                for extent in line.extents {
                    XCTAssertGreaterThanOrEqual(extent.left, column.left - 0.01, "\"\(extent.text)\" starts left of the column")
                    XCTAssertLessThanOrEqual(extent.right, column.right + 0.01,
                                             "\"\(extent.text)\" ends \(extent.right - column.right) pt right of the column")
                }
            }
            lines += pageLines
        }
        let long = Self.addresses(Self.long, in: lines), wikipedia = Self.addresses(Self.wikipedia, in: lines)
        XCTAssertEqual(long.map(\.text), Array(repeating: Self.long, count: 24))
        XCTAssertEqual(wikipedia.map(\.text), Array(repeating: Self.wikipedia, count: 12))
        // Wider than the column, the long address always breaks; the short one sometimes does.
        XCTAssertTrue(long.allSatisfy { $0.lines >= 2 }, "\(long.map(\.lines))")
    }

    /// The same in the PDF: pdftotext's word boxes stay inside the laid-out column.
    func testThePDFsWordsStayInsideTheColumn() throws {
        let document = try laidOut()
        let output = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        let pdf = output + "/" + URL(fileURLWithPath: folder).lastPathComponent + ".pdf"
        let html = try CommandLineRunner.tool("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"]).standardOutput
        let column = try XCTUnwrap(document.pages.first?.textArea)
        var words = 0
        for match in html.matches(of: #/<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>/#) {
            let (left, right) = (try XCTUnwrap(Double(match.1)), try XCTUnwrap(Double(match.2)))
            let text = String(match.3)
            guard text.contains("example") || text.contains("wiki") || text.contains("Xq7") || text.contains("v=12") || text.contains("Finsam_") else { continue }
            words += 1
            XCTAssertGreaterThanOrEqual(left, column.minX.value - 0.5, text)
            XCTAssertLessThanOrEqual(right, column.maxX.value + 0.5, "\"\(text)\" ends \(right - column.maxX.value) pt right of the column")
        }
        XCTAssertGreaterThan(words, 36, html.prefix(2000).description)
    }

    /// Every web address as read from the lines: a word starting "https://" that ends its line
    /// goes on with the first word of each next line until it is as long as `address`; those
    /// that start as `address` does (its first 12 characters) are returned, with the number of lines each spans.
    static func addresses(_ address: String, in lines: [Line]) -> [(text: String, lines: Int)] {
        let head = String(address.prefix(12))
        var found: [(text: String, lines: Int)] = []
        for (index, line) in lines.enumerated() {
            for (position, word) in line.words.enumerated() where word.hasPrefix("https://") {
                var joined = word
                var next = index + 1
                if position == line.words.count - 1 {
                    while joined.count < address.count, address.hasPrefix(joined), next < lines.count, let first = lines[next].words.first {
                        joined += first
                        next += 1
                    }
                }
                if joined.hasPrefix(head) { found.append((joined, next - index)) }
            }
        }
        return found
    }
}
