import Foundation
import XCTest
@testable import PDFFinish

/// The piecewise NFKC the text rules compare gives what NFKC of the whole text gives,
/// white space removed: Foundation's normalization of the whole string is the reference.
final class CompatibilityLettersTests: XCTestCase {
    private func reference(_ text: String) -> [Unicode.Scalar] {
        text.precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
    }

    func testPiecesNormalizeAsTheWholeText() {
        let texts = [
            "Årsredovisning 2024 för förbundet", "", " \n\t ", "ﬁnansiering och ﬂöde", "a\u{30A}r och A\u{308}ven",
            "å\u{301} é\u{300}x", "\u{301}början", "−12 tkr – 3 ½ %", "x\u{A0}y\u{2009}z", "² ³ ª º", "한국어 \u{1100}\u{1161}\u{11A8}",
            "ÅÄÖ åäö ×÷ ÿ", "e\u{301}\u{323}.", "ﬃ\u{301}", "Ｆｕｌｌ　ｗｉｄｔｈ", "’”…", "\u{212B}ngström",
            "1\u{202F}234 – 5\u{2009}678 −12 § 3 ° «a» © • “x” ‘y’", "–\u{301} −\u{338} \u{A0}\u{301} —\u{323}\u{301}", "a\u{2007}b\u{3000}c\u{205F}d",
        ]
        for text in texts { XCTAssertEqual(CompatibilityLetters.of(text), reference(text), text.debugDescription) }
    }
}
