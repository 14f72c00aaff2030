import XCTest
@testable import ReportLayout

final class LineBreakingTests: XCTestCase {
    private func lines(_ text: String, width: Double, greedy: Bool, alignment: TextAlignment = .left) -> [String] {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: nil, greedy: greedy)
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Serif", size: Points(10))
        return typesetter.lines([.text(text)], style: style, width: Points(width), alignment: alignment)
            .map { $0.runs.flatMap { $0.segments.map(\.text) }.joined(separator: " ") }
    }

    func testOptimalBreakingBalancesWhereGreedyLeavesAGap() {
        let text = "aaaa bbbb cc dddddddddd"
        XCTAssertEqual(lines(text, width: 50, greedy: true), ["aaaa bbbb", "cc", "dddddddddd"])
        XCTAssertEqual(lines(text, width: 50, greedy: false), ["aaaa", "bbbb cc", "dddddddddd"])
    }

    func testJustifiedLinesFillTheMeasureExceptTheLast() throws {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: try Fixtures.hyphenator())
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Serif", size: Points(10))
        let set = typesetter.lines([.text(Fixtures.words(40))], style: style, width: Points(300), alignment: .justified)
        XCTAssertGreaterThan(set.count, 3)
        for line in set.dropLast() {
            let last = line.runs.last!.origin.x + line.runs.last!.segments.last!.x + line.runs.last!.segments.last!.width
            XCTAssertEqual(last.value, 300, accuracy: 0.01)
            XCTAssertGreaterThan(line.runs[0].segments.count, 1, "one segment per word")
        }
    }

    func testHyphenatedLineEndsWithSyllableAndHyphen() throws {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: try Fixtures.hyphenator())
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Serif", size: Points(10))
        let set = typesetter.lines([.text("Kostnaderna för rehabiliteringsinsatser ökade")], style: style, width: Points(120), alignment: .justified)
        let ends = set.map { $0.runs.last!.segments.last!.text }
        XCTAssertTrue(ends.contains { $0.hasSuffix("-") }, "\(ends)")
        for line in set { XCTAssertLessThanOrEqual(line.width.value, 120.01) }
    }

    func testEveryDistinctWordIsMeasuredOncePerFont() throws {
        let measurer = FixedWidthMeasurer()
        let engine = LayoutEngine(style: try Fixtures.style(), measurer: measurer)
        let document = Document(metadata: DocumentMetadata(title: "T"), blocks: (0..<50).map { .paragraph(Paragraph(Fixtures.words(60, seed: $0))) })
        _ = try engine.layout(document)
        let first = measurer.calls
        _ = try engine.layout(document)
        XCTAssertEqual(measurer.calls, first, "a second layout measures nothing new")
        XCTAssertLessThan(first, 400)
    }
}

final class FigureUnitTests: XCTestCase {
    private func lines(_ text: String, width: Double, greedy: Bool) -> [String] {
        let typesetter = Typesetter(cache: MeasureCache(measurer: FixedWidthMeasurer()), hyphenator: nil, greedy: greedy)
        var style = TextStyle()
        style.font = FontSpec(family: "Noto Serif", size: Points(10))
        return typesetter.lines([.text(text)], style: style, width: Points(width), alignment: .left)
            .map { $0.runs.flatMap { $0.segments.map(\.text) }.joined(separator: " ") }
    }

    func testAUnitStaysOnTheLineOfItsFigure() {
        // 5 pt a character: "Totalt 18 022" is 70 pt, "tkr" would end at 90 pt > 80.
        for greedy in [true, false] {
            XCTAssertEqual(lines("Totalt 18\u{202F}022 tkr i år", width: 80, greedy: greedy), ["Totalt", "18\u{202F}022 tkr i år"])
            XCTAssertEqual(lines("Andelen var 28 %.", width: 70, greedy: greedy), ["Andelen var", "28 %."])
        }
    }

    func testOtherWordsAfterAFigureStillBreak() {
        XCTAssertEqual(lines("Totalt 18\u{202F}022 personer", width: 80, greedy: true), ["Totalt 18\u{202F}022", "personer"])
    }
}
