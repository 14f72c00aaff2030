import Foundation
import XCTest

/// The example books are made by examples/generator (Python, standard library only); the
/// checked-in files must be exactly what it writes, byte for byte.
final class ExampleGeneratorTests: XCTestCase {
    func testCheckedInBooksMatchTheGenerator() throws {
        let script = ExampleFolders.examples.appendingPathComponent("generator/generate.py").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--check"]
        do { try process.run() } catch { throw XCTSkip("python3 saknas: \(error)") }
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
