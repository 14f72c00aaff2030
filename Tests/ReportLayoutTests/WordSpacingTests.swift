import XCTest
@testable import ReportLayout

/// Justified word spaces: neighbouring lines stay within one fitness class of each other
/// (TeX's \adjdemerits), a compound breaks at its joint rather than inside a part, and no
/// space shrinks below the layout's narrowest.
final class WordSpacingTests: XCTestCase {
    /// Seeded paragraphs of words 20–70 wide at a measure of 300: with the neighbour
    /// demerits fewer neighbouring lines are more than one class apart than without (38
    /// against 47 in 493 lines: most jumps are forced by a long word that cannot break).
    func testNeighbourLinesAreSeldomMoreThanOneFitnessClassApart() {
        var generator = SeededNumbers(seed: 15)
        var jumpsWithout = 0, jumpsWith = 0, lines = 0
        for _ in 0..<60 {
            var items: [BreakItem] = []
            for index in 0..<40 {
                if index > 0 { items.append(.glue(10, stretch: 12, shrink: 4)) }
                items.append(.box(Double(20 + generator.next(below: 51)), piece: index))
                if generator.next(below: 4) == 0 { items.append(.penalty(4, 700, flagged: true)); items.append(.box(15, piece: index)) }
            }
            items += [.penalty(0, BreakItem.infinity), .glue(0, stretch: 100_000, shrink: 0), .penalty(0, -BreakItem.infinity)]
            var penalties = BreakPenalties()
            penalties.adjacentDemerits = 0
            let loose = LineBreaker(items: items, lineWidth: 300, penalties: penalties).optimal()
            penalties.adjacentDemerits = 10_000
            let even = LineBreaker(items: items, lineWidth: 300, penalties: penalties).optimal()
            jumpsWithout += Self.classJumps(items, breaks: loose, width: 300)
            jumpsWith += Self.classJumps(items, breaks: even, width: 300)
            lines += even.count
        }
        XCTAssertGreaterThan(jumpsWithout, 10, "the fixture must have uneven neighbours without the demerits")
        XCTAssertLessThan(Double(jumpsWith), Double(jumpsWithout) * 0.9, "\(jumpsWith) jumps with, \(jumpsWithout) without, in \(lines) lines")
    }

    /// "verksamhetsutveckling" has the joint verksamhets|utveckling: a break inside a part
    /// ("verk-", "verksam-", "utveck-") costs the compound price, the joint the joint price;
    /// a word without a known joint ("organisation") keeps the plain syllable price.
    func testASyllableBreakInsideACompoundsPartCostsMoreThanItsJoint() throws {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: try Fixtures.hyphenator())
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Sans", size: Points(10))
        func prices(_ word: String) -> [String: Double] {
            let paragraph = typesetter.items([.text("med " + word)], style: style, alignment: .justified)
            var prices: [String: Double] = [:]
            var before = ""
            for item in paragraph.items {
                if item.kind == .box { before += paragraph.pieces[item.piece].text }
                if item.kind == .penalty, item.flagged { prices[before] = item.penalty }
            }
            return prices
        }
        let defaults = BreakPenalties()
        let compound = prices("verksamhetsutveckling")
        XCTAssertEqual(compound["medverksamhets"], defaults.joint, "\(compound)")
        XCTAssertEqual(compound.filter { $0.key != "medverksamhets" }.values.sorted(), [Double](repeating: defaults.compoundSyllable, count: compound.count - 1))
        XCTAssertGreaterThan(compound.count, 2, "\(compound)")
        let plain = prices("organisation")
        XCTAssertFalse(plain.isEmpty)
        XCTAssertEqual(Set(plain.values), [defaults.syllable], "\(plain)")
    }

    /// A tight line: the spaces shrink, but none below the layout's narrowest (here 0.4 em
    /// of a 10 pt font, 4 pt, where the share alone would allow 3 pt).
    func testAWordSpaceNeverShrinksBelowTheLayoutsNarrowest() {
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Sans", size: Points(10))
        let text = Array(repeating: "aaaa bbbbb cc ddddddd eee", count: 8).joined(separator: " ")
        func narrowestGap(minimum: Double) -> Double {
            var penalties = BreakPenalties()
            penalties.spaceShrink = 0.4
            penalties.minimumSpace = minimum
            let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: nil, penalties: penalties)
            var narrowest = Double.infinity
            for width in stride(from: 100.0, through: 200.0, by: 3) {
                let lines = typesetter.lines([.text(text)], style: style, width: Points(width), alignment: .justified)
                for line in lines.dropLast() {
                    let segments = line.runs.flatMap { run in run.segments.map { (run.origin.x + $0.x).value...(run.origin.x + $0.x + $0.width).value } }
                    for (left, right) in zip(segments, segments.dropFirst()) { narrowest = min(narrowest, right.lowerBound - left.upperBound) }
                }
            }
            return narrowest
        }
        XCTAssertLessThan(narrowestGap(minimum: 0), 3.9, "without a minimum some space must shrink below 4 pt")
        XCTAssertGreaterThanOrEqual(narrowestGap(minimum: 0.4), 4 - 1e-9)
    }

    /// The lines' fitness classes from their adjustment ratios (tight < −0.5 ≤ decent ≤ 0.5 <
    /// loose ≤ 1 < very loose), computed here from the items, and how often neighbours differ by more than one.
    static func classJumps(_ items: [BreakItem], breaks: [Int], width: Double) -> Int {
        var classes: [Int] = []
        var start = 0
        for end in breaks.dropLast() {
            let line = items[start..<end].filter { $0.kind != .penalty }
            let natural = line.reduce(0) { $0 + $1.width } + (items[end].kind == .penalty ? items[end].width : 0)
            let ratio = natural < width ? (width - natural) / line.reduce(0) { $0 + $1.stretch } : (width - natural) / line.reduce(0) { $0 + $1.shrink }
            classes.append(ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3)
            start = end + 1
            while start < items.count, items[start].kind != .box { start += 1 }
        }
        return zip(classes, classes.dropFirst()).filter { abs($0 - $1) > 1 }.count
    }
}

/// A small linear congruential generator, so that a "random" fixture is the same every run.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
