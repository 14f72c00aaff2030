import XCTest
@testable import ReportCore

/// The signature page's texts and the contents' depth come from rapport.yaml: Sjuhärad's
/// sentence on personal mandates is in Sjuhärad's folder, nowhere else.
final class PageFurnitureTests: XCTestCase {
    func testTheSignatureTextsAreTheFoldersOwn() throws {
        let sjuharad = try ExampleFolders.load("sjuharad-2024").settings.furniture
        XCTAssertTrue(sjuharad.signatureNote?.hasSuffix("därav parenteser nedan.") == true)
        XCTAssertEqual(sjuharad.attestation, PageFurniture.standardAttestation)
        let nordvastra = try ExampleFolders.load("nordvastra-2024").settings.furniture
        XCTAssertNil(nordvastra.signatureNote)
        let kvarnsjo = try ExampleFolders.load("kvarnsjo-2023").settings.furniture
        XCTAssertTrue(kvarnsjo.attestation.hasPrefix("Styrelsen intygar"))
        XCTAssertTrue(kvarnsjo.printPlace)
    }

    func testContentsDepthAndPlaceAreReadAndAFourthLevelIsRefused() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rapport.yaml") { $0 + "\ninnehåll:\n  nivåer: 3\nunderskrift:\n  ort: nej\n" }
        let furniture = try ReportFolder.load(path: folder.path).settings.furniture
        XCTAssertEqual(furniture.contentsDepth, 3)
        XCTAssertFalse(furniture.printPlace)
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "nivåer: 3", with: "nivåer: 4") }
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            XCTAssertEqual((error as? InputError)?.location.file, "rapport.yaml")
            XCTAssertTrue((error as? InputError)?.message.contains("2 eller 3 nivåer") == true, "\(error)")
        }
    }

    func testUnnumberedHeadingsAreReadAndAWrongValueIsRefusedAtItsLine() throws {
        let folder = try ExampleFolders.copy("nordvastra-2024")
        defer { try? FileManager.default.removeItem(at: folder) }
        XCTAssertTrue(try ReportFolder.load(path: folder.path).settings.furniture.numberedHeadings)
        try ExampleFolders.edit(folder, "rapport.yaml") { $0 + "\ninnehåll:\n  numrering: nej\n" }
        XCTAssertFalse(try ReportFolder.load(path: folder.path).settings.furniture.numberedHeadings)
        let line = try String(contentsOf: folder.appendingPathComponent("rapport.yaml"), encoding: .utf8)
            .components(separatedBy: "\n").firstIndex { $0.contains("numrering") }.map { $0 + 1 }
        try ExampleFolders.edit(folder, "rapport.yaml") { $0.replacingOccurrences(of: "numrering: nej", with: "numrering: kanske") }
        XCTAssertThrowsError(try ReportFolder.load(path: folder.path)) { error in
            XCTAssertEqual((error as? InputError)?.location.file, "rapport.yaml")
            XCTAssertEqual((error as? InputError)?.location.line, line)
            XCTAssertEqual((error as? InputError)?.message, "Ska vara ja eller nej, men är \"kanske\".")
        }
    }
}
