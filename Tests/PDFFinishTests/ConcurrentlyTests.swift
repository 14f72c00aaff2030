import Foundation
import XCTest
@testable import PDFFinish

/// `Concurrently.run` hands back both results, runs the background on another thread, and
/// rethrows the background's error only after the foreground has finished.
final class ConcurrentlyTests: XCTestCase {
    struct Broken: Error {}

    func testBothResultsComeBackAndTheBackgroundRanOnAnotherThread() throws {
        let caller = pthread_self()
        let (background, foreground) = try Concurrently.run({ (pthread_equal(pthread_self(), caller) != 0, (1...1000).reduce(0, +)) }, while: { "här" })
        XCTAssertFalse(background.0)
        XCTAssertEqual(background.1, 500_500)
        XCTAssertEqual(foreground, "här")
    }

    func testTheBackgroundsErrorIsThrownAfterTheForegroundFinished() {
        var foregroundFinished = false
        XCTAssertThrowsError(try Concurrently.run({ () throws -> Int in throw Broken() }, while: { foregroundFinished = true })) { error in
            XCTAssertTrue(error is Broken)
        }
        XCTAssertTrue(foregroundFinished)
    }
}
