import Foundation
import ReportLayout

/// The white space around each heading of a laid-out document, as a reader sees it: from
/// the ink of whatever stands above (a text line's descent, a table rule, a shaded row) to
/// the heading's first line, and from its last line to whatever follows. Text lines are
/// measured by their font's ascent and descent from the measurer, never from the layout's
/// own spacing figures. Running headers and footers (artifacts outside the text area) are
/// not counted as neighbours; the letter's address and sender blocks are.
struct LaidOutHeadingSpace {
    struct Heading {
        var page: Int
        var level: Int
        var text: String
        /// Points of white above, or nil when the heading opens the page.
        var above: Double?
        /// Points of white below, or nil when the heading ends the page.
        var below: Double?
    }

    private struct Extent {
        var top: Double
        var bottom: Double
        var element: Int
    }

    let headings: [Heading]

    init(_ document: LaidOutDocument, measurer: TextMeasurer) {
        var headings: [Heading] = []
        for (index, page) in document.pages.enumerated() {
            var extents: [Extent] = []
            var headingRuns: [Int: (level: Int, runs: [TextRun])] = [:]
            for item in page.items {
                guard let extent = Self.extent(item, on: page, measurer: measurer) else { continue }
                extents.append(extent)
                if case let .heading(level) = item.structure.role, case let .text(run) = item.content {
                    headingRuns[item.structure.element, default: (level, [])].runs.append(run)
                }
            }
            for (element, heading) in headingRuns.sorted(by: { $0.key < $1.key }) {
                let own = extents.filter { $0.element == element }
                let top = own.map(\.top).min() ?? 0, bottom = own.map(\.bottom).max() ?? 0
                let others = extents.filter { $0.element != element }
                let above = others.filter { $0.bottom <= top + 0.01 }.map(\.bottom).max().map { top - $0 }
                let below = others.filter { $0.top >= bottom - 0.01 }.map(\.top).min().map { $0 - bottom }
                let text = heading.runs.sorted { $0.origin.y < $1.origin.y }.map(\.text).joined(separator: " ")
                headings.append(Heading(page: index, level: heading.level, text: text, above: above, below: below))
            }
        }
        self.headings = headings
    }

    private static func extent(_ item: PageItem, on page: Page, measurer: TextMeasurer) -> Extent? {
        let span: (top: Double, bottom: Double)
        switch item.content {
        case let .text(run):
            let metrics = measurer.metrics(of: run.font)
            span = (run.origin.y.value - metrics.ascent.value, run.origin.y.value + metrics.descent.value)
        case let .line(from, to, stroke):
            let half = stroke.width.value / 2
            span = (min(from.y.value, to.y.value) - half, max(from.y.value, to.y.value) + half)
        case let .rect(rect, _, _), let .image(rect, _):
            span = (rect.minY.value, rect.maxY.value)
        case let .path(points, _, _, _):
            let ys = points.map(\.y.value)
            span = (ys.min() ?? 0, ys.max() ?? 0)
        case .link, .anchor, .signatureField:
            return nil
        }
        let area = page.textArea
        if item.structure.isArtifact && (span.bottom < area.minY.value - 0.01 || span.top > area.maxY.value + 0.01) { return nil }
        return Extent(top: span.top, bottom: span.bottom, element: item.structure.element)
    }
}
