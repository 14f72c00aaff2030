import Foundation
import PangoText
import ReportApp
import ReportCore
import XCTest

/// The bad-input suite: several hundred single changes to copies of the example folders,
/// each run in process through ReportApp's check (what render runs before it writes), each
/// with its expected outcome; a refusal's printed message must name the file, the line and
/// the field its case gives. Prints the count of cases per file and outcome.
final class BadInputSuiteTests: XCTestCase {
    struct Tally { var cases = 0, refused = 0, warned = 0, unchanged = 0, namingLine = 0, namingField = 0 }

    struct Example {
        var name: String, year: Int, yaml: [String], csv: [String]
    }

    private static let examples: [Example] = [
        Example(name: "sjuharad-2024", year: 2024,
                yaml: ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml", "historik.yaml", "mappning.yaml", "rakningar.yaml"],
                csv: ["deltagare.csv"]),
        Example(name: "nordvastra-2024", year: 2024, yaml: ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml"],
                csv: ["budget.csv", "deltagare.csv"]),
        Example(name: "sjuharad-2017-t1", year: 2017, yaml: ["rapport.yaml", "medlemmar.yaml", "mappning.yaml"],
                csv: ["deltagare/floden.csv", "deltagare/aktiv-halsa.csv", "deltagare/manadsvis.csv"]),
        Example(name: "kvarnsjo-2023", year: 2023, yaml: ["rapport.yaml", "styrelse.yaml", "medlemmar.yaml", "rakningar.yaml"],
                csv: ["budget.csv"]),
    ]

    /// A thread's own copy of the examples and its own fonts.
    private struct Worker {
        var examples: String
        var coverage: GlyphCoverage
    }

    func testEverySingleChangeHasItsExpectedOutcome() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let pristine = work + "/examples"
        let coverage = GlyphCoverage(fonts: try FontSystem())
        var cases: [BadInputCase] = []
        var baselines: [String: BadInputRun.Baseline] = [:]
        for example in Self.examples {
            let folder = pristine + "/" + example.name
            try FileManager.default.createDirectory(atPath: pristine, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + example.name, toPath: folder)
            let baseline = try BadInputRun.Baseline(folder: folder, coverage: coverage)
            XCTAssertFalse(baseline.findings.contains { $0.severity == .error }, "\(example.name) is not clean: \(baseline.findings)")
            XCTAssertFalse(baseline.model.isEmpty, example.name)
            baselines[example.name] = baseline
            cases += try Self.cases(example, folder: folder)
        }
        let problems = try BadInputParallel.map(count: cases.count, makeWorker: { thread in
            let copy = work + "/thread-\(thread)"
            try FileManager.default.copyItem(atPath: pristine, toPath: copy)
            return Worker(examples: copy, coverage: GlyphCoverage(fonts: try FontSystem()))
        }) { worker, index in
            let badCase = cases[index]
            guard let baseline = baselines[badCase.example] else { return ["no baseline"] }
            return BadInputRun.problems(badCase, in: worker.examples + "/" + badCase.example, baseline: baseline, coverage: worker.coverage)
        }
        var tallies: [String: Tally] = [:]
        for (badCase, found) in zip(cases, problems) {
            for problem in found { XCTFail("\(badCase.example)/\(badCase.file) \(badCase.name): \(problem)") }
            tallies["\(badCase.example)/\(badCase.file)", default: Tally()].count(badCase.outcome)
        }
        Self.printTable(tallies)
        XCTAssertGreaterThanOrEqual(tallies.values.map(\.cases).reduce(0, +), 300)
    }

    /// What an unchanged case is compared by sees a figure change: ten times the
    /// participants of one csv row gives another model.
    func testTheModelComparisonSeesAChangedFigure() throws {
        let work = try CommandLineRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: work) }
        let folder = work + "/sjuharad-2024", table = folder + "/deltagare.csv"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let before = try BadInputRun.model(of: folder)
        var rows = BadInputCases.lines(try String(contentsOfFile: table, encoding: .utf8)).map(String.init)
        let row = try XCTUnwrap(rows.indices.first { !rows[$0].hasPrefix("#") && rows[$0].last?.isNumber == true })
        rows[row] += "0"
        try rows.joined(separator: "\n").write(toFile: table, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(try BadInputRun.model(of: folder), before)
    }

    static func cases(_ example: Example, folder: String) throws -> [BadInputCase] {
        func text(_ file: String) throws -> String { try String(contentsOfFile: folder + "/" + file, encoding: .utf8) }
        var cases: [BadInputCase] = []
        for file in example.yaml { cases += sample(BadInputCases.yaml(example.name, file, text: try text(file))) }
        for file in example.csv { cases += sample(BadInputCases.csv(example.name, file, text: try text(file))) }
        // Two texts per example keep the suite quick; every text goes through the same reader.
        for file in try texts(in: folder).prefix(2) { cases += BadInputCases.markdown(example.name, file, text: try text(file)) }
        let books = try XCTUnwrap(String(data: try Data(contentsOf: URL(fileURLWithPath: folder + "/bokforing.se")), encoding: .isoLatin1))
        cases += BadInputCases.books(example.name, text: books.replacingOccurrences(of: "\r\n", with: "\n"), year: example.year)
        cases += BadInputCases.namedFiles(example.name, rapport: try text("rapport.yaml"), folder: folder)
        return cases
    }

    static func printTable(_ tallies: [String: Tally]) {
        let total = tallies.values.reduce(into: Tally()) { sum, tally in
            sum.cases += tally.cases; sum.refused += tally.refused; sum.namingLine += tally.namingLine; sum.namingField += tally.namingField
        }
        print("Bad-input cases, \(total.cases) in all; of the \(total.refused) refusals every one is checked to name its file, "
              + "\(total.namingLine) a line and \(total.namingField) a field (the others say why not).")
        print("(file → cases: refused / warned / unchanged; refusals checked to name file / line / field)")
        for key in tallies.keys.sorted() {
            let tally = tallies[key] ?? Tally()
            print("  \(key) → \(tally.cases): \(tally.refused) / \(tally.warned) / \(tally.unchanged); "
                  + "\(tally.refused) / \(tally.namingLine) / \(tally.namingField)")
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
}

extension BadInputSuiteTests.Tally {
    mutating func count(_ outcome: BadInputCase.Outcome) {
        cases += 1
        switch outcome {
        case .refused(let refusal):
            refused += 1
            if refusal.namesLine { namingLine += 1 }
            if refusal.namesField { namingField += 1 }
        case .warned: warned += 1
        case .unchanged: unchanged += 1
        }
    }
}
