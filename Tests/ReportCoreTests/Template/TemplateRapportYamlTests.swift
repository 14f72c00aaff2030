import Foundation
import XCTest
@testable import ReportCore

/// The bundled rapport.yaml templates: every key carries a Swedish comment, and every key
/// (the commented-out examples included) is one the strict readers accept.
final class TemplateRapportYamlTests: XCTestCase {
    static var mallar: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("mallar")
    }

    static func template(_ kind: String) throws -> String {
        try String(contentsOf: mallar.appendingPathComponent("\(kind)/rapport.yaml"), encoding: .utf8)
    }

    /// A yaml line that holds a key (`namn:` or `- namn:`), outside comments.
    static func isKeyLine(_ line: String) -> Bool {
        let code = line[..<TemplateText.commentStart(line)].trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty, !code.hasPrefix("«") else { return false }
        return code.contains(":")
    }

    func testEveryKeyOfTheTemplatesHasAComment() throws {
        for (kind, least) in [("arsredovisning", 25), ("tertialrapport", 25)] {
            let lines = try Self.template(kind).components(separatedBy: "\n")
            let keyLines = lines.filter(Self.isKeyLine)
            XCTAssertGreaterThan(keyLines.count, least, kind)
            for line in keyLines {
                let comment = String(line[TemplateText.commentStart(line)...]).dropFirst().trimmingCharacters(in: .whitespaces)
                XCTAssertGreaterThan(comment.count, 8, "no comment on: \(line)")
            }
        }
    }

    /// The template filled in as an office would, with the commented-out examples switched
    /// on, read by the same strict readers as a real folder.
    func testTheStrictReaderAcceptsEveryKeyOfTheAnnualTemplate() throws {
        let values = ["år": "2025", "namn": "\"Samordningsförbundet Prov\"", "organisationsnummer": "222000-1347",
                      "kontoplan": "bas", "beslutsår": "2026", "bokföring": "bokforing.se",
                      "budget_rad": "  budget: budget.csv  # budget", "mappning_rad": "  mappning: mappning.yaml  # förslag"]
        var text = TemplateText(values: values, commentWords: TemplateValues.commentWords).fill(try Self.template("arsredovisning"))
        let filled: [String: String] = ["säte": "Provby", "datum": "2026-02-12", "ort": "Provby", "antal_anställda": "0",
                                        "budgeterade_platser": "40"]
        text = text.components(separatedBy: "\n").map { line in
            var line = line
            if let key = filled.keys.first(where: { line.trimmingCharacters(in: .whitespaces).hasPrefix("\($0): FYLL I") }) {
                line = line.replacingOccurrences(of: "FYLL I", with: filled[key]!)
            }
            for example in ["  # åtgärdsplan:", "  #   ", "  # synnerliga_skäl:"] where line.hasPrefix(example) {
                line = "  " + line.dropFirst(4)
            }
            return line
        }.joined(separator: "\n")
        XCTAssertFalse(text.components(separatedBy: "\n").contains { $0[..<TemplateText.commentStart($0)].contains("FYLL I") }, text)
        XCTAssertFalse(text.contains("«"), text)
        let root = try YamlNode.parse(text, file: "rapport.yaml")
        let settings = try SettingsReader.read(root)
        XCTAssertEqual(settings.year, 2025)
        XCTAssertEqual(settings.accountPlan, "bas")
        XCTAssertEqual(settings.decisionPlace, "Provby")
        XCTAssertNotNil(settings.balanceRequirement.plan)
        XCTAssertEqual(settings.balanceRequirement.exceptionalReasons, "Styrelsens skäl att inte återställa underskottet.")
        let files = try FolderFiles(root.optional("filer"), folder: URL(fileURLWithPath: "/tmp"))
        XCTAssertEqual(files.entries["budget"]?.name, "budget.csv")
        XCTAssertEqual(files.entries["texter"]?.name, "texter")
    }

    /// A key the strict reader does not know would be refused: the test above can fail.
    func testAMisspeltKeyInTheTemplateWouldBeRefused() throws {
        let text = "typ: arsredovisning\når: 2025\nantal_anstälda: 0\n"
        XCTAssertThrowsError(try SettingsReader.read(YamlNode.parse(text, file: "rapport.yaml"))) { error in
            XCTAssertTrue("\(error)".contains("okänd nyckel `antal_anstälda`"), "\(error)")
        }
    }
}
