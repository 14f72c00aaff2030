import XCTest
@testable import ReportCore

/// The board's checks against itself and medlemmar.yaml, the budget's rows, and csv files
/// as Excel writes them, each with its own message.
final class BoardAndCSVChecksTests: XCTestCase {
    private func findings(_ file: String, _ change: (String) -> String) throws -> [Finding] {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, file, change)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
    }

    func testExampleBoardPasses() throws {
        let codes = AnnualReportBuilder.compute(try ExampleFolders.load("sjuharad-2024")).findings.map(\.code)
        XCTAssertFalse(codes.contains { $0.hasPrefix("styrelse") }, "\(codes)")
    }

    func testOrganisationOutsideTheMembersIsAnErrorWithASuggestion() throws {
        let found = try findings("styrelse.yaml") { $0.replacingOccurrences(of: "organisation: Borås Stad, plats: Borås 1", with: "organisation: Borås stad, plats: Borås 1") }
        let finding = try XCTUnwrap(found.first { $0.code == "styrelse-organisation" })
        XCTAssertTrue(finding.message.contains("Menade du \"Borås Stad\"?"), finding.message)
    }

    func testPersonWithTwoSeatsOnOneDayIsAnError() throws {
        let found = try findings("styrelse.yaml") {
            $0.replacingOccurrences(of: "{ namn: Jonas Ryhr, organisation: Arbetsförmedlingen, plats: Arbetsförmedlingen 2 }",
                                    with: "{ namn: Ann-Charlotte Angren, organisation: Arbetsförmedlingen, plats: Arbetsförmedlingen 2 }")
        }
        XCTAssertTrue(found.contains { $0.code == "styrelse-tva-platser" && $0.message.hasPrefix("Ann-Charlotte Angren har två platser") })
    }

    func testTwoChairsAtOnceIsAnError() throws {
        let found = try findings("styrelse.yaml") {
            $0.replacingOccurrences(of: "{ namn: Kjell Persson, parti: M, organisation: Svenljunga kommun, plats: Svenljunga 1 }",
                                    with: "{ namn: Kjell Persson, parti: M, organisation: Svenljunga kommun, plats: Svenljunga 1, roll: ordförande }")
        }
        XCTAssertTrue(found.contains { $0.code == "styrelse-tva-ordforande" }, "\(found.map(\.code))")
    }

    func testNobodyOnTheDecisionDateAndChairGoneAreErrors() throws {
        let place = SourceLocation(file: "styrelse.yaml", line: 3)
        let gone = BoardMemberInput(name: "Anna", party: nil, organisation: "Staten", seat: "1", from: nil,
                                    to: CalendarDate("2024-12-31"), role: nil, location: place)
        let board = BoardInput(members: [gone], chair: "Anna", adjuster: "Anna", location: SourceLocation(file: "styrelse.yaml"))
        let member = MemberRecord(name: "Staten", kind: .state, address: AddressInput(lines: [], location: place), location: place)
        let found = BoardChecks.run(board, members: [member], year: 2024, decisionDate: try XCTUnwrap(CalendarDate("2025-02-03")))
        XCTAssertTrue(found.contains { $0.code == "styrelse-ingen-beslutsdag" }, "\(found.map(\.code))")
        XCTAssertTrue(found.contains { $0.code == "styrelse-undertecknare" && $0.message.hasPrefix("Ordföranden Anna sitter inte") })
    }

    func testBudgetRowTwiceAndCostWithoutMinusAreRefusedWithTheRow() throws {
        // A wrong sign reads, and is an error finding at its cell (exit 1, like a budget by row).
        let text = "kostnadsställe;intäkter;kostnader\n3001;0;-100\n3002;0;100\n"
        let signs = BudgetSignChecks.centres(try BudgetReader.read(try CSVTable.parse(text, file: "budget.csv")))
        XCTAssertEqual(signs.map(\.severity), [.error])
        XCTAssertEqual(signs.first?.location, SourceLocation(file: "budget.csv", line: 3, field: "kostnader"))
        let twice = "kostnadsställe;intäkter;kostnader\n3001;0;-100\n3001;0;-100\n"
        XCTAssertThrowsError(try BudgetReader.read(try CSVTable.parse(twice, file: "budget.csv"))) { error in
            XCTAssertEqual((error as? InputError)?.message, "Kostnadsstället 3001 står redan på rad 2; slå ihop raderna till en.")
        }
    }

    func testUniqueAboveTotalIsRefused() throws {
        let text = "till_och_med;kommun;förväntad_årsvolym;totalt_perioden;varav_unika;inflöde;utflöde\n2017-04;Mark;10;5;6;1;1\n"
        XCTAssertThrowsError(try ParticipantTablesReader.readFlows(try CSVTable.parse(text, file: "f.csv"))) { error in
            XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "f.csv", line: 2, field: "varav_unika"))
        }
    }

    func testCSVAsExcelWritesIt() throws {
        let table = try CSVTable.parse("\u{FEFF}kommun,kön,antal\r\n\"Borås, stad\",kvinnor,\"1\"\r\n\"Sägs \"\"så\"\"\",män,2\r\n", file: "d.csv")
        XCTAssertEqual(table.rows.map(\.values), [["Borås, stad", "kvinnor", "1"], ["Sägs \"så\"", "män", "2"]])
        XCTAssertThrowsError(try CSVTable.parse("kommun\tkön\tantal\n", file: "d.csv")) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("tabbtecken") == true)
        }
    }

    func testEachUnreadableFileHasItsOwnMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = folder.appendingPathComponent("latin1.csv")
        try Data([0x6B, 0xF6, 0x6E, 0x3B, 0x61, 0x0A, 0x6D, 0xE4, 0x6E, 0x3B, 0x31, 0x0A]).write(to: latin1)
        XCTAssertEqual(try CSVTable.load(path: latin1.path, displayName: "latin1.csv").header, ["kön", "a"])
        XCTAssertThrowsError(try InputFile.text(path: latin1.path, displayName: "x.yaml")) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("Latin-1") == true)
        }
        let binary = folder.appendingPathComponent("ark.csv")
        try Data([0x50, 0x4B, 0x03, 0x04, 0, 0]).write(to: binary)
        var messages: Set<String> = []
        for (path, name) in [(folder.path, "mapp"), (binary.path, "ark.csv"), (folder.appendingPathComponent("nej.csv").path, "nej.csv")] {
            XCTAssertThrowsError(try CSVTable.load(path: path, displayName: name)) { messages.insert(($0 as? InputError)?.message ?? "") }
        }
        XCTAssertEqual(messages.count, 3, "\(messages)")
        XCTAssertTrue(messages.contains("Är en mapp, inte en fil."))
    }
}
