import Foundation
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest
@testable import ReportApp

/// The covering letters as laid out: room for a handwritten signature above the sender's
/// name, the closing kept with it, and the office's phone and e-mail in the letterhead.
/// Names and contact details are typed from the example's rapport.yaml and brev.md.
final class LetterSignatureLayoutTests: XCTestCase {
    static let senderName = "Anna Lindqvist"
    static let closing = "Med vänliga hälsningar"

    private struct Signature {
        var page: Int
        var spaceMillimetres: Double
        var closingAbove: Bool
    }

    /// The white between the closing line's descent and the sender name's ascent.
    private func signature(in document: LaidOutDocument, measurer: TextMeasurer) throws -> Signature {
        for (index, page) in document.pages.enumerated() {
            let texts = page.items.compactMap { item -> (run: TextRun, element: Int)? in
                if case let .text(run) = item.content, !item.structure.isArtifact { return (run, item.structure.element) } else { return nil }
            }
            guard let name = texts.first(where: { $0.run.text == Self.senderName }) else { continue }
            let around = LaidOutWhiteSpace(page, measurer: measurer).around(element: name.element)
            let above = try XCTUnwrap(around.above, "nothing above the sender's name")
            let closingAbove = texts.contains { $0.element == around.elementAbove && $0.run.text == Self.closing }
            return Signature(page: index, spaceMillimetres: above / 72 * 25.4, closingAbove: closingAbove)
        }
        throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "no line \(Self.senderName) in the letter"])
    }

    func testEveryLetterLeavesFifteenToTwentyMillimetresForTheSignature() throws {
        let measurer = try TypesetProofs.measurer()
        let letters = Array(try TertialProofTests.proofs.get().dropFirst())
        XCTAssertEqual(letters.count, 11)
        for letter in letters {
            let signature = try signature(in: letter.laidOut, measurer: measurer)
            print(String(format: "brev \(letter.name): %.1f mm för namnteckningen, sida %d", signature.spaceMillimetres, signature.page + 1))
            XCTAssertGreaterThanOrEqual(signature.spaceMillimetres, 15, letter.name)
            XCTAssertLessThanOrEqual(signature.spaceMillimetres, 20, letter.name)
            XCTAssertTrue(signature.closingAbove, "\(letter.name): the closing line is not right above the signature space")
        }
    }

    /// Wherever the page breaks, the closing line, the signature space and the name stay
    /// on one page: the letter is laid out with 0 to 44 extra one-line paragraphs, which
    /// moves the closing across a whole page.
    func testTheClosingLineStaysWithTheSignatureAcrossAPageBreak() throws {
        let renderer = try DocumentRenderer()
        let measurer = try TypesetProofs.measurer()
        let inputs = try TertialFolder.load(path: TertialRendering.folder)
        let model = try XCTUnwrap(TertialReportBuilder.build(inputs).model)
        let letter = try XCTUnwrap(model.letters.first)
        let composed = LetterComposer.compose(letter, reportTitle: model.title, associationName: model.associationName, period: model.period)
        let heading = try XCTUnwrap(composed.blocks.firstIndex { if case .heading = $0 { return true } else { return false } })
        var pagesSeen: Set<Int> = []
        for extra in 0..<45 {
            var document = composed
            let filler = (0..<extra).map { Block.paragraph(Paragraph("Rad \($0 + 1) som skjuter brevets slut nedåt.")) }
            document.blocks.insert(contentsOf: filler, at: heading + 1)
            let signature = try signature(in: try renderer.layout(document, layoutName: LetterComposer.layoutName), measurer: measurer)
            pagesSeen.insert(signature.page)
            XCTAssertTrue(signature.closingAbove, "\(extra) extra lines: the closing is not above the name on page \(signature.page + 1)")
            XCTAssertGreaterThanOrEqual(signature.spaceMillimetres, 15, "\(extra) extra lines")
        }
        XCTAssertGreaterThanOrEqual(pagesSeen.count, 2, "the sweep never moved the signature to another page")
    }

    /// The letterhead at the top left, above the envelope window: the sender's address,
    /// then the office's phone and e-mail, each on a line of its own (never broken).
    func testLetterheadHoldsTheOfficesPhoneAndEmailAboveTheWindow() throws {
        for letter in try TertialProofTests.proofs.get().dropFirst() {
            let first = try XCTUnwrap(letter.laidOut.pages.first)
            let runs = first.items.compactMap { item -> TextRun? in if case let .text(run) = item.content { return run } else { return nil } }
            let office = try XCTUnwrap(runs.first { $0.text == "Sjuhärads samordningsförbund" }, letter.name)
            for line in ["Telefon 033-35 70 00", "E-post kansli@sjuharad-finsam.example"] {
                let run = try XCTUnwrap(runs.first { $0.text == line }, "\(letter.name): no line \(line)")
                XCTAssertEqual(run.origin.x.value, office.origin.x.value, accuracy: 0.01, "\(letter.name): \(line)")
                XCTAssertGreaterThan(run.origin.y.value, office.origin.y.value, line)
                XCTAssertLessThan(run.origin.y.value, EnvelopeWindow.window.minY.value, "\(line) reaches the window")
            }
        }
    }
}
