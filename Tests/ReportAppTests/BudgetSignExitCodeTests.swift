import Foundation
import XCTest

/// A budget figure written with the wrong sign is a finding in an input, whichever way the
/// budget file is laid out: by drift row (Kvarnsjö's `rad;belopp`) or per cost centre
/// (Nordvästra's `kostnadsställe;intäkter;kostnader`). Both exit 1 from render, print
/// file, line and field the same way, and write nothing.
final class BudgetSignExitCodeTests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    /// A copy of the example with one line of budget.csv replaced; render's result and the
    /// changed line's number in the file.
    private func render(_ example: String, replacing old: String, with new: String) throws -> (CommandLineRunner.Result, Int) {
        let folder = work + "/" + example
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/" + example, toPath: folder)
        let path = folder + "/budget.csv"
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let index = try XCTUnwrap(lines.firstIndex(of: old), old)
        lines[index] = new
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let output = work + "/ut"
        let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/" + example + ".pdf"), "nothing may be written")
        return (result, index + 1)
    }

    private func errors(_ result: CommandLineRunner.Result) -> [String] {
        result.standardError.split(separator: "\n").map(String.init).filter { $0.contains(": fel: ") }
            .map { $0.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ") }
    }

    func testAFlippedSignInABudgetByRowExitsOne() throws {
        let (result, line) = try render("kvarnsjo-2023", replacing: "nettokostnader;-14060000", with: "nettokostnader;14060000")
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(errors(result), ["budget.csv:\(line) (fält \"belopp\"): fel: Budgeten för raden \"nettokostnader\" är 14 060 000,00 kr, "
                                        + "men raden är en kostnad (kontona hör till kontoplanens kostnadsrader), och kostnader skrivs "
                                        + "med minustecken; skriv -14060000."], result.standardError)
    }

    func testACostWithoutItsMinusSignPerCostCentreExitsOne() throws {
        let (result, line) = try render("nordvastra-2024", replacing: "3003;0;-800000", with: "3003;0;800000")
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(errors(result).first, "budget.csv:\(line) (fält \"kostnader\"): fel: Budgeten för kostnadsstället \"3003\" har "
                       + "kostnader 800 000,00 kr, men kostnader skrivs med minustecken (som i bokföringen); skriv -800000.",
                       result.standardError)
    }

    func testARevenueWithAMinusSignPerCostCentreExitsOne() throws {
        let (result, line) = try render("nordvastra-2024", replacing: "1003;6000000;-80000", with: "1003;-6000000;-80000")
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(errors(result).first, "budget.csv:\(line) (fält \"intäkter\"): fel: Budgeten för kostnadsstället \"1003\" har "
                       + "intäkter −6 000 000,00 kr, men intäkter skrivs utan minustecken; skriv 6000000.", result.standardError)
    }
}
