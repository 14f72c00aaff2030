/// The table of contents: one entry per listed heading with its number, title, dot
/// leaders and the page number right-aligned, each linked to its heading. Page numbers come
/// from the previous layout pass; the engine repeats until they stop changing.
extension BlockBuilder {
    func contents(_ toc: TableOfContents, headings: [HeadingInfo], pages: [Int?]) -> BlockStack {
        var element = 0
        var slices = textSlices(toc.title, style: style.text("innehållsrubrik"), role: .heading(level: 1), element: &element)
        for (index, heading) in headings.enumerated() where heading.inContents && heading.level <= toc.maxLevel {
            let page = pages.indices.contains(index) ? pages[index].map { "\($0 + 1)" } ?? "" : ""
            slices += entrySlices(heading, page: page, element: element)
            element += 1
        }
        return BlockStack(slices: slices, spaceBefore: .zero, spaceAfter: style.text("brödtext").spaceAfter, elementCount: element)
    }

    /// TOC → TOCI → Link: each line of an entry is a Link leaf (its area first, so the
    /// painter opens the Link with it) holding the title and, on the last line, the page number.
    private func entrySlices(_ heading: HeadingInfo, page: String, element: Int) -> [Slice] {
        let text = style.text("innehåll\(min(heading.level, 3))")
        let indent = style.contents.indentPerLevel * Double(heading.level - 1)
        let numberWidth = style.contents.pageNumberWidth
        let groups = [StructureGroup(.tableOfContents, element: 0), StructureGroup(.tableOfContentsEntry, element: element)]
        let lines = typesetter.lines([.text(heading.title)], style: text, width: width - indent - numberWidth, alignment: .left, hyphenate: true)
        var structure = StructureRef(role: .link, element: element, groups: groups)
        var slices: [Slice] = lines.enumerated().map { index, line in
            structure.part = index
            let link = PageItem(.link(Rect(x: indent, y: .zero, width: width - indent, height: line.height), .anchor(heading.anchor)), structure: structure)
            return Slice(height: line.height, items: [link] + typesetter.items(of: line, x: indent, y: .zero, structure: structure), breakAfter: false)
        }
        guard let last = lines.last, !slices.isEmpty else { return [] }
        let baseline = last.runs.first?.origin.y ?? text.leading
        slices[slices.count - 1].items += leaderAndNumber(page, text: text, from: indent + last.width, baseline: baseline, structure: structure)
        slices[0].height += text.spaceBefore
        slices[0].items = slices[0].items.map { $0.moved(dx: .zero, dy: text.spaceBefore) }
        slices[slices.count - 1].breakAfter = true
        return slices
    }

    private func leaderAndNumber(_ page: String, text: TextStyle, from start: Points, baseline: Points, structure: StructureRef) -> [PageItem] {
        let font = text.font
        let numberWidth = typesetter.cache.width(page, font)
        var items: [PageItem] = []
        let leaderFont = font.regular
        let dot = typesetter.cache.width(style.contents.leader, leaderFont)
        let leaderStart = start + Points(6)
        let leaderEnd = width - style.contents.pageNumberWidth + Points(4)
        if dot > .zero, leaderEnd > leaderStart {
            let count = Int(((leaderEnd - leaderStart) / dot).rounded(.down))
            let segment = TextSegment(text: String(repeating: style.contents.leader, count: count), x: .zero, width: dot * Double(count))
            let x = leaderEnd - dot * Double(count)
            items.append(PageItem(.text(TextRun(origin: Point(x: x, y: baseline), font: leaderFont, color: text.color, segments: [segment])), structure: .artifact))
        }
        if !page.isEmpty {
            let run = TextRun(origin: Point(x: width - numberWidth, y: baseline), font: font, color: text.color,
                              segments: [TextSegment(text: page, x: .zero, width: numberWidth)])
            items.append(PageItem(.text(run), structure: structure))
        }
        return items
    }
}
