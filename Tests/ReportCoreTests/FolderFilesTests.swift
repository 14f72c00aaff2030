import XCTest
@testable import ReportCore

/// Every file named under `filer:` must exist; an optional file left out is information.
final class FolderFilesTests: XCTestCase {
    func testNamedFileThatIsAbsentIsRefusedAtItsLine() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("budget.csv"))
        let settings = try String(contentsOf: folder.appendingPathComponent("rapport.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  budget: budget.csv" }) + 1
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location, SourceLocation(file: "rapport.yaml", line: line, field: "filer.budget"))
            XCTAssertEqual(error?.message, "Filen \"budget.csv\" som rapport.yaml anger under filer finns inte i rapportmappen.")
        }
    }

    /// A folder where rapport.yaml names a file is refused at the line that names it: that
    /// line, or the folder, is what the office has to change.
    func testAFolderInTheNamedFilesPlaceIsRefusedAtTheLineNamingIt() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        let budget = folder.appendingPathComponent("budget.csv")
        try FileManager.default.removeItem(at: budget)
        try FileManager.default.createDirectory(at: budget, withIntermediateDirectories: false)
        let settings = try String(contentsOf: folder.appendingPathComponent("rapport.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  budget: budget.csv" }) + 1
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location, SourceLocation(file: "rapport.yaml", line: line, field: "filer.budget"))
            XCTAssertEqual(error?.message, "\"budget.csv\" som rapport.yaml anger här är en mapp i rapportmappen, inte en fil; lägg dit "
                           + "filen i stället för mappen, eller ange en annan fil.")
        }
    }

    func testAFolderInTheTertialBooksPlaceIsRefusedAtTheLineNamingIt() throws {
        let folder = try ExampleFolders.copy("sjuharad-2017-t1")
        defer { try? FileManager.default.removeItem(at: folder) }
        let books = folder.appendingPathComponent("bokforing.se")
        try FileManager.default.removeItem(at: books)
        try FileManager.default.createDirectory(at: books, withIntermediateDirectories: false)
        let settings = try String(contentsOf: folder.appendingPathComponent("rapport.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(settings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("bokföring: ") }) + 1
        XCTAssertThrowsError(try TertialFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location, SourceLocation(file: "rapport.yaml", line: line, field: "bokföring"))
            XCTAssertTrue(error?.message.hasPrefix("\"bokforing.se\" som rapport.yaml anger här är en mapp") == true, error?.message ?? "")
        }
    }

    func testOptionalFileLeftOutIsInformationAndNotPrinted() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("budget.csv"))
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "  budget: budget.csv\n", with: "") }
        let inputs = try ReportFolder.load(path: folder.path)
        let model = AnnualReportBuilder.build(inputs).model
        XCTAssertEqual(inputs.inputFindings.map(\.location?.field), ["filer.mappning", "filer.historik", "filer.budget"])
        XCTAssertEqual(Set(inputs.inputFindings.map(\.severity)), [.information])
        XCTAssertEqual(inputs.inputFindings.last?.message,
                       "budget.csv finns inte i rapportmappen, och det är tillåtet: driftredovisningen får budget bara från bokföringens #PBUDGET.")
        XCTAssertEqual(model?.operating?.budgetSource, "")
        XCTAssertNil(inputs.budget)
    }

    func testRequiredFileAbsentIsRefusedNamingTheKey() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "  styrelse: styrelse.yaml\n", with: "") }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("styrelse.yaml"))
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "styrelse.yaml")
            XCTAssertTrue(error?.message.contains("filer.styrelse") == true, error?.message ?? "")
        }
    }

    func testFileNameOutsideTheFolderIsRefused() throws {
        XCTAssertThrowsError(try FolderFiles(YamlNode.parse("budget: ../../etc/passwd\n", file: "rapport.yaml"),
                                             folder: URL(fileURLWithPath: "/tmp"))) { error in
            XCTAssertEqual((error as? InputError)?.location.field, "budget")
        }
    }
}
