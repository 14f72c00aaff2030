import Foundation
import XCTest

/// Markdown as offices write it, through the real command line into a PDF: lists, tables
/// (pipe and csv), quotes, hard breaks, links and pictures come out as text in reading
/// order, the file passes qpdf --check, and each refusal names the file and the line.
final class MarkdownRenderTests: XCTestCase {
    var folder = ""
    var output = ""

    static let fixtures = CommandLineRunner.repository.appendingPathComponent("Tests/ReportAppTests/Fixtures/markdown").path

    override func setUpWithError() throws {
        folder = try CommandLineRunner.temporaryDirectory()
        output = try CommandLineRunner.temporaryDirectory()
        for name in ["logo.png", "bild.jpg"] {
            try FileManager.default.copyItem(atPath: "\(Self.fixtures)/\(name)", toPath: "\(folder)/\(name)")
        }
        try write("rapport.yaml", "typ: dokument\ntitel: Texter\nlayout: dokument\ndatum: 2025-02-03\ninnehåll:\n  - text: text.md\n")
        try write("personal.csv", "Befattning;Årsarbetare 2024;Årsarbetare 2023\nFörbundschef;1,0;1,0\nProcessledare;2,5;2,0\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: output)
    }

    private func write(_ name: String, _ text: String) throws {
        try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
    }

    private func render() throws -> CommandLineRunner.Result {
        try CommandLineRunner.finsamReport(["render", folder, "-o", output])
    }

    static let text = """
    # Mål och resultat

    Förbundets mål för året:

    1. Fler i arbete
    2. Fler i studier
       - bland kvinnor
       - bland män
    3. Färre med långvarigt försörjningsstöd

    | Delmål | Uppnått | Andel |
    |--------|---------|------:|
    | Arbete | 2 av 7 | 29 % |
    | Studier | 5 av 7 | 71 % |

    > Samverkan gör skillnad
    > för den enskilde.

    Kansliet nås på:  
    Storgatan 1  
    501 80 Borås

    Läs om [lagen](https://sv.wikipedia.org/wiki/Finsam_(lag)) och i https://www.example.se/finsam/arsredovisningar/2024/bilagor/deltagarstatistik-per-insats-och-kommun-och-kon.pdf på nätet.

    ![Förbundets logotyp](logo.png)

    ![Ett landskap i kvällsljus](bild.jpg)

    ![Personal i årsarbetare](personal.csv)
    """

    func testEveryConstructComesOutInReadingOrderInAValidPDF() throws {
        try write("text.md", Self.text)
        let result = try render()
        XCTAssertEqual(result.status, 0, result.standardError)
        let pdf = "\(output)/\(URL(fileURLWithPath: folder).lastPathComponent).pdf"
        let check = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
        let text = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput
        let expected = ["Mål och resultat", "1. Fler i arbete", "2. Fler i studier", "– bland kvinnor", "– bland män",
                        "3. Färre med långvarigt försörjningsstöd", "Delmål", "Uppnått", "Andel", "Arbete", "2 av 7", "29 %",
                        "Studier", "5 av 7", "71 %", "Samverkan gör skillnad för den enskilde.", "Kansliet nås på:", "Storgatan 1",
                        "501 80 Borås", "Läs om lagen", "Personal i årsarbetare", "Befattning", "Förbundschef", "Processledare", "2,5"]
        var position = text.startIndex
        for line in expected {
            guard let found = text.range(of: line, range: position..<text.endIndex) else {
                return XCTFail("\"\(line)\" is missing or out of order in:\n\(text)")
            }
            position = found.upperBound
        }
        let urls = try CommandLineRunner.tool("pdfinfo", ["-url", pdf]).standardOutput
        XCTAssertTrue(urls.contains(" https://sv.wikipedia.org/wiki/Finsam_(lag)\n"), urls)
        let images = try CommandLineRunner.tool("pdfimages", ["-list", pdf]).standardOutput
        let rows = images.split(separator: "\n").dropFirst(2).map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        XCTAssertEqual(rows.filter { $0[2] == "image" }.map { "\($0[3])x\($0[4]) \($0[8])" }, ["240x80 image", "160x100 jpeg"], images)
    }

    /// A long pipe table splits like the product's own tables: its header row is repeated
    /// at the top of the next page, and its amounts stand right-aligned.
    func testALongTableRepeatsItsHeaderOnTheNextPage() throws {
        let rows = (1...90).map { "| Insats \($0) | \($0 * 3) |" }.joined(separator: "\n")
        try write("text.md", "# Deltagare\n\n| Insats | Deltagare |\n|---|---|\n" + rows + "\n")
        let result = try render()
        XCTAssertEqual(result.status, 0, result.standardError)
        let pdf = "\(output)/\(URL(fileURLWithPath: folder).lastPathComponent).pdf"
        let second = try CommandLineRunner.tool("pdftotext", ["-f", "2", "-l", "2", "-layout", "-enc", "UTF-8", pdf, "-"]).standardOutput
        let lines = second.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        XCTAssertTrue(lines.first?.hasPrefix("Insats") == true && lines.first?.hasSuffix("Deltagare") == true, second)
        XCTAssertFalse(second.contains("Insats 1 "), "page 2 goes on where page 1 ended:\n\(second)")
        let all = try CommandLineRunner.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"]).standardOutput
        XCTAssertTrue(all.contains("Insats 90"), all)
        let check = try CommandLineRunner.tool("qpdf", ["--check", pdf])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
    }

    private func refusal(_ text: String) throws -> String {
        try write("text.md", text)
        let result = try render()
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), [], "nothing may be written")
        return result.standardError
    }

    func testAPictureWithoutAlternativeTextIsRefused() throws {
        let message = try refusal("# Rubrik\n\nText.\n\n![](logo.png)\n")
        XCTAssertTrue(message.contains("text.md:5: fel: Bilden \"logo.png\" saknar alternativtext"), message)
    }

    func testAMissingPictureOrTableFileIsRefusedByName() throws {
        let message = try refusal("![Logotyp](saknas.png)\n\nText.\n\n![Personal](saknas.csv)\n")
        XCTAssertTrue(message.contains("text.md:1: fel: Filen \"saknas.png\" som texten visar finns inte."), message)
        XCTAssertTrue(message.contains("text.md:5: fel: Filen \"saknas.csv\" som texten visar finns inte."), message)
    }

    func testAFileThatIsNoPictureIsRefused() throws {
        let message = try refusal("![Logotyp](personal.csv.png)\n".replacingOccurrences(of: "personal.csv.png", with: "rapport.yaml"))
        XCTAssertTrue(message.contains("text.md:1: fel: Filen \"rapport.yaml\" är varken en PNG- eller en JPEG-bild."), message)
    }

    func testRawHTMLAndAnUnclosedBraceAreRefusedWithTheirLines() throws {
        let message = try refusal("Text.\n\n<table><tr><td>1</td></tr></table>\n\nEn {{ trasig\n")
        XCTAssertTrue(message.contains("text.md:3: fel: HTML"), message)
        XCTAssertTrue(message.contains("text.md:5: fel: \"{{\" utan avslutande \"}}\""), message)
    }

    func testACSVTableCellWithAnUnknownFigureNamesTheCSVFileAndLine() throws {
        try write("personal.csv", "Befattning;Antal\nChef;{{ antal_chefer }}\n")
        let message = try refusal("![Personal](personal.csv)\n")
        XCTAssertTrue(message.contains("personal.csv:2: fel: Texten hänvisar till talet \"antal_chefer\""), message)
    }
}

/// A character the fonts lack is refused with the file and the line, never drawn as a box.
final class MissingGlyphRenderTests: XCTestCase {
    func testACheckMarkOrAnEmojiInATextIsRefusedWithItsLine() throws {
        let folder = try CommandLineRunner.temporaryDirectory(), output = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: output) }
        try "typ: dokument\ntitel: Texter\nlayout: dokument\ninnehåll:\n  - text: text.md\n  - tabell: mal.csv\n"
            .write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        try "# Mål\n\nÅtta av tio mål är nådda.\n\n- Arbete ✓\n- Studier 🎓\n".write(toFile: folder + "/text.md", atomically: true, encoding: .utf8)
        try "Mål;Status\nArbete;uppnått\n".write(toFile: folder + "/mal.csv", atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.standardError.contains("text.md:5: fel: Tecknet \"✓\" (U+2713) finns inte i rapportens typsnitt"), result.standardError)
        XCTAssertTrue(result.standardError.contains("text.md:6: fel: Tecknet \"🎓\" (U+1F393)"), result.standardError)
        let check = try CommandLineRunner.finsamReport(["check", folder])
        XCTAssertTrue(check.standardError.contains("text.md:5:") || check.standardOutput.contains("text.md:5:"), check.standardOutput + check.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), [])
    }
}

extension MissingGlyphRenderTests {
    /// A character that comes from elsewhere than a text (here a csv table of the plain
    /// document) is caught on the laid-out page.
    func testACharacterFromATableIsRefusedOnThePage() throws {
        let standardError = try refusedPlainDocument(content: "tabell: mal.csv", file: "mal.csv", text: "Mål;Status\nArbete;✓\n")
        XCTAssertTrue(standardError.contains("Tecknet \"✓\" (U+2713) i \"✓\" finns inte"), standardError)
    }

    /// A text saved with Windows line ends is counted as its editor counts it: the check
    /// mark on the fifth line is named on line 5, and a BOM on the first line is no finding.
    func testACRLFTextNamesTheLineAnEditorShows() throws {
        let standardError = try refusedPlainDocument(content: "text: text.md", file: "text.md",
                                                     text: "\u{FEFF}# Mål\r\n\r\nÅtta av tio mål är nådda.\r\n\r\n- Arbete ✓\r\n")
        XCTAssertTrue(standardError.contains("text.md:5: fel: Tecknet \"✓\" (U+2713)"), standardError)
        XCTAssertFalse(standardError.contains("FEFF"), standardError)
    }

    /// Renders a plain document of one `content` entry and its `file`: it must be refused
    /// (exit 1) with nothing written. Its messages.
    private func refusedPlainDocument(content: String, file: String, text: String) throws -> String {
        let folder = try CommandLineRunner.temporaryDirectory(), output = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder); try? FileManager.default.removeItem(atPath: output) }
        try "typ: dokument\ntitel: Texter\nlayout: dokument\ninnehåll:\n  - \(content)\n"
            .write(toFile: folder + "/rapport.yaml", atomically: true, encoding: .utf8)
        try text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output), [])
        return result.standardError
    }
}
