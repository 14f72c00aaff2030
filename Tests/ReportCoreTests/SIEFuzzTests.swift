import XCTest
@testable import ReportCore

/// Mutates a valid file many thousand times; every run must end in a value or an
/// InputError, never a crash or another error.
final class SIEFuzzTests: XCTestCase {
    func testMutatedFilesNeverCrash() throws {
        let original = try SIEFixtures.bytes("valid-pc8.se")
        var rng = SeededGenerator(seed: 4711)
        var values = 0
        var inputErrors = 0
        for _ in 0..<10_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...2, using: &rng) { bytes = mutate(bytes, &rng) }
            do {
                let document = try SIEReader.parse(bytes: bytes, fileName: "fuzz.se")
                _ = BooksChecks.run(document)
                values += 1
            } catch is InputError {
                inputErrors += 1
            } catch {
                XCTFail("unexpected \(error) for \(String(decoding: bytes, as: UTF8.self))")
                return
            }
        }
        XCTAssertGreaterThan(values, 100)
        XCTAssertGreaterThan(inputErrors, 100)
    }

    /// One mutation: a flipped bit, a byte set to a troublesome value, the file cut
    /// short, a line cut, duplicated, removed or moved, or two fields of a line swapped.
    /// Works on byte offsets rather than split lines, to keep 10 000 runs quick.
    private func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return [UInt8(ascii: "#")] }
        var bytes = bytes
        let position = Int.random(in: 0..<bytes.count, using: &rng)
        let line = lineRange(bytes, at: position)
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
        case 1:
            bytes[position] = [0x22, 0x7B, 0x7D, 0x20, 0x09, 0x2D, 0x2E, 0x30, 0x39, 0x00, 0xFF, 0x5C, 0x0A].randomElement(using: &rng) ?? 0
        case 2: bytes.removeSubrange(position...)
        case 3: bytes.removeSubrange(Int.random(in: line.lowerBound...line.upperBound, using: &rng)..<line.upperBound)
        case 4:
            let copy = Array(bytes[line]) + [0x0A]
            bytes.insert(contentsOf: copy, at: lineRange(bytes, at: Int.random(in: 0..<bytes.count, using: &rng)).lowerBound)
        case 5:
            let moved = Array(bytes[line]) + [0x0A]
            bytes.removeSubrange(line.lowerBound..<min(line.upperBound + 1, bytes.count))
            let target = bytes.isEmpty ? 0 : lineRange(bytes, at: Int.random(in: 0..<bytes.count, using: &rng)).lowerBound
            bytes.insert(contentsOf: moved, at: target)
        default:
            var fields = bytes[line].split(separator: 0x20).map(Array.init)
            if fields.count > 2 { fields.swapAt(1, Int.random(in: 1..<fields.count, using: &rng)) }
            bytes.replaceSubrange(line, with: Array(fields.joined(separator: [0x20])))
        }
        return bytes
    }

    /// The line around `position`, without its line feed.
    private func lineRange(_ bytes: [UInt8], at position: Int) -> Range<Int> {
        var start = position
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var end = position
        while end < bytes.count && bytes[end] != 0x0A { end += 1 }
        return start..<end
    }
}
