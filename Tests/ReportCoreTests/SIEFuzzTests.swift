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
            for _ in 0..<Int.random(in: 1...3, using: &rng) { bytes = mutate(bytes, &rng) }
            do {
                let document = try SIEReader.parse(bytes: bytes, fileName: "fuzz.se")
                _ = BooksChecks.run(document)
                _ = SIEWriter.write(document.books)
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

    private func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return [UInt8(ascii: "#")] }
        var bytes = bytes
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        let line = Int.random(in: 0..<lines.count, using: &rng)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0:
            let index = Int.random(in: 0..<bytes.count, using: &rng)
            bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
            return bytes
        case 1:
            bytes[Int.random(in: 0..<bytes.count, using: &rng)] = [0x22, 0x7B, 0x7D, 0x20, 0x09, 0x2D, 0x2E, 0x30, 0x39, 0x00, 0xFF, 0x5C].randomElement(using: &rng) ?? 0
            return bytes
        case 2: return Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &rng)))
        case 3: lines[line] = Array(lines[line].prefix(Int.random(in: 0...lines[line].count, using: &rng)))
        case 4: lines.insert(lines[line], at: Int.random(in: 0...lines.count, using: &rng))
        case 5: lines.remove(at: line)
        case 6:
            var fields = lines[line].split(separator: 0x20).map(Array.init)
            if fields.count > 2 { fields.swapAt(1, Int.random(in: 1..<fields.count, using: &rng)) }
            lines[line] = Array(fields.joined(separator: [0x20]))
        default:
            lines.swapAt(line, Int.random(in: 0..<lines.count, using: &rng))
        }
        return Array(lines.joined(separator: [0x0A]))
    }
}
