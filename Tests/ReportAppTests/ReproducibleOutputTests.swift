import Foundation
import XCTest

/// Rendering the same folder twice gives the same bytes: the PDFs carry a date from the
/// report's data, never the clock (archive copies must be reproducible).
final class ReproducibleOutputTests: XCTestCase {
    func testEveryExampleRendersToTheSameBytesTwice() throws {
        let first = try CommandLineRunner.temporaryDirectory(), second = try CommandLineRunner.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        for folder in ["examples/hello", "examples/sjuharad-2024", "examples/sjuharad-2017-t1"] {
            for output in [first, second] {
                let result = try CommandLineRunner.finsamReport(["render", folder, "-o", output])
                XCTAssertEqual(result.status, 0, result.standardError)
            }
        }
        let files = try FileManager.default.subpathsOfDirectory(atPath: first).filter { $0.hasSuffix(".pdf") }.sorted()
        XCTAssertEqual(files.count, 15, "\(files)")
        for file in files {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + file))
            XCTAssertEqual(a, b, "\(file) differs between two renders")
        }
    }
}
