import XCTest
@testable import ReportLayout

/// Swedish line breaking: three letters each side of a hyphen, compound joints found from
/// the exceptions' parts and preferred, no break in names, figures or addresses, and TeX's
/// rules on hyphenated lines in a row, the second-to-last line and a short last line.
final class SwedishBreakingTests: XCTestCase {
    func testNoPointLeavesFewerThanThreeLetters() throws {
        let hyphenator = try Fixtures.hyphenator()
        for word in ["andel", "utöver", "aktuella", "intäkter", "ansvarat", "aktiviteter", "minusresultat", "materiell"] {
            let points = hyphenator.hyphenationPoints(word)
            XCTAssertTrue(points.allSatisfy { $0 >= 3 && word.count - $0 >= 3 }, "\(hyphenator.hyphenated(word))")
        }
        XCTAssertEqual(hyphenator.hyphenationPoints("andel"), [])
    }

    func testTheSplitterFindsJointsInCompoundsTheListDoesNotName() throws {
        let hyphenator = try Fixtures.hyphenator()
        // "kompetens", "utvecklings", "insatser", "styrelse" are parts the list teaches.
        XCTAssertEqual(hyphenator.hyphenated("kompetensinsatserna").filter { $0 == "=" }.count, 1, hyphenator.hyphenated("kompetensinsatserna"))
        XCTAssertTrue(hyphenator.hyphenated("kompetensinsatserna").hasPrefix("kom-pe-tens=in"), hyphenator.hyphenated("kompetensinsatserna"))
        // "förbund" (a head, so "förbunds" joins) and "ordförande" from other entries.
        XCTAssertTrue(hyphenator.hyphenated("förbundsordförande").contains("bunds=ord"), hyphenator.hyphenated("förbundsordförande"))
        let plain = Hyphenator(patterns: try String(contentsOfFile: "/usr/share/hyphen/hyph_sv_SE.dic", encoding: .isoLatin1))
        XCTAssertFalse(plain.hyphenated("kompetensinsatserna").contains("="), "joints come from the list, not from the patterns")
    }

    /// Compounds of the four example documents that were broken inside a part
    /// ("verk-samhetsutveckling", "myn-dighetsinsatser", "arbets-livsinriktad") now have their
    /// joints from the list, which the breaker prefers.
    func testCompoundsOfTheExamplesHaveTheirJoints() throws {
        let hyphenator = try Fixtures.hyphenator()
        let joints = ["verksamhetsutveckling": "hets=ut", "myndighetsinsatser": "hets=in", "mindfulnessövningar": "ness=öv",
                      "individinriktade": "vid=in", "utvecklingskostnader": "lings=kost", "progressionsmätningar": "sions=mät",
                      "arbetslivsinriktad": "livs=in", "kompetensutvecklingsinsatser": "tens=ut"]
        for (word, joint) in joints {
            XCTAssertTrue(hyphenator.hyphenated(word).contains(joint), "\(word): \(hyphenator.hyphenated(word))")
        }
    }

    func testNamesCamelCaseFiguresAndAddressesBreakOnlyAtTheirOwnHyphens() throws {
        let breaks = WordBreaks(hyphenator: try Fixtures.hyphenator(), minWordLength: 6)
        for word in ["JobMatch", "Försäkringskassan", "Ordförande", "SIE-filen", "2024-årsredovisningen", "info@samordningsforbundet.se"] {
            XCTAssertTrue(breaks.points(in: word).allSatisfy { $0.kind == .explicit }, "\(word): \(breaks.points(in: word).map(\.offset))")
        }
        for address in ["www.samordningsforbundet.se", "https://example.se/verksamhetsberattelse"] {
            XCTAssertTrue(breaks.points(in: address).allSatisfy { $0.kind == .address }, "\(address): \(breaks.points(in: address).map(\.offset))")
        }
        XCTAssertEqual(breaks.points(in: "Lars-Erik").map(\.offset), [5])
        // A run of an address longer than any word (a token) may break at any character, with
        // no hyphen and four characters kept on each side, besides its marks.
        let token = String(repeating: "Xq7rT2vLm9", count: 3)
        let points = breaks.points(in: "https://example.se/s?id=" + token)
        XCTAssertEqual(points.filter { $0.kind == .address }.map(\.offset), [8, 15, 19, 20, 23])
        XCTAssertEqual(points.filter { $0.kind == .anywhere }.map(\.offset), Array((23 + 4)...(54 - 4)), "the run \"=\(token)\" is 23..<54")
        let opening = WordBreaks(hyphenator: try Fixtures.hyphenator(), minWordLength: 6, initialCapitalMayBreak: true)
        XCTAssertTrue(opening.points(in: "Kompetensutvecklingsinsatser").contains { $0.kind == .joint }, "a sentence's first word may break")
        XCTAssertTrue(opening.points(in: "JobMatch").isEmpty)
        XCTAssertTrue(breaks.points(in: "verksamhetsplanen").contains { $0.kind == .joint })
        XCTAssertFalse(breaks.points(in: "verksamhetsplanen").isEmpty)
    }

    /// A narrow measure and words that can only break at syllables: the breaker would like a
    /// hyphen on every line, and still ends at most two lines in a row with one, and never
    /// the second-to-last.
    func testAtMostTwoHyphenatedLinesInARowAndNoneOnTheSecondToLast() throws {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: try Fixtures.hyphenator())
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Sans", size: Points(10))
        let text = Array(repeating: "rehabiliteringsinsatser verksamhetsanknutna kompetensutvecklingsinsatser", count: 6).joined(separator: " ")
        for width in [150.0, 170.0, 190.0, 210.0] {
            let lines = typesetter.lines([.text(text)], style: style, width: Points(width), alignment: .justified)
            let flags = lines.map(\.hyphenated)
            XCTAssertTrue(flags.contains(true), "width \(width): nothing hyphenated, the test proves nothing")
            var run = 0
            for flag in flags {
                run = flag ? run + 1 : 0
                XCTAssertLessThanOrEqual(run, 2, "width \(width): \(flags)")
            }
            XCTAssertFalse(flags.count >= 2 && flags[flags.count - 2], "width \(width): the second-to-last line ends in a hyphen")
        }
    }

    func testAShortLastLineIsAvoidedWhenALongerOneFits() {
        // Ten words of 40 and a last one of 20 at a measure of 250: five words a line leaves
        // the last word alone; four, four and three make looser lines but a full last one.
        var items: [BreakItem] = []
        let words = Array(repeating: 40.0, count: 10) + [20.0]
        for (index, width) in words.enumerated() {
            if index > 0 { items.append(.glue(10, stretch: 24, shrink: 3)) }
            items.append(.box(width, piece: index))
        }
        items += [.penalty(0, BreakItem.infinity), .glue(0, stretch: 100_000, shrink: 0), .penalty(0, -BreakItem.infinity)]
        var penalties = BreakPenalties()
        penalties.shortLastLineDemerits = 0
        let without = LineBreaker(items: items, lineWidth: 250, penalties: penalties).optimal()
        let with = LineBreaker(items: items, lineWidth: 250).optimal()
        func lastLineWidth(_ breaks: [Int]) -> Double {
            let start = breaks.count > 1 ? breaks[breaks.count - 2] + 1 : 0
            return items[start..<breaks[breaks.count - 1]].filter { $0.kind == .box }.reduce(0) { $0 + $1.width }
        }
        XCTAssertLessThan(lastLineWidth(without), 250 * 0.15, "the fixture must produce a short last line without the rule")
        XCTAssertGreaterThanOrEqual(lastLineWidth(with), 250 * 0.15)
    }
}
