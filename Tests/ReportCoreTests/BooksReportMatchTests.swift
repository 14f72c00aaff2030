import XCTest
@testable import ReportCore

/// The books matched to the report: year, fiscal year, organisation number, name,
/// vouchers inside the year; closing entries; lenient records the report does not need.
final class BooksReportMatchTests: XCTestCase {
    private func load(_ example: String, _ change: (String) -> String) throws -> ReportInputs {
        let folder = try ExampleFolders.copy(example)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "bokforing.se", change)
        return try ReportFolder.load(path: folder.path)
    }

    private func findings(_ example: String, _ change: (String) -> String) throws -> [Finding] {
        try load(example, change).booksFindings
    }

    private func line(of needle: String, in example: String) throws -> Int {
        let text = ExampleFolders.cp437Decode(try Data(contentsOf: URL(fileURLWithPath: ExampleFolders.path(example) + "/bokforing.se")))
        return try XCTUnwrap(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).firstIndex { $0.hasPrefix(needle) }) + 1
    }

    func testExamplesMatchTheirReports() throws {
        for example in ["sjuharad-2024", "nordvastra-2024"] {
            let codes = try ExampleFolders.load(example).booksFindings.map(\.code)
            XCTAssertTrue(codes.allSatisfy { !$0.hasPrefix("rar") && !$0.hasPrefix("orgnr") && !$0.hasPrefix("fnamn") }, "\(example): \(codes)")
        }
    }

    func testBrokenFiscalYearIsRefusedWithItsOwnMessage() throws {
        let found = try findings("sjuharad-2024") {
            $0.replacingOccurrences(of: "#RAR 0 20240101 20241231", with: "#RAR 0 20240701 20250630")
        }
        let finding = try XCTUnwrap(found.first { $0.code == "rar-brutet" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location, SourceLocation(file: "bokforing.se", line: try line(of: "#RAR 0", in: "sjuharad-2024"), field: "start"))
        XCTAssertTrue(finding.message.contains("2024-07-01–2025-06-30") && finding.message.contains("kalenderåret"), finding.message)
    }

    func testOtherYearIsRefused() throws {
        let found = try findings("sjuharad-2024") {
            $0.replacingOccurrences(of: "#RAR 0 20240101 20241231", with: "#RAR 0 20230101 20231231")
        }
        let finding = try XCTUnwrap(found.first { $0.code == "rar-ar" })
        XCTAssertTrue(finding.message.hasPrefix("Bokföringen gäller räkenskapsåret 2023") && finding.message.contains("2024"), finding.message)
    }

    func testMissingFiscalYearIsRefused() throws {
        let found = try findings("sjuharad-2024") { $0.replacingOccurrences(of: "#RAR 0 20240101 20241231\r\n", with: "")
            .replacingOccurrences(of: "#RAR 0 20240101 20241231\n", with: "") }
        XCTAssertEqual(found.first { $0.code == "rar-saknas" }?.location, SourceLocation(file: "bokforing.se"))
    }

    func testVoucherOutsideTheYearIsRefusedWithItsLine() throws {
        let found = try findings("sjuharad-2024") { $0.replacingOccurrences(of: "#VER A 279 20241231", with: "#VER A 279 20250102") }
        let finding = try XCTUnwrap(found.first { $0.code == "verifikation-utanfor-aret" })
        XCTAssertEqual(finding.location?.line, try line(of: "#VER A 279", in: "sjuharad-2024"))
        XCTAssertEqual(finding.message, "Verifikation A 279 är daterad 2025-01-02, utanför räkenskapsåret 2024-01-01–2024-12-31.")
    }

    func testOrganisationNumberOfAnotherAssociationIsRefused() throws {
        let other = "212000-0142"
        XCTAssertTrue(OrganisationNumber.hasValidCheckDigit("2120000142"))
        let found = try findings("sjuharad-2024") { $0.replacingOccurrences(of: "#ORGNR 222000-1891", with: "#ORGNR \(other)") }
        let finding = try XCTUnwrap(found.first { $0.code == "orgnr-annat" })
        XCTAssertEqual(finding.location?.line, try line(of: "#ORGNR", in: "sjuharad-2024"))
        XCTAssertTrue(finding.message.contains("212000-0142") && finding.message.contains("222000-1891"), finding.message)
    }

    func testOrganisationNumberWithWrongCheckDigitIsRefused() throws {
        let found = try findings("sjuharad-2024") { $0.replacingOccurrences(of: "#ORGNR 222000-1891", with: "#ORGNR 222000-1892") }
        XCTAssertEqual(found.first { $0.code == "orgnr-ogiltigt" }?.severity, .error)
        XCTAssertFalse(OrganisationNumber.hasValidCheckDigit("2220001892"))
        XCTAssertTrue(OrganisationNumber.hasValidCheckDigit("2220001891"))
        XCTAssertTrue(OrganisationNumber.hasValidCheckDigit("5560360793"))
    }

    func testOtherNameIsAWarning() throws {
        let found = try findings("sjuharad-2024") {
            $0.replacingOccurrences(of: "#FNAMN \"Sjuhärads samordningsförbund\"", with: "#FNAMN \"Samordningsförbundet Sjuhärad\"")
        }
        XCTAssertEqual(found.first { $0.code == "fnamn-annat" }?.severity, .warning)
    }

    func testMalformedRecordsTheReportDoesNotNeedAreWarningsWithTheirLine() throws {
        let text = """
            #FLAGGA 0
            #SIETYP 4
            #ADRESS
            #RAR 0 20240101 20241231
            #KONTO 1930 "Bank\u{FFFD}konto"
            #PBUDGET 0 {1 "3001"} 202401 5010 -100.00
            #IB 0 1930 100.00
            #UB 0 1930 100.00

            """
        let document = try SIEReader.parse(bytes: Array(text.utf8), fileName: "b.se")
        XCTAssertEqual(document.books.accounts["1930"]?.name, "Bankkonto")
        let warnings = document.findings.filter { $0.severity == .warning && $0.code != "teckenkodning" }
        XCTAssertEqual(warnings.map(\.location?.line), [5, 6])
        XCTAssertEqual(warnings.map(\.code), ["kontonamn-olasligt", "sie-post-hoppad"])
        XCTAssertTrue(document.books.periodBudgets.isEmpty)
    }

    func testMalformedRecordTheReportNeedsIsStillRefused() {
        let text = "#FLAGGA 0\n#RAR 0 20240101 20241231\n#IB 0 1930 tusen\n"
        XCTAssertThrowsError(try SIEReader.parse(bytes: Array(text.utf8), fileName: "b.se")) { error in
            XCTAssertEqual((error as? InputError)?.location.line, 3)
        }
    }

    func testEmptyFiscalYearInAnImportFileIsAWarningButRefusedWithBalances() throws {
        let importFile = "#FLAGGA 0\n#SIETYP 4\n#RAR 0\n#VER A 1 20240105 \"x\"\n{\n#TRANS 1930 {} 10.00\n#TRANS 3001 {} -10.00\n}\n"
        let document = try SIEReader.parse(bytes: Array(importFile.utf8), fileName: "i.si")
        XCTAssertEqual(document.findings.map(\.location?.line), [3])
        let export = "#FLAGGA 0\n#SIETYP 4\n#RAR 0\n#IB 0 1930 10.00\n"
        XCTAssertThrowsError(try SIEReader.parse(bytes: Array(export.utf8), fileName: "e.se")) { error in
            XCTAssertEqual((error as? InputError)?.location.line, 3)
        }
    }

    func testExportCutBeforeItsVouchersIsRefused() throws {
        let text = "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#IB 0 1930 100.00\n#UB 0 1930 250.00\n#RES 0 3001 -150.00\n"
        let document = try SIEReader.parse(bytes: Array(text.utf8), fileName: "b.se")
        let finding = try XCTUnwrap(BooksChecks.run(document).first { $0.code == "verifikationer-saknas" })
        XCTAssertEqual(finding.location?.line, 5)
    }
}

/// mappning.yaml's `utanför_rapporten`: accounts left out on purpose, with the reason.
final class ExcludedAccountsTests: XCTestCase {
    private func findings(_ change: (String) -> String) throws -> [Finding] {
        let folder = try ExampleFolders.copy("sjuharad-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "mappning.yaml", change)
        return AnnualReportBuilder.compute(try ReportFolder.load(path: folder.path)).findings
    }

    func testAccountLeftOutWithAReasonIsInformationNotAnError() throws {
        let found = try findings {
            $0.replacingOccurrences(of: "      - { id: man_i_halsa, text: Män i Hälsa, art: intäkt, konton: [3612] }\n", with: "")
                + "utanför_rapporten:\n  - { konton: [3612], skäl: Internt avräkningskonto }\n"
        }
        XCTAssertFalse(found.contains { $0.code == "konto-utan-rad" })
        let left = try XCTUnwrap(found.first { $0.code == "konto-utelamnat" })
        XCTAssertEqual(left.severity, .information)
        XCTAssertTrue(left.message.hasPrefix("Konto 3612") && left.message.hasSuffix("Internt avräkningskonto"), left.message)
        XCTAssertEqual(left.location?.file, "mappning.yaml")
    }

    func testAccountBothLeftOutAndMappedIsAnError() throws {
        let found = try findings { $0 + "utanför_rapporten:\n  - { konton: [3612], skäl: Internt }\n" }
        XCTAssertEqual(found.first { $0.code == "konto-utelamnat-och-mappat" }?.severity, .error)
    }

    func testLeavingOutWithoutAReasonIsRefused() throws {
        XCTAssertThrowsError(try findings { $0 + "utanför_rapporten:\n  - { konton: [3612] }\n" }) { error in
            XCTAssertEqual((error as? InputError)?.message, "Fältet \"skäl\" saknas.")
        }
    }
}
