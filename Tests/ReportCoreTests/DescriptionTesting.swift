import XCTest
@testable import ReportCore

/// A statement description a test writes (as test.yaml), read and assembled against
/// Sjuhärad's 2024 mapping; and the refusal of one, checked for its file, line and words.
enum DescriptionTesting {
    static let inputs = try! ExampleFolders.load("sjuharad-2024")

    static func describe(_ yaml: String) throws -> StatementSet {
        let set = try DescriptionReader.read(YamlNode.parse(yaml, file: "test.yaml"))
        return try StatementAssembly.assemble(set, base: nil, mapping: inputs.mapping)
    }

    static func assertRefused(_ yaml: String, line: Int, containing part: String, file: StaticString = #filePath, at: UInt = #line) {
        XCTAssertThrowsError(try describe(yaml), file: file, line: at) { error in
            let error = error as? InputError
            XCTAssertEqual(error?.location.file, "test.yaml", file: file, line: at)
            XCTAssertEqual(error?.location.line, line, file: file, line: at)
            XCTAssertTrue(error?.message.contains(part) == true, error?.message ?? "\(String(describing: error))", file: file, line: at)
        }
    }
}
