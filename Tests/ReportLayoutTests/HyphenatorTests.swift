import XCTest
@testable import ReportLayout

final class HyphenatorTests: XCTestCase {
    func testLiangOverTheDebianPatternsReproducesLibhyphen() throws {
        let patterns = try String(contentsOfFile: "/usr/share/hyphen/hyph_sv_SE.dic", encoding: .isoLatin1)
        let plain = Hyphenator(patterns: patterns, leftMin: 1, rightMin: 2)
        XCTAssertEqual(plain.hyphenated("balanskravsresultat"), "ba-lan-s-kravsre-sul-tat")
    }

    func testSeedWordsFromTablesAndHeadings() throws {
        let hyphenator = try Fixtures.hyphenator()
        let expected = [
            "rehabiliteringsinsatser": "reha-bi-li-te-rings=in-sat-ser",
            "samordningsförbundets": "sam-ord-nings=för-bun-dets",
            "verksamhetsanknutna": "verk-sam-hets=an-knutna",
            "Balanskravsresultat": "Balans=kravs=re-sul-tat",
            "Kortfristiga": "Kort=fris-tiga",
            "Förvaltningsberättelse": "För-valt-nings=be-rät-telse",
            "Kassaflödesanalys": "Kas-sa=flö-des=ana-lys",
            "Driftredovisning": "Drift=re-do-vis-ning",
            "utbildningsinsatser": "utbild-nings=in-sat-ser",
            "kompetensutvecklingsinsatser": "kom-pe-tens=ut-veck-lings=in-sat-ser",
            "soliditet": "soli-di-tet",
            "ordförande": "ord-fö-rande",
        ]
        for (word, hyphenated) in expected {
            XCTAssertEqual(hyphenator.hyphenated(word), hyphenated, word)
        }
    }

    func testPatternsHyphenateWordsWithoutExceptions() throws {
        let hyphenator = try Fixtures.hyphenator()
        let points = hyphenator.hyphenationPoints("deltagarna")
        XCTAssertFalse(points.isEmpty)
        XCTAssertTrue(points.allSatisfy { $0 >= 3 && $0 <= "deltagarna".count - 3 }, "\(points)")
    }

    func testNumbersAndNoBreakSpacesNeverBreak() throws {
        let measurer = FixedWidthMeasurer()
        let typesetter = Typesetter(cache: MeasureCache(measurer: measurer), hyphenator: try Fixtures.hyphenator())
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Sans", size: Points(10))
        let lines = typesetter.lines([.text("Summa 22\u{00A0}954\u{202F}708 kr och 18022000 rehabiliteringsinsatser")], style: style, width: Points(40), alignment: .left)
        let texts = lines.flatMap { $0.runs.flatMap { $0.segments.map(\.text) } }
        XCTAssertTrue(texts.contains { $0.contains("22\u{00A0}954\u{202F}708") }, "\(texts)")
        XCTAssertTrue(texts.contains("18022000"), "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasSuffix("-") }, "the long compound hyphenates: \(texts)")
    }

    /// The lower-cased word is built from UTF-8 bytes when its scalars are Latin-1: the same
    /// text as built scalar by scalar, for every such scalar and for a word beyond Latin-1.
    func testAWordBuiltFromItsScalarsIsTheSameText() {
        let latin1 = Array(UInt32(1)..<0x100)
        for scalars in [latin1, [0x6B, 0xF6, 0x72, 0x64], [0x142, 0xF3, 0x64, 0x17A], []] {
            XCTAssertEqual(Hyphenator.string(of: scalars), String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))))
        }
    }

    /// An exception line is trimmed as Foundation trims `.whitespaces`, and an entry's part
    /// is the same whether typed composed or decomposed: Foundation is the reference for both.
    func testExceptionLinesAreTrimmedAndTheirPartsComposedAsFoundationDoes() {
        for line in ["  kom-pe-tens=ut-veck-lings \t", "\u{A0}\u{2009}för=bund\u{3000}", "\t\t", "", "x", " \u{301}a ", "e\u{301} \u{85}"] {
            XCTAssertEqual(Hyphenator.trimmed(line[...]), line.trimmingCharacters(in: .whitespaces), line.debugDescription)
        }
        for segment in ["kom-pe-tens", "fo\u{308}r-bund", "för-bund", "a\u{30A}r", "ıǆ-ǅ", "-"] {
            XCTAssertEqual(CompoundSplitter.composedLetters(of: segment[...]),
                           segment.replacingOccurrences(of: "-", with: "").precomposedStringWithCanonicalMapping, segment.debugDescription)
        }
    }
}
