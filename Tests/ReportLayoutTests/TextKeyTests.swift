import XCTest
@testable import ReportLayout

/// Caches of shapes and widths key a text by its bytes: canonically equivalent texts in
/// other bytes are other keys, since they are shaped (and extracted) differently.
final class TextKeyTests: XCTestCase {
    func testEqualBytesAreOneKeyAndCanonicallyEquivalentTextsAreTwo() {
        let composed = "Försäkringskassan", decomposed = "Fo\u{308}rsa\u{308}kringskassan"
        XCTAssertEqual(composed, decomposed, "String compares by canonical equivalence")
        XCTAssertNotEqual(TextKey(composed), TextKey(decomposed))
        XCTAssertEqual(TextKey(composed), TextKey(String(decoding: Array(composed.utf8), as: UTF8.self)))
        XCTAssertEqual(TextKey(composed).hashValue, TextKey("Försäkrings" + "kassan").hashValue)
        XCTAssertNotEqual(TextKey("ab"), TextKey("abc"))
        XCTAssertEqual(TextKey(""), TextKey(String()))
        var table: [TextKey: Int] = [:]
        table[TextKey(composed)] = 1
        table[TextKey(decomposed)] = 2
        XCTAssertEqual(table.count, 2)
        XCTAssertEqual(table[TextKey(composed)], 1)
    }

    func testAFontsTableKeepsEachEncodingApart() {
        let texts = FontKeyedTexts<[UInt8]>()
        let font = FontSpec(family: "Lato", size: Points(10))
        let composed = texts.value("é", font: font) { Array("é".utf8) }
        let decomposed = texts.value("e\u{301}", font: font) { Array("e\u{301}".utf8) }
        XCTAssertEqual(composed, [0xC3, 0xA9])
        XCTAssertEqual(decomposed, [0x65, 0xCC, 0x81])
    }
}
