import Foundation
@testable import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout
import XCTest

/// The address block of every letter lies inside the envelope window, checked on the
/// laid-out pages' positions (every text run of the address), not by eye.
final class TertialEnvelopeWindowTests: XCTestCase {
    func testEveryAddressLineLiesInsideTheWindowAndNothingElseDoes() throws {
        let inputs = try TertialFolder.load(path: CommandLineRunner.repository.path + "/examples/sjuharad-2017-t1")
        let model = try XCTUnwrap(TertialReportBuilder.build(inputs).model)
        let renderer = try DocumentRenderer()
        let letters = try TertialRender.layOut(model, renderer: renderer).letters
        XCTAssertEqual(letters.count, 11)
        // The window of an H2 envelope on the A4 sheet: 100–190 mm across, 45–85 mm down.
        let window = Rect(x: .mm(100), y: .mm(45), width: .mm(90), height: .mm(40))
        XCTAssertEqual(EnvelopeWindow.window, window)
        for (letter, document) in zip(model.letters, letters) {
            let runs = document.pages[0].items.compactMap { item -> TextRun? in
                if case let .text(run) = item.content { return run }
                return nil
            }
            let bounds = { (run: TextRun) in Self.bounds(run, renderer.measurer.metrics(of: run.font)) }
            let inWindow = runs.filter { Self.overlaps(window, bounds($0)) }
            XCTAssertEqual(inWindow.map(\.text), letter.addressLines, letter.memberName)
            for run in inWindow {
                XCTAssertTrue(EnvelopeWindow.addressArea.contains(bounds(run), tolerance: .zero),
                              "\(letter.memberName): \"\(run.text)\" at \(bounds(run)) leaves the clear area")
            }
        }
    }

    /// A run's box: its advance width, from the font's ascender above the baseline to its
    /// descender below, as the measurer reports them.
    static func bounds(_ run: TextRun, _ metrics: FontMetrics) -> Rect {
        let left = run.origin.x + (run.segments.first?.x ?? .zero)
        let right = run.origin.x + (run.segments.last.map { $0.x + $0.width } ?? .zero)
        return Rect(x: left, y: run.origin.y - metrics.ascent, width: right - left, height: metrics.ascent + metrics.descent)
    }

    static func overlaps(_ a: Rect, _ b: Rect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }
}
