import Foundation
import XCTest
@testable import ReportCore

/// Mutates the examples' texts (and one holding every construct) ten thousand times: the
/// reader must always return blocks and findings, never crash, and every finding must
/// name the file and a line of the mutated text.
final class MarkdownFuzzTests: XCTestCase {
    static let constructs = """
    # Rubrik

    1. ett
       - nästlad *kursiv*
         fortsätter
    2. två  \ncom **fet** [länk](https://sv.wikipedia.org/wiki/Finsam_(lag)) <https://finsam.se>

    | a | b |
    |:--|--:|
    | {{ resultat_tkr }} | 2 av 7 |

    > citat
    > - i en lista

    ![Logotyp](logo.png)
    <!-- kommentar
    -->
    {{ styrelselista }}
    """

    private func corpus() throws -> [[UInt8]] {
        let examples = ExampleFolders.examples
        let files = FileManager.default.enumerator(atPath: examples.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") } ?? []
        var texts = try files.sorted().map { Array(try String(contentsOf: examples.appendingPathComponent($0), encoding: .utf8).utf8) }
        texts.append(Array(Self.constructs.utf8))
        XCTAssertGreaterThan(texts.count, 8)
        // A window of each text keeps 10 000 readings quick in a debug build.
        return texts.map { Array($0.prefix(1_000)) }
    }

    func testTenThousandMutatedTextsNeverCrash() throws {
        let texts = try corpus()
        var rng = SeededGenerator(seed: 1_977)
        var findingsSeen = 0
        for _ in 0..<10_000 {
            var bytes = texts[Int.random(in: 0..<texts.count, using: &rng)]
            for _ in 0..<Int.random(in: 1...3, using: &rng) { bytes = mutate(bytes, &rng) }
            let text = String(decoding: bytes, as: UTF8.self)
            let (blocks, findings) = MarkdownReader.read(text, file: "texter/fuzz.md")
            var filled: [Finding] = []
            _ = FigureFiller(figures: [:], file: "texter/fuzz.md").fill(blocks, findings: &filled)
            let lineCount = text.utf8.filter { $0 == 10 }.count + 1
            for finding in findings + filled {
                XCTAssertEqual(finding.location?.file, "texter/fuzz.md")
                guard let line = finding.location?.line, (1...lineCount).contains(line) else {
                    return XCTFail("finding without a line of the text: \(finding) in\n\(text)")
                }
            }
            findingsSeen += findings.count
        }
        XCTAssertGreaterThan(findingsSeen, 500, "the mutations must reach the refusals")
    }

    private static let pieces: [[UInt8]] = ["*", "**", "|", "{{", "}}", "[", "](", ")", "(", "<", "<b>", ">", "> ", "![", "# ", "- ", "1. ", "   ",
                                            "\n", "\r\n", "\\", "`", "\t", "å", "🎓", "---", ":--", "<!--", "-->", "\u{FEFF}"].map { Array($0.utf8) }

    /// An inserted piece of syntax, a deleted or duplicated range, a cut, or two lines swapped.
    private func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> [UInt8] {
        guard !bytes.isEmpty else { return Self.pieces[0] }
        var bytes = bytes
        let position = Int.random(in: 0..<bytes.count, using: &rng)
        let length = min(Int.random(in: 1...40, using: &rng), bytes.count - position)
        switch Int.random(in: 0..<6, using: &rng) {
        case 0, 1: bytes.insert(contentsOf: Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &rng)], at: position)
        case 2: bytes.removeSubrange(position..<position + length)
        case 3: bytes.insert(contentsOf: bytes[position..<position + length], at: Int.random(in: 0...bytes.count, using: &rng))
        case 4: bytes = Array(bytes.prefix(position))
        default: bytes[position] = UInt8.random(in: 0...255, using: &rng)
        }
        return bytes
    }
}
