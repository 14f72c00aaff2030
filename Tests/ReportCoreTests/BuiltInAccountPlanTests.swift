import Foundation
import XCTest
@testable import ReportCore

/// The account plans are data files in `layouts/kontoplaner/`, read as strictly as a
/// folder's mappning.yaml and found as the built-in statements are.
final class BuiltInAccountPlanTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testBothPlansShipAsFilesWithTheSameLineIds() throws {
        XCTAssertEqual(try BuiltInAccountPlans.names(), ["bas", "kommun-bas"])
        let lines = try ["bas", "kommun-bas"].map { Set(try BuiltInAccountPlans.mapping($0).allLines.map(\.id)) }
        XCTAssertEqual(lines[0], lines[1], "the built-in statements name the same lines on either plan")
        XCTAssertTrue(lines[0].isSuperset(of: ["medlemsbidrag", "avskrivningar", "eget_kapital", "kassa_och_bank"]))
    }

    /// Spot checks against the account plans themselves (docs/rapportmapp.md): Kommun-Bas
    /// books members' contributions on 38xx and depreciation on 68xx, BAS on 30xx and 78xx.
    func testEachPlanPutsTheAccountsWhereThePlanHasThem() throws {
        let municipal = try BuiltInAccountPlans.mapping("kommun-bas"), bas = try BuiltInAccountPlans.mapping("bas")
        XCTAssertEqual(municipal.lines(for: "3811").map(\.id), ["medlemsbidrag"])
        XCTAssertEqual(municipal.lines(for: "6830").map(\.id), ["avskrivningar"])
        XCTAssertEqual(bas.lines(for: "3011").map(\.id), ["medlemsbidrag"])
        XCTAssertEqual(bas.lines(for: "7832").map(\.id), ["avskrivningar"])
        XCTAssertEqual(bas.lines(for: "1930").map(\.id), ["kassa_och_bank"])
        XCTAssertEqual(municipal.projectCentres, [AccountRange("4000-4999")!])
        let location = try XCTUnwrap(bas.lines(for: "3011").first?.location)
        XCTAssertEqual(location.file, "layouts/kontoplaner/bas.yaml")
        let text = try String(contentsOf: Self.repository.appendingPathComponent("layouts/kontoplaner/bas.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(location.line)
        XCTAssertTrue(text.components(separatedBy: "\n")[line - 1].contains("id: medlemsbidrag"), "line \(line)")
    }

    /// A plan file with a mistake is refused like a folder's file: the file under layouts/,
    /// the line and the field; an unknown plan names the ones there are.
    func testABrokenPlanIsRefusedWithFileAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kontoplaner-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try String(contentsOf: Self.repository.appendingPathComponent("layouts/kontoplaner/bas.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "art: kostnad, konton: [5000-5199]", with: "art: kostand, konton: [5000-5199]")
        XCTAssertNotEqual(broken, original)
        try broken.write(to: directory.appendingPathComponent("bas.yaml"), atomically: true, encoding: .utf8)
        let brokenLine = broken.components(separatedBy: "\n").firstIndex { $0.contains("kostand") }! + 1
        XCTAssertThrowsError(try BuiltInAccountPlans.mapping("bas", in: directory.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "layouts/kontoplaner/bas.yaml")
            XCTAssertEqual(error?.location.line, brokenLine)
            XCTAssertTrue(error?.message.contains("Okänd art \"kostand\"") == true, error?.message ?? "")
        }
        try (original + "utanför_rapporten: []\n").write(to: directory.appendingPathComponent("bas.yaml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try BuiltInAccountPlans.mapping("bas", in: directory.path)) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("utanför_rapporten") == true, "\(error)")
        }
        XCTAssertThrowsError(try BuiltInAccountPlans.mapping("k-bas", in: directory.path)) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("Okänd kontoplan \"k-bas\"") == true, "\(error)")
        }
    }

    func testAFolderNamingAnUnknownPlanIsRefusedAtItsLine() throws {
        let folder = try ExampleFolders.copy("kvarnsjo-2023")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "kontoplan: bas", with: "kontoplan: bas-2024") }
        let text = try String(contentsOf: folder.appendingPathComponent("rapport.yaml"), encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("kontoplan:") }! + 1
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "rapport.yaml")
            XCTAssertEqual(error?.location.line, line)
            XCTAssertTrue(error?.message.contains("ska vara bas eller kommun-bas") == true, error?.message ?? "")
        }
    }
}
