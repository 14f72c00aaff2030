import Foundation
import XCTest

/// What `init` proposes in mappning.yaml for the accounts of ForeignSIEExport that BAS's
/// default mapping cannot place, and where their amounts end up in the rendered report.
extension InitFolderTests {
    static let exclusionReason = "Interna fördelningskonton; beloppen tar ut varandra."

    /// The proposal names exactly the fixture's unplaced accounts, each where the fixture
    /// says it belongs, and "Att göra" holds one reason per account left out, at its line.
    func assertMappingProposal(_ folder: String, output: String, items: [InitWalkthrough.Item],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let proposed = output.components(separatedBy: "\n").filter { $0.contains("mappning.yaml: konto ") }
        let named = Set(proposed.compactMap { $0.components(separatedBy: "mappning.yaml: konto ").last?.split(separator: " ").first.map(String.init) })
        XCTAssertEqual(named, Set(ForeignSIEExport.unplacedByDefault.keys), output, file: file, line: line)
        for (account, target) in ForeignSIEExport.unplacedByDefault {
            let expected = target.map { "föreslås till raden \"\($0)\"" } ?? "föreslås till utanför rapporten"
            XCTAssertTrue(proposed.contains { $0.contains("konto \(account) ") && $0.contains(expected) }, "\(account): \(proposed)", file: file, line: line)
        }

        let report = try String(contentsOfFile: folder + "/rapport.yaml", encoding: .utf8)
        XCTAssertTrue(report.contains("mappning: mappning.yaml"), report, file: file, line: line)
        let mapping = try String(contentsOfFile: folder + "/mappning.yaml", encoding: .utf8)
        let lines = mapping.components(separatedBy: "\n")
        // Every account the file names, in `konton: [...]` lists, beyond the default's ranges.
        let listed = lines.flatMap { text -> [String] in
            guard let range = text.range(of: "konton: [") else { return [] }
            return text[range.upperBound...].prefix { $0 != "]" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }.filter { !$0.contains("-") }
        XCTAssertEqual(Set(listed), Set(ForeignSIEExport.unplacedByDefault.keys), mapping, file: file, line: line)
        XCTAssertTrue(mapping.contains("id: verksamhetsanknutna, text: Köpta insatser och tjänster, art: kostnad, konton: [40101, 4000-4999]"),
                      mapping, file: file, line: line)

        let todo = items.filter { $0.file == "mappning.yaml" }
        let excluded = ForeignSIEExport.unplacedByDefault.filter { $0.value == nil }.keys.sorted()
        XCTAssertEqual(todo.map(\.key), excluded.indices.map { "utanför_rapporten[\($0 + 1)].skäl" }, "\(todo)", file: file, line: line)
        for (item, account) in zip(todo, excluded) {
            XCTAssertTrue(lines[item.line - 1].contains("skäl: FYLL I"), lines[item.line - 1], file: file, line: line)
            XCTAssertEqual(lines[item.line - 2].trimmingCharacters(in: .whitespaces), "- konton: [\(account)]", file: file, line: line)
        }
    }

    /// After check and render: the sub-account's amount is in its line's figure, and the
    /// accounts left out are named by check with the office's reason and counted nowhere.
    func assertProposedAccountsPlaced(_ folder: String, text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let checked = try CommandLineRunner.finsamReport(["check", folder])
        for account in ForeignSIEExport.unplacedByDefault.filter({ $0.value == nil }).keys {
            XCTAssertTrue(checked.standardError.contains("Konto \(account) ") && checked.standardError.contains(Self.exclusionReason),
                          checked.standardError, file: file, line: line)
        }
        // "Köpta insatser och tjänster" is 4000-4999 and 40101, summed from the vouchers.
        let movements = ForeignSIEExport.movements
        let bought = movements.filter { $0.key.hasPrefix("4") }.map(\.value).reduce(0, +)
        XCTAssertEqual(bought, 12 * 21_000_000 + ForeignSIEExport.subAccountOre, file: file, line: line)
        let lines = text.components(separatedBy: "\n")
        let row = lines.filter { $0.contains("Köpta insatser och tjänster") && $0.contains(",00") }
        XCTAssertEqual(row.count, 1, "\(row)", file: file, line: line)
        XCTAssertTrue(row.first?.contains("−" + Self.kronor(bought)) == true, "\(row) lacks \(Self.kronor(bought))", file: file, line: line)
        // The note on the line lists the sub-account with its name and amount.
        XCTAssertTrue(lines.contains { $0.contains("40101") && $0.contains("Köpta insatser Ung framtid") && $0.contains("−" + Self.kronor(ForeignSIEExport.subAccountOre)) },
                      text, file: file, line: line)
        XCTAssertFalse(text.contains(Self.kronor(ForeignSIEExport.allocationOre)), "the allocation's amount is printed", file: file, line: line)
        // Nor does the allocation reach the operating statement: cost centre 20 carries 4010's
        // twelve 210 000 kr only, 2 520 tkr (with 9110's 50 000 kr it would be 2 570).
        let centre = lines.filter { $0.contains("Insats Vägen vidare") && $0.contains("−2 5") }
        XCTAssertTrue(centre.contains { $0.contains("−2 520 ") }, "\(centre)", file: file, line: line)
    }

    /// `1 234 567,89` as the report prints kronor (without sign).
    static func kronor(_ ore: Int64) -> String {
        let whole = String(ore.magnitude / 100)
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.append(" ") }
            grouped.append(digit)
        }
        return String(grouped.reversed()) + "," + String(format: "%02d", Int(ore.magnitude % 100))
    }
}
