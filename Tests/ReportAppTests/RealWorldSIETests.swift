import Foundation
import ReportApp
import ReportCore
import XCTest

/// Books in the shapes real exports from other accounting programs have reach a PDF with
/// no edit to the books; a broken fiscal year is refused with its own message.
final class RealWorldSIETests: XCTestCase {
    var work = ""

    override func setUpWithError() throws { work = try CommandLineRunner.temporaryDirectory() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: work) }

    /// A copy of sjuharad-2024 whose books went through `change` (Latin-1 text, one
    /// character per byte).
    private func folder(_ change: (String) -> String) throws -> String {
        let folder = work + "/sjuharad-2024"
        try FileManager.default.copyItem(atPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024", toPath: folder)
        let url = URL(fileURLWithPath: folder + "/bokforing.se")
        let text = try XCTUnwrap(String(data: try Data(contentsOf: url), encoding: .isoLatin1))
        try XCTUnwrap(change(text).data(using: .isoLatin1)).write(to: url)
        return folder
    }

    private func originalBooks() throws -> String {
        let url = URL(fileURLWithPath: CommandLineRunner.repository.path + "/examples/sjuharad-2024/bokforing.se")
        return try XCTUnwrap(String(data: try Data(contentsOf: url), encoding: .isoLatin1))
    }

    func testExportClosingTheResultThrough8999And2099ReachesAPDF() throws {
        let folder = try folder(RealWorldSIEShapes.closingEntry)
        let expectedResult = -RealWorldSIEShapes.yearResultSum(try originalBooks())
        let inputs = try ReportFolder.load(path: folder)
        XCTAssertEqual(inputs.inputFindings.filter { $0.code == "bokslut-8999" }.map(\.severity), [.information])
        let model = try XCTUnwrap(AnnualReportBuilder.build(inputs).model)
        XCTAssertEqual(model.keyFigures.result.thisYear, expectedResult)
        let income = try XCTUnwrap(model.statements.first { $0.kind == .income })
        XCTAssertFalse(income.rows.contains { $0.id == "extraordinara_kostnader" && !($0.exact.first.flatMap { $0 } ?? .zero).isZero })

        // The report is the one the books without the closing entry make, word for word.
        let result = try ReportRenderer().render(folder: folder, outputDirectory: work)
        let original = try ReportRenderer().render(folder: CommandLineRunner.repository.path + "/examples/sjuharad-2024",
                                                   outputDirectory: work + "/original")
        XCTAssertEqual(try AnnualReportFixture.text(try XCTUnwrap(result.paths.first)),
                       try AnnualReportFixture.text(try XCTUnwrap(original.paths.first)))
        let check = try FolderCheck.run(folder: folder)
        XCTAssertTrue(check.findings.contains { $0.code == "bokslut-8999" && $0.message.contains("B 1") })
    }

    func testLatin1FileThatDeclaresPC8ReachesAPDF() throws {
        let folder = try folder { $0 }
        let path = folder + "/bokforing.se"
        let converted = try CommandLineRunner.tool("iconv", ["-f", "CP437", "-t", "ISO-8859-1", "-o", path + ".latin1", path])
        XCTAssertEqual(converted.status, 0, converted.standardError)
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".latin1", toPath: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertTrue(String(decoding: bytes.prefix(400), as: UTF8.self).contains("#FORMAT PC8"))
        XCTAssertTrue(bytes.contains(0xE4), "the converted file holds a Latin-1 ä")

        let inputs = try ReportFolder.load(path: folder)
        XCTAssertEqual(inputs.books.header.companyName, "Sjuhärads samordningsförbund")
        let result = try ReportRenderer().render(folder: folder, outputDirectory: work)
        let text = try AnnualReportFixture.text(try XCTUnwrap(result.paths.first))
        XCTAssertTrue(text.contains("Sjuhärads samordningsförbund"))
        XCTAssertTrue(result.warnings.contains { $0.code == "teckenkodning" }, "the office is told the declared PC8 was not what the file holds")
    }

    func testBrokenFiscalYearIsRefusedWithItsOwnMessage() throws {
        let folder = try folder(RealWorldSIEShapes.brokenFiscalYear)
        XCTAssertThrowsError(try ReportRenderer().render(folder: folder, outputDirectory: work + "/ut")) { error in
            let findings = (error as? FindingsFailure)?.findings ?? []
            let broken = findings.first { $0.code == "rar-brutet" }
            XCTAssertEqual(broken?.severity, .error)
            XCTAssertTrue(broken?.message.contains("kalenderåret") == true, broken?.message ?? "\(findings)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: work + "/ut/sjuharad-2024.pdf"))
    }
}
