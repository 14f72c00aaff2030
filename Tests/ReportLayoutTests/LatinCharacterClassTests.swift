import XCTest
@testable import ReportLayout

/// The table answers must be the standard library's own, for every character it answers
/// (each single scalar below U+0100), and characters outside it must be asked directly.
final class LatinCharacterClassTests: XCTestCase {
    /// Every single-scalar character below U+0100, then characters the table must not answer:
    /// a combining sequence on a letter and on a figure, CR LF, a Kelvin sign (canonically K),
    /// letters and figures of other scripts, a superscript and an uppercase beyond Latin-1.
    private var characters: [Character] {
        (0..<256).map { Character(Unicode.Scalar(UInt8($0))) }
            + ["e\u{301}", "A\u{30A}", "1\u{20E3}", "\r\n", "\u{212A}", "Ж", "ж", "٣", "\u{2075}", "Ł", "ł", "ẞ", "👍", "\u{FF21}"]
    }

    func testLetterUppercaseAndNumberAreTheStandardLibrarysForEveryCharacter() {
        for character in characters {
            let name = character.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")
            XCTAssertEqual(LatinCharacterClass.isLetter(character), character.isLetter, name)
            XCTAssertEqual(LatinCharacterClass.isUppercase(character), character.isUppercase, name)
            XCTAssertEqual(LatinCharacterClass.isNumber(character), character.isNumber, name)
        }
    }

    func testTheComparisonWithAnASCIICharacterIsCharacterEquality() {
        for character in characters {
            for ascii in [UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "K")] {
                XCTAssertEqual(LatinCharacterClass.isASCII(character, ascii), character == Character(Unicode.Scalar(ascii)),
                               "\(character.unicodeScalars.map(\.value)) against \(ascii)")
            }
        }
        // The Kelvin sign equals K as a Character, and the slow path keeps that.
        XCTAssertTrue(LatinCharacterClass.isASCII("\u{212A}", UInt8(ascii: "K")))
    }

    func testOnlyOneScalarBelowU0100HasACodePoint() {
        XCTAssertEqual(LatinCharacterClass.latin1("å"), 0xE5)
        XCTAssertEqual(LatinCharacterClass.latin1("Ö"), 0xD6)
        XCTAssertEqual(LatinCharacterClass.latin1("\u{80}"), 0x80)
        XCTAssertEqual(LatinCharacterClass.latin1("-"), 0x2D)
        XCTAssertNil(LatinCharacterClass.latin1("e\u{301}"))
        XCTAssertNil(LatinCharacterClass.latin1("\r\n"))
        XCTAssertNil(LatinCharacterClass.latin1("Ł"))
    }

    func testAStringOfCharactersIsTheStringOfTheirSequence() {
        let word = Array("Kompe\u{301}tens\r\nutveckling")
        XCTAssertEqual(String(characters: word[2..<9]), String(word[2..<9]))
        XCTAssertEqual(String(characters: [Character]()), "")
    }
}
