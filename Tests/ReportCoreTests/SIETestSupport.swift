import Foundation
import XCTest
@testable import ReportCore

/// Locates the hand-written SIE fixtures beside this file (no bundle resources needed).
enum SIEFixtures {
    static let directory: String = {
        let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        return here.appendingPathComponent("Fixtures/sie").path
    }()

    static func path(_ name: String) -> String { directory + "/" + name }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    static func read(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> SIEDocument {
        do {
            return try SIEReader.read(path: path(name))
        } catch {
            XCTFail("\(name) could not be read: \(error)", file: file, line: line)
            throw error
        }
    }

    /// The InputError reading a fixture throws, or a test failure when it reads.
    static func inputError(_ name: String, file: StaticString = #filePath, line: UInt = #line) -> InputError? {
        do {
            _ = try SIEReader.read(path: path(name))
            XCTFail("\(name) was read without an error", file: file, line: line)
        } catch let error as InputError {
            return error
        } catch {
            XCTFail("\(name) threw \(error), not an InputError", file: file, line: line)
        }
        return nil
    }
}

/// "600 000,50 kr" written with the thousands separator and minus sign of Swedish
/// typography (the constants, not the formatting code under test).
func kr(_ text: String) -> String {
    text.replacingOccurrences(of: " ", with: String(SwedishNumberFormat.thousandsSeparator))
        .replacingOccurrences(of: "-", with: String(SwedishNumberFormat.minusSign)) + " kr"
}
