import XCTest
@testable import PDFFinish

/// The content stream reader reads numbers itself on its fast path; each must be the value
/// `Double(String)` gives, and a word that is no number must stay an operator.
final class ContentStreamTests: XCTestCase {
    func testNumbersAreReadAsDoubleReadsThem() {
        let words = ["0", "-0", "1", "+7", "-12", "3.", ".5", "-.25", "0.1", "0.3", "12.345", "595.276", "841.89",
                     "-0.000001", "123456789012345", "1234567890123456", "0.30000000000000004", "1e3", "-2.5E-2",
                     "0x1A", "inf", "-inf", "007", "1.0000000000000002"]
        let operations = ContentStream(Array((words.joined(separator: " ") + " re").utf8)).operations
        XCTAssertEqual(operations.count, 1)
        let expected = words.map { ContentStream.Token.number(Double($0)!) }
        XCTAssertEqual(operations.first?.operands, expected)
        for (token, word) in zip(operations.first?.operands ?? [], words) {
            guard case let .number(value) = token else { continue }
            XCTAssertEqual(value.bitPattern, Double(word)!.bitPattern, word)
        }
    }

    func testWordsThatAreNoNumberAreOperators() {
        let operations = ContentStream(Array("1.2.3 - . +x BT f* nan ET".utf8)).operations
        XCTAssertEqual(operations.map(\.operator), ["1.2.3", "-", ".", "+x", "BT", "f*"] + ["ET"])
        XCTAssertEqual(operations.last?.operands.count, 1, "nan is a number operand of ET")
    }

    func testStringsAndEscapes() {
        let operations = ContentStream(Array("(a\\(b\\)\\n\\101\\\r\nc) Tj <4142 43> Tj <414> Tj".utf8)).operations
        XCTAssertEqual(operations.map(\.operands), [[.string(Array("a(b)\nAc".utf8))], [.string([0x41, 0x42, 0x43])], [.string([0x41, 0x40])]])
    }

    /// Each operation keeps room for its own operands only: a page's operations are all
    /// held by the self-check, and one long TJ array early on must not make every later
    /// operation hold as much (the ×10 report's peak went from 108 to 174 MB that way).
    func testAnOperationHoldsRoomForItsOwnOperandsOnly() {
        let glyphs = (0..<300).map { "(\($0 % 10))" }.joined(separator: " 12 ")
        let content = "BT /F1 10 Tf [\(glyphs)] TJ ET\n" + String(repeating: "1 0 0 1 72 720 cm 0 0 m 10 10 l S\n", count: 50)
        let stream = ContentStream(Array(content.utf8))
        XCTAssertGreaterThan(stream.operations.count, 200)
        XCTAssertTrue(stream.operations.contains { $0.operands.count > 500 }, "the TJ array")
        for operation in stream.operations {
            XCTAssertLessThanOrEqual(operation.operands.capacity, max(2 * operation.operands.count, 16),
                                     "\(operation.operator) with \(operation.operands.count) operands")
        }
    }
}
