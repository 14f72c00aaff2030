/// Running header and footer, added after the body is laid out ("marginals last"), when
/// the page count is known: fields {titel}, {avsnitt}, {sida}, {sidor}, a rule and the
/// annual report's initials boxes. Every item is an artifact.
struct PageTemplate {
    let style: LayoutStyle
    let cache: MeasureCache
    let title: String
    var initialsBoxes = true

    func decorate(_ pages: inout [Page], sections: [String]) {
        for index in pages.indices {
            let fields = ["{titel}": title, "{avsnitt}": sections[index], "{sida}": "\(index + 1)", "{sidor}": "\(pages.count)"]
            let first = index == 0
            if let header = style.header, !first || style.firstPage.showHeader {
                pages[index].items += marginal(header, page: pages[index], fields: fields, isHeader: true)
            }
            if let footer = style.footer, !first || style.firstPage.showFooter {
                pages[index].items += marginal(footer, page: pages[index], fields: fields, isHeader: false)
            }
        }
    }

    private func marginal(_ template: MarginalTemplate, page: Page, fields: [String: String], isHeader: Bool) -> [PageItem] {
        var template = template
        if !initialsBoxes { template.initials = [] }
        let text = style.text(isHeader ? "sidhuvud" : "sidfot")
        let left = style.margins.left
        let right = page.size.width - style.margins.right
        let baseline = isHeader ? template.offset : page.size.height - template.offset
        var items: [PageItem] = []
        let rightText = fill(template.right, fields)
        if !isHeader, !template.initials.isEmpty {
            // One place on every page: beside the widest the right text can be ("Sida 88 av 88"),
            // so the boxes do not move when the page number gains a digit.
            let widest = fill(template.right, fields.merging(["{sida}": widestNumber(fields), "{sidor}": widestNumber(fields)]) { $1 })
            let boxesRight = right - cache.width(widest, text.font) - (widest.isEmpty ? .zero : Points(12))
            items += initialsBoxes(template, right: boxesRight, labelBaseline: baseline)
        }
        items += run(fill(template.left, fields), font: text, x: left, baseline: baseline, align: .left)
        items += run(fill(template.center, fields), font: text, x: (left + right) / 2, baseline: baseline, align: .center)
        items += run(rightText, font: text, x: right, baseline: baseline, align: .right)
        if template.rule > .zero {
            let top = template.initials.isEmpty || isHeader ? baseline - text.font.size - Points(3) : initialsBoxTop(template, labelBaseline: baseline) - Points(4)
            let y = isHeader ? baseline + Points(4) : top
            items.append(PageItem(.line(from: Point(x: left, y: y), to: Point(x: right, y: y), stroke: Stroke(width: template.rule, color: text.color))))
        }
        return items
    }

    private func run(_ string: String, font text: TextStyle, x: Points, baseline: Points, align: TextAlignment) -> [PageItem] {
        guard !string.isEmpty else { return [] }
        let width = cache.width(string, text.font)
        let start = align == .right ? x - width : align == .center ? x - width / 2 : x
        let run = TextRun(origin: Point(x: start, y: baseline), font: text.font, color: text.color, segments: [TextSegment(text: string, x: .zero, width: width)])
        return [PageItem(.text(run))]
    }

    /// "88" for a document of 12–99 pages: the widest a page number can be set.
    private func widestNumber(_ fields: [String: String]) -> String {
        String(repeating: "8", count: fields["{sidor}"]?.count ?? 1)
    }

    private static let initialsLabelSize = Points(6)

    private func initialsBoxTop(_ template: MarginalTemplate, labelBaseline: Points) -> Points {
        labelBaseline - Self.initialsLabelSize - Points(2) - template.initialsSize.height
    }

    /// Boxes for the chair's and the adjuster's initials, the whole box free for ink, each
    /// labelled in small type under it, on the footer's baseline.
    private func initialsBoxes(_ template: MarginalTemplate, right: Points, labelBaseline: Points) -> [PageItem] {
        let size = template.initialsSize
        var label = style.text("sidfot")
        label.font = label.font.sized(Self.initialsLabelSize)
        let gap = Points(6)
        var items: [PageItem] = []
        var x = right - (size.width + gap) * Double(template.initials.count) + gap
        for name in template.initials {
            let rect = Rect(x: x, y: initialsBoxTop(template, labelBaseline: labelBaseline), width: size.width, height: size.height)
            items.append(PageItem(.rect(rect, fill: nil, stroke: Stroke(width: Points(0.5), color: label.color))))
            items += run(name, font: label, x: x, baseline: labelBaseline, align: .left)
            x += size.width + gap
        }
        return items
    }

    /// Replaces each known `{field}`; other braces stay as written. One pass over the
    /// template (Foundation's replacingOccurrences per field and page was a visible share of layout).
    private func fill(_ template: String, _ fields: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"), let value = fields[String(rest[open...close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}

import Foundation
