import Foundation
import XCTest
@testable import ReportCore

/// Random single and multiple changes to the example folders' yaml and csv files, each
/// read by the reader that reads that file: any outcome but a crash is fine, and every
/// refusal is an InputError naming the file.
final class InputFuzzTests: XCTestCase {
    private static let yamlFiles: [(String, @Sendable (YamlNode) throws -> Void)] = [
        ("sjuharad-2024/rapport.yaml", { _ = try SettingsReader.read($0) }),
        ("sjuharad-2024/styrelse.yaml", { _ = try BoardReader.read($0) }),
        ("sjuharad-2024/medlemmar.yaml", { _ = try MembersReader.read($0, strict: true) }),
        ("sjuharad-2024/historik.yaml", { _ = try HistoryReader.read($0, overview: try sjuharadOverview()) }),
        ("sjuharad-2024/mappning.yaml", { _ = try MappingReader.read($0); _ = try ExcludedAccountsReader.read($0) }),
        ("nordvastra-2024/rapport.yaml", { _ = try SettingsReader.read($0) }),
        ("sjuharad-2017-t1/medlemmar.yaml", { node in
            _ = try MembersReader.read(node, strict: false)
            _ = try MembersReader.contributions(try node.required("medlemsbidrag"))
        }),
        ("sjuharad-2017-t1/rapport.yaml", { node in
            _ = try TertialFolder.readPeriod(try node.required("period"))
            _ = try AssociationIdentity.read(try node.required("förbund"), complete: false)
        }),
    ]

    /// The overview rows Sjuhärad's historik.yaml is written for (its rakningar.yaml).
    private static let loadedOverview = try? ExampleFolders.load("sjuharad-2024").statements.overview

    private static func sjuharadOverview() throws -> OverviewDescription { try XCTUnwrap(loadedOverview ?? nil) }

    private static let csvFiles: [(String, @Sendable (CSVTable) throws -> Void)] = [
        ("sjuharad-2024/deltagare.csv", { _ = try ParticipantsReader.read($0, members: [])  }),
        ("nordvastra-2024/budget.csv", { _ = try BudgetReader.read($0) }),
        ("sjuharad-2017-t1/deltagare/floden.csv", { _ = try ParticipantTablesReader.readFlows($0) }),
        ("sjuharad-2017-t1/deltagare/aktiv-halsa.csv", { _ = try ParticipantTablesReader.readActivity($0) }),
        ("sjuharad-2017-t1/deltagare/manadsvis.csv", { _ = try ParticipantTablesReader.readMonthly($0) }),
    ]

    /// The characters that matter to yaml and csv, plus digits, letters and a few others.
    private static let alphabet: [Unicode.Scalar] = Array(":-[]{}\"'#\n\t *&!|>%@`,;.0123456789aöÅ\r\\?/\u{FFFD}\u{00A0}".unicodeScalars)

    /// One to three changes: a character removed, inserted or replaced, or a whole line
    /// repeated elsewhere (duplicate keys and rows).
    static func mutate(_ scalars: [Unicode.Scalar], _ generator: inout SeededGenerator) -> String {
        var text = scalars
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let index = text.isEmpty ? 0 : Int.random(in: 0..<text.count, using: &generator)
            let scalar = alphabet[Int.random(in: 0..<alphabet.count, using: &generator)]
            switch Int.random(in: 0..<4, using: &generator) {
            case 0 where !text.isEmpty: text.remove(at: index)
            case 1: text.insert(scalar, at: index)
            case 2 where !text.isEmpty: text[index] = scalar
            default:
                let start = text[..<index].lastIndex(of: "\n").map { $0 + 1 } ?? 0
                let end = text[index...].firstIndex(of: "\n").map { $0 + 1 } ?? text.count
                let target = Int.random(in: 0...text.count, using: &generator)
                text.insert(contentsOf: Array(text[start..<end]), at: text[..<target].lastIndex(of: "\n").map { $0 + 1 } ?? 0)
            }
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text)
        return String(result)
    }

    func testYamlFuzzTenThousandMutationsWithoutACrash() throws {
        var generator = SeededGenerator(seed: 12)
        var refusals = 0
        let texts = try Self.yamlFiles.map { (Array(try String(contentsOfFile: ExampleFolders.path($0.0), encoding: .utf8).unicodeScalars), $0.1, $0.0) }
        for iteration in 0..<10_000 {
            let (text, read, name) = texts[iteration % texts.count]
            do {
                try read(try YamlNode.parse(Self.mutate(text, &generator), file: name))
            } catch let error as InputError {
                refusals += 1
                XCTAssertEqual(error.location.file, name)
            }
        }
        XCTAssertGreaterThan(refusals, 1_000, "the mutations should break the files often")
    }

    func testCSVFuzzTenThousandMutationsWithoutACrash() throws {
        var generator = SeededGenerator(seed: 13)
        var refusals = 0
        let texts = try Self.csvFiles.map { (Array(try String(contentsOfFile: ExampleFolders.path($0.0), encoding: .utf8).unicodeScalars), $0.1, $0.0) }
        for iteration in 0..<10_000 {
            let (text, read, name) = texts[iteration % texts.count]
            do {
                try read(try CSVTable.parse(Self.mutate(text, &generator), file: name))
            } catch let error as InputError {
                refusals += 1
                XCTAssertEqual(error.location.file, name)
            }
        }
        XCTAssertGreaterThan(refusals, 1_000)
    }
}
