import XCTest
@testable import ReportCore

/// The sign rule of a budget by drift row (`rad;belopp`) on the BAS example: its revenue
/// rows are written without sign, its cost row with a minus and its opening equity without
/// sign, each derived from the account plan's lines of the row's accounts; a flipped sign
/// stops the report at the file, line and field, naming the row.
final class OperatingBudgetSignTests: XCTestCase {
    func findings(_ edits: [(String, (String) -> String)]) throws -> [Finding] {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (file, transform) in edits { try ExampleFolders.edit(folder, file, transform) }
        return AnnualReportBuilder.build(try ReportFolder.load(path: folder.path)).findings
    }

    func signFindings(_ edits: [(String, (String) -> String)]) throws -> [Finding] {
        try findings(edits).filter { $0.code == "budget-tecken" }
    }

    /// The budget file's line of a row, counted in the file itself.
    func budgetLine(_ id: String) throws -> Int {
        let lines = try String(contentsOfFile: ExampleFolders.path("kvarnsjo-2023/budget.csv"), encoding: .utf8).components(separatedBy: "\n")
        return try XCTUnwrap(lines.firstIndex { $0.hasPrefix(id + ";") }) + 1
    }

    func flipping(_ id: String) -> (String, (String) -> String) {
        ("budget.csv", { text in
            text.components(separatedBy: "\n").map { line in
                guard line.hasPrefix(id + ";") else { return line }
                let amount = line.dropFirst(id.count + 1)
                return id + ";" + (amount.hasPrefix("-") ? String(amount.dropFirst()) : "-" + amount)
            }.joined(separator: "\n")
        })
    }

    func testTheExampleBudgetHasTheRightSigns() throws {
        XCTAssertEqual(try signFindings([]), [])
    }

    func testEveryFlippedSignIsRefusedAtItsLineNamingTheRow() throws {
        let expected: [(String, String)] = [
            ("medlemsbidrag", "intäkter skrivs utan minustecken; skriv 12000000."),
            ("esf_bidrag", "intäkter skrivs utan minustecken; skriv 1700000."),
            ("ovriga_intakter", "intäkter skrivs utan minustecken; skriv 80000."),
            ("nettokostnader", "kostnader skrivs med minustecken; skriv -14060000."),
            ("ingaende_eget_kapital", "som skrivs utan minustecken; skriv 2800000."),
        ]
        for (id, wording) in expected {
            let found = try findings([flipping(id)]).filter { $0.severity == .error }
            XCTAssertEqual(found.map(\.code), ["budget-tecken"], id)
            let finding = try XCTUnwrap(found.first)
            XCTAssertEqual(finding.location, SourceLocation(file: "budget.csv", line: try budgetLine(id), field: "belopp"), id)
            XCTAssertTrue(finding.message.hasPrefix("Budgeten för raden \"\(id)\" är "), finding.message)
            XCTAssertTrue(finding.message.contains(wording), finding.message)
        }
    }

    func testANegativeEquityIsAcceptedWhenTheRowSaysEitherSign() throws {
        let either = ("rakningar.yaml", { (text: String) in
            text.replacingOccurrences(of: "konton: [2000-2099], belopp: ib }", with: "konton: [2000-2099], belopp: ib, budgettecken: båda }")
        })
        XCTAssertEqual(try signFindings([either, flipping("ingaende_eget_kapital")]), [])
    }

    func testAStatedSignWinsOverTheAccounts() throws {
        let minus = ("rakningar.yaml", { (text: String) in
            text.replacingOccurrences(of: "konton: [3980-3989] }", with: "konton: [3980-3989], budgettecken: minus }")
        })
        let found = try signFindings([minus])
        XCTAssertEqual(found.map(\.location?.line), [try budgetLine("esf_bidrag")])
        XCTAssertTrue(found.first?.message.contains("men raden har budgettecken: minus i driftredovisningen; skriv -1700000.") == true,
                      found.first?.message ?? "")
    }

    /// A row of revenue and cost accounts is a net, which may be either sign: no rule.
    func testARowOfRevenueAndCostAccountsHasNoSignRule() throws {
        let net = ("rakningar.yaml", { (text: String) in
            text.replacingOccurrences(of: "konton: [3100-3979, 3990-3999, 8000-8399] }", with: "konton: [3100-3979, 8000-8399] }")
                .replacingOccurrences(of: "konton: [4000-7999, 8400-8999] }", with: "konton: [3990-3999, 4000-7999, 8400-8999] }")
        })
        XCTAssertEqual(try signFindings([net, flipping("nettokostnader")]), [])
        XCTAssertEqual(try signFindings([net, flipping("ovriga_intakter")]).map(\.location?.line), [try budgetLine("ovriga_intakter")])
    }

    func testARowNamingItsBudgetLinesChecksEachLine() throws {
        let split = [
            ("rakningar.yaml", { (text: String) in
                text.replacingOccurrences(of: "konton: [4000-7999, 8400-8999] }", with: "konton: [4000-7999, 8400-8999], budget: [personal, ovrigt] }")
            }),
            ("budget.csv", { (text: String) in
                text.replacingOccurrences(of: "nettokostnader;-14060000", with: "personal;-4000000\novrigt;10060000")
            }),
        ]
        let found = try signFindings(split)
        XCTAssertEqual(found.map(\.location?.line), [try budgetLine("nettokostnader") + 1])
        let message = (found.first?.message ?? "").replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        XCTAssertTrue(message.hasPrefix("Budgeten för raden \"ovrigt\" (till raden \"nettokostnader\") är 10 060 000,00 kr"), message)
    }

    func testASumRowInTheBudgetFileIsRefusedSayingItIsComputed() throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "budget.csv") { $0 + "resultat;-280000\n" }
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.location, SourceLocation(file: "budget.csv", line: 9, field: "rad"))
            XCTAssertTrue(error.message.hasPrefix("Raden \"resultat\" är en delsumma i driftredovisningen och får sin budget av raderna den summerar"),
                          error.message)
        }
    }

    func testASignOnASumRowAndAnUnknownSignAreRefused() throws {
        for (row, written, wording) in [
            ("art: delsumma, text: Resultat,", "art: delsumma, budgettecken: minus, text: Resultat,", "Bara rader av art konton eller varav"),
            ("text: ESF-bidrag,", "text: ESF-bidrag, budgettecken: negativ,", "ska vara plus, minus eller båda"),
        ] {
            let folder = try ExampleFolders.copy("kvarnsjo-2023")
            defer { try? FileManager.default.removeItem(at: folder) }
            try ExampleFolders.edit(folder, "rakningar.yaml") { $0.replacingOccurrences(of: row, with: written) }
            XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
                guard let error = error as? InputError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.location.file, "rakningar.yaml")
                XCTAssertTrue(error.message.contains(wording), error.message)
            }
        }
    }
}
