import XCTest
@testable import ReportCore

/// Broken inputs are refused or reported with file, line and field.
final class TertialInputErrorTests: XCTestCase {
    private var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("tertial-\(UUID().uuidString)")
        try FileManager.default.copyItem(atPath: TertialExampleTests.folder, toPath: temporary.path)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    private func edit(_ file: String, _ change: (String) -> String) throws {
        let url = temporary.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    func testRowWithTooFewCellsIsRefusedWithFileLineAndField() throws {
        // The seed's Aktiv hälsa table: seven values under eight headings.
        try edit("deltagare/aktiv-halsa.csv") { $0.replacingOccurrences(of: "2017-04;Mark;22;9;60", with: "2017-04;Mark;22;9") }
        XCTAssertThrowsError(try TertialFolder.load(path: temporary.path)) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.location.file, "deltagare/aktiv-halsa.csv")
            XCTAssertEqual(error.location.line, 12)
            XCTAssertEqual(error.location.field, "budgeterat_årsvis")
            XCTAssertTrue(error.message.contains("4 celler"), error.message)
        }
    }

    func testCSVTableCountsCellsAgainstHeader() {
        XCTAssertThrowsError(try CSVTable.parse("# kommentar\na;b;c\n1;2;3\n1;2;3;4\n", file: "x.csv")) { error in
            XCTAssertEqual((error as? InputError)?.location, SourceLocation(file: "x.csv", line: 4, field: nil))
        }
    }

    func testBadPostcodeIsFindingWithFileAndLine() throws {
        try edit("medlemmar.yaml") { $0.replacingOccurrences(of: "501 80 BORÅS", with: "50180 Borås") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "adress-ogiltig" })
        XCTAssertEqual(finding.location?.file, "medlemmar.yaml")
        XCTAssertEqual(finding.location?.line, 71)
        XCTAssertTrue(finding.message.contains("Borås Stad") && finding.message.contains("50180 Borås"), finding.message)
    }

    func testMonthlyTotalDisagreeingWithWomenPlusMenIsError() throws {
        try edit("deltagare/manadsvis.csv") { $0.replacingOccurrences(of: "2017-02;totalt;57;28", with: "2017-02;totalt;58;28") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "tertial-manad-totalt" })
        XCTAssertEqual(finding.location, SourceLocation(file: "deltagare/manadsvis.csv", line: 9))
        XCTAssertTrue(finding.message.contains("58") && finding.message.contains("57"), finding.message)
    }

    func testUnmappedAccountIsError() throws {
        try edit("mappning.yaml") { $0.replacingOccurrences(of: "konton: [8500-8999]", with: "konton: [8600-8999]") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "tertial-konto-omappat" })
        XCTAssertTrue(finding.message.contains("8591") && finding.message.contains("1\u{202F}570,00"), finding.message)
    }

    // MARK: what medlemmar.yaml and rapport.yaml name for the letters' figures

    func testContributionAccountNotInTheBooksIsErrorWithItsLine() throws {
        try edit("medlemmar.yaml") { $0.replacingOccurrences(of: "bidragskonto: 3822", with: "bidragskonto: 3899") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "medlem-bidragskonto-okant" })
        XCTAssertEqual(finding.location?.file, "medlemmar.yaml")
        XCTAssertEqual(finding.location?.line, 65)
        XCTAssertTrue(finding.message.contains("3899") && finding.message.contains("Borås Stad"), finding.message)
    }

    func testContributionAccountOfTwoMembersIsError() throws {
        try edit("medlemmar.yaml") { $0.replacingOccurrences(of: "bidragskonto: 3812", with: "bidragskonto: 3811") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "medlem-bidragskonto-delat" })
        XCTAssertEqual(finding.location?.line, 35)
        XCTAssertTrue(finding.message.contains("Försäkringskassan") && finding.message.contains("Arbetsförmedlingen"), finding.message)
    }

    func testOwnCostCentreNotInTheBooksIsErrorWithItsLine() throws {
        try edit("medlemmar.yaml") { $0.replacingOccurrences(of: "kostnadsställen: [3001, 3002, 3006]", with: "kostnadsställen: [3001, 3003]") }
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        let finding = try XCTUnwrap(findings.first { $0.code == "medlem-kostnadsstalle-okant" })
        XCTAssertEqual(finding.location?.line, 66)
        XCTAssertTrue(finding.message.contains("3003") && finding.message.contains("Borås Stad"), finding.message)
    }

    func testForecastMethodIsRequiredAndChecked() throws {
        try edit("rapport.yaml") { $0.replacingOccurrences(of: "prognos: budgetprofil", with: "prognos: gissning") }
        XCTAssertThrowsError(try TertialFolder.load(path: temporary.path)) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "rapport.yaml")
            XCTAssertEqual(error?.location.line, 37)
            XCTAssertTrue(error?.message.contains("budgetprofil") == true && error?.message.contains("gissning") == true, "\(String(describing: error))")
        }
        try edit("rapport.yaml") { $0.replacingOccurrences(of: "prognos: gissning", with: "") }
        XCTAssertThrowsError(try TertialFolder.load(path: temporary.path)) { error in
            XCTAssertEqual((error as? InputError)?.location.field, "prognos", "\(error)")
        }
    }

    func testLinearForecastScalesThePeriodToTwelveMonths() throws {
        try edit("rapport.yaml") { $0.replacingOccurrences(of: "prognos: budgetprofil", with: "prognos: linjär") }
        let model = try XCTUnwrap(TertialReportBuilder.build(try TertialFolder.load(path: temporary.path)).model)
        // Seed 002: −1 301 239,31 kr for four months; × 12 / 4 = −3 903 717,93 kr.
        XCTAssertEqual(model.forecast?.forecast, Money(ore: -390_371_793))
        XCTAssertEqual(model.forecast?.method, .linear)
    }

    func testBudgetProfileWithoutABudgetOfTheResultIsError() throws {
        let books = temporary.appendingPathComponent("bokforing.se")
        let lines = try String(contentsOf: books, encoding: .isoLatin1).components(separatedBy: "\r\n")
        try lines.filter { !($0.hasPrefix("#PBUDGET") && $0.contains("{}")) }.joined(separator: "\r\n")
            .write(to: books, atomically: true, encoding: .isoLatin1)
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: temporary.path))
        XCTAssertNil(model)
        XCTAssertTrue(findings.contains { $0.code == "tertial-prognos-budget" }, "\(findings)")
    }

    func testLetterKeysAreRefusedInTheAnnualReportsMembers() throws {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "medlemmar.yaml") { $0.replacingOccurrences(of: "folkmängd: 9668", with: "folkmängd: 9668\n    kostnadsställen: [3001]") }
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            XCTAssertTrue((error as? InputError)?.message.contains("kostnadsställen") == true, "\(error)")
        }
    }
}
