import Foundation
import PDFFinish
import XCTest

/// Every PDF `make demo` writes is PDF/A-2a and PDF/UA-1: `verify` passes every rule and
/// `qpdf --check` finds nothing; the structure reads like the document; an independent
/// reader (pikepdf) finds the archive metadata.
final class ArchivePDFTests: XCTestCase {
    /// The annual reports (the three examples'), the tertial report with its letters and
    /// print file, and hello, rendered once into a temporary folder shared by the tests here.
    private static let rendered: Result<String, Error> = Result {
        let output = try CommandLineRunner.temporaryDirectory()
        for example in ["hello", "sjuharad-2024", "nordvastra-2024", "kvarnsjo-2023", "sjuharad-2017-t1"] {
            let result = try CommandLineRunner.finsamReport(["render", "examples/" + example, "-o", output])
            guard result.status == 0 else { throw TestFailure("render \(example): \(result.standardError)") }
        }
        return output
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static func pdfs() throws -> [String] {
        let folder = try rendered.get()
        return try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".pdf") }.sorted().map { folder + "/" + $0 }
    }

    func testEveryExamplePDFPassesVerifyAndQpdfCheck() throws {
        let files = try Self.pdfs()
        XCTAssertEqual(files.count, 17, "\(files)")
        XCTAssertTrue(files.contains { $0.hasSuffix("brev-samtliga.pdf") })
        XCTAssertTrue(files.contains { $0.hasSuffix("kvarnsjo-2023.pdf") })
        for file in files {
            let verify = try CommandLineRunner.finsamReport(["verify", file])
            XCTAssertEqual(verify.status, 0, "\(file):\n\(verify.standardOutput)\(verify.standardError)")
            XCTAssertTrue(verify.standardOutput.contains("Alla \(try Self.documentedRules().count) regler uppfylls."), verify.standardOutput)
            XCTAssertEqual(Self.ruleIDs(verify.standardOutput), try Self.documentedRules(), "verify checks the rules docs/pdfa-pdfua.md lists")
            let check = try CommandLineRunner.tool("qpdf", ["--check", file])
            XCTAssertEqual(check.status, 0, check.standardOutput)
            XCTAssertTrue(check.standardOutput.contains("No syntax or stream encoding errors"), check.standardOutput)
        }
    }

    /// The rule ids docs/pdfa-pdfua.md lists, in order, but T-03 (only `render` has the
    /// layout's text to compare with).
    static func documentedRules() throws -> [String] {
        let docs = try String(contentsOfFile: CommandLineRunner.repository.path + "/docs/pdfa-pdfua.md", encoding: .utf8)
        return docs.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("| "), let id = line.dropFirst(2).split(separator: " ").first,
                  id.range(of: #"^(A|UA|T)-\d\d$"#, options: .regularExpression) != nil else { return nil }
            return String(id)
        }.filter { $0 != "T-03" }
    }

    /// The ids of the rules a `verify` report printed, in order.
    static func ruleIDs(_ report: String) -> [String] {
        report.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard words.count > 1, ["godkänd:", "UNDERKÄND:"].contains(words[1]) else { return nil }
            return String(words[0])
        }
    }

    /// The outline a reviewer reads: role, then the first words, one line per element.
    func testStructureOutlinesMatchTheCheckedInExpectations() throws {
        let files = try Self.pdfs()
        for (suffix, reference) in [("/sjuharad-2024.pdf", "struktur-sjuharad-2024.txt"), ("/brev-boras.pdf", "struktur-brev-boras.txt")] {
            let file = try XCTUnwrap(files.first { $0.hasSuffix(suffix) })
            let outline = try PDFVerifier.structureOutline([UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))).joined(separator: "\n") + "\n"
            let path = CommandLineRunner.repository.path + "/Tests/ReportAppTests/References/" + reference
            if ProcessInfo.processInfo.environment["FINSAM_UPDATE_REFERENCES"] == "1" { try outline.write(toFile: path, atomically: true, encoding: .utf8) }
            XCTAssertEqual(outline, try String(contentsOfFile: path, encoding: .utf8), "\(reference) differs; the outline written was:\n\(outline)")
        }
    }

    /// The structure tree's text in order is pdftotext's text of the body, word for word
    /// (word spaces are space glyphs, so a word run together or split apart shows), and
    /// pdftotext ignores tags (so text that silently became an artifact would show here
    /// and not in the tree):
    /// each page cropped to below the running header and above the footer and initials
    /// boxes (20 mm and 23 mm of an A4 page), contents leaders aside. pdftotext reads in
    /// the order the page draws (-raw); its column guessing splits tables and the contents'
    /// page numbers away from their rows, which is not the order a screen reader follows.
    func testStructureTextEqualsPdftotextBodyText() throws {
        let files = try Self.pdfs()
        for suffix in ["/sjuharad-2024.pdf", "/nordvastra-2024.pdf", "/kvarnsjo-2023.pdf", "/brev-boras.pdf", "/hello.pdf"] {
            let file = try XCTUnwrap(files.first { $0.hasSuffix(suffix) })
            let tree = try PDFVerifier.structureText([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
            let top = 20 * 72 / 25.4, bottom = 23 * 72 / 25.4
            let crop = ["-raw", "-r", "72", "-x", "0", "-y", "\(Int(top))", "-W", "595", "-H", "\(Int(841.89 - top - bottom))"]
            let body = try CommandLineRunner.tool("pdftotext", crop + [file, "-"]).standardOutput
                .replacingOccurrences(of: #"\.{3,}"#, with: "", options: .regularExpression)
            let (joined, mismatch) = Self.align(words(tree), words(body))
            XCTAssertNil(mismatch, file)
            // pdftotext finds words by the gaps between glyphs, not by the space glyphs: a
            // justified line's space shrunk below a tenth of an em would join two words. The
            // layouts keep every space wider (`avstavning.ordmellanrum_minst`): nine tight
            // Sjuhärad lines were joined before; one pair ("fördes under") still is, unexplained.
            XCTAssertLessThanOrEqual(joined.count * 2000, words(tree).count, "\(file): pdftotext joined \(joined)")
            print("\(suffix): \(words(tree).count) words, pdftotext joined \(joined)")
        }
    }

    func testPikepdfReadsTheArchiveMetadata() throws {
        let script = CommandLineRunner.repository.path + "/Tests/ReportAppTests/Scripts/archive_metadata.py"
        for file in try Self.pdfs() {
            let result = try CommandLineRunner.tool("python3", [script, file])
            XCTAssertEqual(result.status, 0, "\(file): \(result.standardOutput)\(result.standardError)")
            XCTAssertTrue(result.standardOutput.hasPrefix("ok"), result.standardOutput)
        }
    }

    /// The words, with ligatures as letters (pdftotext writes "fi" for the glyph ﬁ).
    private func words(_ text: String) -> [String] {
        text.precomposedStringWithCompatibilityMapping.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The tree's words against pdftotext's, in order: each pdftotext word is one tree word
    /// or several run together (those are returned); anything else is the mismatch, with
    /// where it happens. A continued table's header, repeated as an artifact at the top of
    /// the next page, is read by pdftotext but not in the tree: a run of words that repeats
    /// words the tree has already read (a header row of at least two words) is passed over.
    static func align(_ tree: [String], _ extracted: [String]) -> (joined: [String], mismatch: String?) {
        var joined: [String] = []
        var index = 0
        var skipUntil = 0
        for (position, word) in extracted.enumerated() {
            if position < skipUntil { continue }
            let start = index
            var built = ""
            var parts = 0
            while index < tree.count, built.count < word.count, word.hasPrefix(built + tree[index]) {
                built += tree[index]
                index += 1
                parts += 1
            }
            if built != word, let repeated = repeatedHeader(tree[..<start], extracted[position...]) {
                index = start
                skipUntil = position + repeated
                continue
            }
            if built != word {
                let context = tree[max(0, index - 5)..<min(tree.count, index + 5)].joined(separator: " ")
                return (joined, "pdftotext word \(position) \"\(word)\" is not the tree's words; the tree reads \"\(context)\"")
            }
            if parts > 1 { joined.append(word) }
        }
        return (joined, index == tree.count ? nil : "the tree has \(tree.count - index) more words: \(tree[index...].prefix(8).joined(separator: " "))")
    }

    /// How many of `extracted`'s first words (two to twelve) repeat words the tree has
    /// already read, in the same order; the longest such run, or nil.
    static func repeatedHeader(_ read: ArraySlice<String>, _ extracted: ArraySlice<String>) -> Int? {
        let words = Array(read), next = Array(extracted.prefix(12))
        for length in stride(from: next.count, through: 2, by: -1) {
            let run = Array(next.prefix(length))
            if words.count >= length, (0...(words.count - length)).contains(where: { Array(words[$0..<($0 + length)]) == run }) { return length }
        }
        return nil
    }
}
