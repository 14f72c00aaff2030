import Foundation
import ReportApp
import ReportCore
import XCTest

/// The bad-input suite: several hundred single changes to copies of the example folders,
/// each run in process through ReportApp's check (what render runs before it writes), each
/// with its expected outcome. Prints the count of cases per file and outcome.
final class BadInputSuiteTests: XCTestCase {
    struct Tally { var cases = 0, refused = 0, warned = 0, unchanged = 0 }

    private static let examples: [(name: String, year: Int, yaml: [String], csv: [String])] = [
        ("sjuharad-2024", 2024, ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml", "historik.yaml", "mappning.yaml", "rakningar.yaml"],
         ["deltagare.csv"]),
        ("nordvastra-2024", 2024, ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml"], ["budget.csv", "deltagare.csv"]),
        ("sjuharad-2017-t1", 2017, ["rapport.yaml", "medlemmar.yaml", "mappning.yaml"],
         ["deltagare/floden.csv", "deltagare/aktiv-halsa.csv", "deltagare/manadsvis.csv"]),
        ("kvarnsjo-2023", 2023, ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml", "rakningar.yaml"], ["budget.csv"]),
    ]

    func testEverySingleChangeHasItsExpectedOutcome() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        var tallies: [String: Tally] = [:]
        for example in Self.examples {
            let folder = work + "/" + example.name
            try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + example.name, toPath: folder)
            let baseline = try Self.significant(FolderCheck.run(folder: folder).findings)
            XCTAssertFalse(baseline.contains { $0.severity == .error }, "\(example.name) is not clean: \(baseline)")
            var cases: [BadInputCase] = []
            for file in example.yaml {
                cases += Self.sample(BadInputCases.yaml(example.name, file, text: try String(contentsOfFile: folder + "/" + file, encoding: .utf8)))
            }
            for file in example.csv {
                cases += Self.sample(BadInputCases.csv(example.name, file, text: try String(contentsOfFile: folder + "/" + file, encoding: .utf8)))
            }
            // Two texts per example keep the suite quick; every text goes through the same reader.
            for file in try Self.texts(in: folder).prefix(2) {
                cases += BadInputCases.markdown(example.name, file, text: try String(contentsOfFile: folder + "/" + file, encoding: .utf8))
            }
            let books = try XCTUnwrap(String(data: try Data(contentsOf: URL(fileURLWithPath: folder + "/bokforing.se")), encoding: .isoLatin1))
                .replacingOccurrences(of: "\r\n", with: "\n")
            cases += BadInputCases.books(example.name, text: books, year: example.year)
            for badCase in cases {
                let kind = try run(badCase, in: folder, baseline: baseline)
                let key = "\(example.name)/\(badCase.file)"
                var tally = tallies[key] ?? Tally()
                tally.cases += 1
                switch kind {
                case .refused: tally.refused += 1
                case .warned: tally.warned += 1
                case .unchanged: tally.unchanged += 1
                }
                tallies[key] = tally
            }
        }
        let total = tallies.values.map(\.cases).reduce(0, +)
        XCTAssertGreaterThanOrEqual(total, 300)
        print("Bad-input cases (file → cases: refused / warned / unchanged), \(total) in all:")
        for key in tallies.keys.sorted() {
            let tally = tallies[key] ?? Tally()
            print("  \(key) → \(tally.cases): \(tally.refused) / \(tally.warned) / \(tally.unchanged)")
        }
    }

    /// At most 16 of a file's cases, spread over the file, so the suite stays quick; the
    /// whole-file cases (the last ones, for csv) are always kept.
    static func sample(_ cases: [BadInputCase]) -> [BadInputCase] {
        let limit = 16
        let whole = cases.filter { if case .unchanged = $0.outcome { return true } else { return false } }
        let single = cases.filter { if case .unchanged = $0.outcome { return false } else { return true } }
        guard single.count > limit else { return cases }
        let step = Double(single.count) / Double(limit)
        return (0..<limit).map { single[Int(Double($0) * step)] } + whole
    }

    /// The folder's Markdown texts, as paths inside it.
    static func texts(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder + "/texter").filter { $0.hasSuffix(".md") }.sorted().map { "texter/" + $0 }
    }

    /// Errors and warnings: information changes nothing in the report.
    static func significant(_ findings: [Finding]) -> [Finding] { findings.filter { $0.severity != .information } }

    private func run(_ badCase: BadInputCase, in folder: String, baseline: [Finding]) throws -> BadInputCase.Outcome {
        let path = folder + "/" + badCase.file
        let url = URL(fileURLWithPath: path)
        let original = try Data(contentsOf: url)
        defer { try? original.write(to: url) }
        let latin1 = badCase.file.hasSuffix(".se")
        // The books are CRLF: as LF lines, so that a line is one line to the change.
        let text = try XCTUnwrap(String(data: original, encoding: latin1 ? .isoLatin1 : .utf8))
            .replacingOccurrences(of: latin1 ? "\r\n" : "\u{0}", with: "\n")
        try XCTUnwrap(badCase.change(text).data(using: latin1 ? .isoLatin1 : .utf8, allowLossyConversion: false)).write(to: url)
        let label = "\(badCase.example)/\(badCase.file) \(badCase.name)"
        let findings: [Finding]
        do {
            findings = try FolderCheck.run(folder: folder).findings
        } catch let error as InputError {
            XCTAssertEqual(badCase.outcome, .refused(line: error.location.line).matching(badCase.outcome), "\(label): \(error)")
            assertRefusal(badCase, file: error.location.file, line: error.location.line, message: error.message, label: label)
            return .refused(line: error.location.line)
        }
        switch badCase.outcome {
        case .refused:
            let errors = findings.filter { $0.severity == .error }
            let named = errors.first { $0.location?.file == badCase.file && (badCase.outcome == .refused(line: nil) || $0.location?.line == expectedLine(badCase)) }
            XCTAssertNotNil(named, "\(label): no error at the expected place; found \(errors)")
            return .refused(line: named?.location?.line)
        case .warned(let code):
            XCTAssertFalse(findings.contains { $0.severity == .error }, "\(label): \(findings)")
            XCTAssertTrue(findings.contains { $0.severity == .warning && $0.code == code && $0.location?.line != nil }, "\(label): \(findings)")
            return badCase.outcome
        case .unchanged:
            XCTAssertEqual(Self.significant(findings).map(\.description), baseline.map(\.description), label)
            return .unchanged
        }
    }

    private func expectedLine(_ badCase: BadInputCase) -> Int? {
        if case .refused(let line) = badCase.outcome { return line }
        return nil
    }

    private func assertRefusal(_ badCase: BadInputCase, file: String, line: Int?, message: String, label: String) {
        guard case .refused(let expected) = badCase.outcome else { return }
        XCTAssertEqual(file, badCase.file, "\(label): \(message)")
        if let expected { XCTAssertEqual(line, expected, "\(label): \(message)") }
        XCTAssertFalse(message.isEmpty, label)
    }
}

private extension BadInputCase.Outcome {
    /// A refusal matches any expected refusal (the line is compared on its own).
    func matching(_ expected: BadInputCase.Outcome) -> BadInputCase.Outcome {
        if case .refused = self, case .refused = expected { return expected }
        return self
    }
}
