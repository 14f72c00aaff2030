import Foundation
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The real annual report (examples/sjuharad-2024) as laid out, reviewed like a proof:
/// hyphenation rate and fragments, no break in a name, no split range. The fill of every
/// page and the page furniture of all three annual reports: AnnualReportPageTests.
final class AnnualReportTypographyTests: XCTestCase {
    struct Proof {
        var review: LaidOutTypography
        var sourceText: String
        var breaks: [LaidOutTypography.HyphenBreak]
    }

    static let proof: Result<Proof, Error> = Result {
        let inputs = try ReportFolder.load(path: "examples/sjuharad-2024")
        guard let model = AnnualReportBuilder.build(inputs).model else { throw CocoaError(.fileReadCorruptFile) }
        let document = AnnualReportComposer.compose(model)
        let renderer = try DocumentRenderer()
        let laidOut = try renderer.layout(document, layoutName: model.layout)
        let style = try renderer.style(named: model.layout)
        let review = LaidOutTypography(laidOut, bodyFont: style.text("brödtext").font, newPageLevels: style.headings.newPageLevels)
        let source = SourceText.of(document.blocks)
        return Proof(review: review, sourceText: source, breaks: review.hyphenBreaks(sourceText: source))
    }

    func testAtMostSixPercentOfBodyLinesEndInAHyphen() throws {
        let proof = try Self.proof.get()
        let share = Double(proof.breaks.count) / Double(proof.review.lines.count)
        Self.report(proof)
        XCTAssertGreaterThan(proof.review.lines.count, 150, "the report has too few body lines to measure")
        XCTAssertLessThanOrEqual(share, 0.06, "\(proof.breaks.count) of \(proof.review.lines.count) body lines end in a hyphen")
    }

    func testNoFragmentIsShorterThanThreeLettersAndNoRunIsLongerThanTwo() throws {
        let proof = try Self.proof.get()
        let inserted = proof.breaks.filter { !$0.explicit }
        let short = inserted.filter { $0.before.count < 3 || $0.after.count < 3 }
        XCTAssertEqual(short.map(\.word), [], "fragments shorter than 3 letters")
        let runs = proof.review.hyphenRuns(sourceText: proof.sourceText)
        XCTAssertTrue(runs.allSatisfy { $0 <= 2 }, "runs of hyphenated lines: \(runs)")
    }

    func testNoCapitalisedWordIsHyphenatedInsideASentence() throws {
        let proof = try Self.proof.get()
        let names = proof.breaks.filter { !$0.explicit && $0.capitalisedMidSentence }
        XCTAssertEqual(names.map(\.word), [], "names broken by the hyphenator")
    }

    func testNoRangeIsSplitAcrossLines() throws {
        let proof = try Self.proof.get()
        XCTAssertEqual(proof.review.splitRanges(), [])
    }

    func testProseLinesHoldSixtyFiveToSeventyFiveCharactersOnAverage() throws {
        let average = try Self.proof.get().review.averageCharactersPerFullLine
        XCTAssertGreaterThanOrEqual(average, 62, "\(average) characters per line")
        XCTAssertLessThanOrEqual(average, 78, "\(average) characters per line")
    }

    /// The figures for the record (hyphenation rate, fragments, fill, measure), printed once.
    static func report(_ proof: Proof) {
        let review = proof.review
        let inserted = proof.breaks.filter { !$0.explicit }
        let share = Double(proof.breaks.count) / Double(max(review.lines.count, 1)) * 100
        print("typografi: \(proof.breaks.count) av \(review.lines.count) brödtextrader slutar med bindestreck (\(String(format: "%.1f", share)) %)")
        print("typografi: avstavningar: " + inserted.map { "s\($0.page + 1) \($0.word)" }.joined(separator: ", "))
        print("typografi: egna bindestreck: " + proof.breaks.filter(\.explicit).map(\.word).joined(separator: ", "))
        print("typografi: kortaste fragment: \(inserted.map { min($0.before.count, $0.after.count) }.min() ?? 0)")
        print("typografi: följder: \(review.hyphenRuns(sourceText: proof.sourceText))")
        print("typografi: tecken per rad: " + String(format: "%.1f", review.averageCharactersPerFullLine))
        let fills = review.pages.indices.map { "\($0 + 1): \(Int((review.fill(page: $0) * 100).rounded()))" }
        print("typografi: fyllnad (%): " + fills.joined(separator: ", "))
        print("typografi: delade intervall: \(review.splitRanges())")
    }
}

/// The text of a document tree's paragraphs and lists as written, one block a line.
enum SourceText {
    static func of(_ blocks: [Block]) -> String {
        blocks.map(text).joined(separator: "\n")
    }

    private static func text(_ block: Block) -> String {
        switch block {
        case let .paragraph(paragraph): return inlineText(paragraph.inlines)
        case let .list(list): return list.items.map { inlineText($0.inlines) + "\n" + of($0.children) }.joined(separator: "\n")
        case let .quote(quote): return of(quote.blocks)
        case let .keepTogether(children): return of(children)
        case let .heading(heading): return heading.text
        default: return ""
        }
    }

    private static func inlineText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case let .text(text), let .bold(text), let .italic(text), let .boldItalic(text): return text
            case let .link(text, _), let .reference(text, _): return text
            }
        }.joined()
    }
}
