import Foundation
import ReportLayout

/// The white space around an element of a laid-out page, as a reader sees it: from the
/// ink of whatever stands above (a text line's descent, a table rule, a shaded row) to the
/// element's first line, and from its last line to whatever follows. Text lines are
/// measured by their font's ascent and descent from the measurer, never from the layout's
/// own spacing figures. Running headers and footers (artifacts outside the text area) are
/// not neighbours; a letter's address and sender blocks are.
struct LaidOutWhiteSpace {
    struct Extent {
        var top: Double
        var bottom: Double
        var element: Int
    }

    struct Around {
        /// Points of white above, or nil when nothing stands above on the page.
        var above: Double?
        /// Points of white below, or nil when nothing follows on the page.
        var below: Double?
        /// The element whose ink ends nearest above (-1 for an artifact such as a rule).
        var elementAbove: Int?
    }

    let extents: [Extent]

    init(_ page: Page, measurer: TextMeasurer) {
        extents = page.items.compactMap { Self.extent($0, on: page, measurer: measurer) }
    }

    func around(element: Int) -> Around {
        let own = extents.filter { $0.element == element }
        let top = own.map(\.top).min() ?? 0, bottom = own.map(\.bottom).max() ?? 0
        let others = extents.filter { $0.element != element }
        let nearestAbove = others.filter { $0.bottom <= top + 0.01 }.max { $0.bottom < $1.bottom }
        let below = others.filter { $0.top >= bottom - 0.01 }.map(\.top).min().map { $0 - bottom }
        return Around(above: nearestAbove.map { top - $0.bottom }, below: below, elementAbove: nearestAbove?.element)
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

/// Every heading of a laid-out document with the white above and below it.
struct LaidOutHeadingSpace {
    struct Heading {
        var page: Int
        var level: Int
        var text: String
        var space: LaidOutWhiteSpace.Around
    }

    let headings: [Heading]

    init(_ document: LaidOutDocument, measurer: TextMeasurer) {
        var headings: [Heading] = []
        for (index, page) in document.pages.enumerated() {
            var runs: [Int: (level: Int, runs: [TextRun])] = [:]
            for item in page.items {
                if case let .heading(level) = item.structure.role, case let .text(run) = item.content {
                    runs[item.structure.element, default: (level, [])].runs.append(run)
                }
            }
            let white = LaidOutWhiteSpace(page, measurer: measurer)
            for (element, heading) in runs.sorted(by: { $0.key < $1.key }) {
                let text = heading.runs.sorted { $0.origin.y < $1.origin.y }.map(\.text).joined(separator: " ")
                headings.append(Heading(page: index, level: heading.level, text: text, space: white.around(element: element)))
            }
        }
        self.headings = headings
    }
}
