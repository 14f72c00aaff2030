import Foundation
import XCTest
@testable import ReportCore

/// The letterhead's phone and e-mail in rapport.yaml (lines 46 and 47 of the example):
/// read as written, a malformed value refused with file, line and field, an unknown key
/// refused with the key it resembles.
final class TertialSenderContactTests: XCTestCase {
    private func loadEdited(_ change: @escaping (String) -> String) throws -> TertialInputs {
        let folder = try ExampleFolders.copy("sjuharad-2017-t1")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExampleFolders.edit(folder, "rapport.yaml", change)
        return try TertialFolder.load(path: folder.path)
    }

    private func assertRefused(_ from: String, _ to: String, line: Int, field: String, quoting value: String,
                               file: StaticString = #filePath, lineNumber: UInt = #line) {
        XCTAssertThrowsError(try loadEdited { $0.replacingOccurrences(of: from, with: to) }, file: file, line: lineNumber) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)", file: file, line: lineNumber) }
            XCTAssertEqual(error.location.file, "rapport.yaml", file: file, line: lineNumber)
            XCTAssertEqual(error.location.line, line, file: file, line: lineNumber)
            XCTAssertEqual(error.location.field, field, file: file, line: lineNumber)
            XCTAssertTrue(error.message.contains("\"\(value)\""), error.message, file: file, line: lineNumber)
        }
    }

    func testTheExamplesPhoneAndEmailAreReadAsWritten() throws {
        let inputs = try loadEdited { $0 }
        XCTAssertEqual(inputs.letter.senderPhone, "033-35 70 00")
        XCTAssertEqual(inputs.letter.senderEmail, "kansli@sjuharad-finsam.example")
    }

    func testAWellFormedInternationalPhoneAndAPlainEmailAreAccepted() throws {
        let inputs = try loadEdited {
            $0.replacingOccurrences(of: "033-35 70 00", with: "+46 (0)33 35 70 00")
                .replacingOccurrences(of: "kansli@sjuharad-finsam.example", with: "anna.lindqvist@boras.se")
        }
        XCTAssertEqual(inputs.letter.senderPhone, "+46 (0)33 35 70 00")
        XCTAssertEqual(inputs.letter.senderEmail, "anna.lindqvist@boras.se")
    }

    func testMalformedEmailIsRefusedWithFileLineAndField() {
        let field = "brev.avsändare.e-post"
        for wrong in ["kansli.sjuharad-finsam.example", "kansli@sjuharad-finsam", "kansli@@sjuharad.se", "kansli @sjuharad.se",
                      "kansli@sjuharad..se", "kansli@-sjuharad.se", ".kansli@sjuharad.se", "kansli@sjuharad.s3"] {
            assertRefused("kansli@sjuharad-finsam.example", wrong, line: 47, field: field, quoting: wrong)
        }
    }

    func testMalformedPhoneIsRefusedWithFileLineAndField() {
        let field = "brev.avsändare.telefon"
        for wrong in ["033-35 70 0O", "35 70", "033/35 70 00", "033-35 70 00 ankn. 12", "+46 33 35 70 00 00 00 00 00", "033-35 70 00-"] {
            assertRefused("033-35 70 00", wrong, line: 46, field: field, quoting: wrong)
        }
    }

    func testMisspeltContactKeyIsRefusedWithTheKeyItResembles() {
        XCTAssertThrowsError(try loadEdited { $0.replacingOccurrences(of: "    e-post:", with: "    epost:") }) { error in
            guard let error = error as? InputError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.location.file, "rapport.yaml")
            XCTAssertEqual(error.location.line, 47)
            XCTAssertTrue(error.message.contains("`epost`") && error.message.contains("`e-post`"), error.message)
        }
    }
}
