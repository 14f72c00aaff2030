/// Turns one block of the tree into a `BlockStack` at the text width. Knows nothing of
/// pages: the flow splits stacks over them.
struct BlockBuilder {
    let typesetter: Typesetter
    let style: LayoutStyle
    let width: Points
    let debugBoxes: Bool

    /// The width of running text: the layout's measure, never wider than the text area.
    var proseWidth: Points { style.measure.map { min($0, width) } ?? width }

    func paragraph(_ paragraph: Paragraph) -> BlockStack {
        let text = style.text(paragraph.style)
        let lines = lines(paragraph.inlines, style: text, width: proseWidth - text.indent, alignment: paragraph.alignment)
        let structure = StructureRef(role: .paragraph, element: 0)
        let slices = typesetter.slices(of: lines, x: text.indent, structure: structure, orphans: style.orphans, widows: style.widows)
        return BlockStack(slices: slices, spaceBefore: text.spaceBefore, spaceAfter: text.spaceAfter)
    }

    /// A heading with its engine-made number; kept whole, and the flow keeps it with what follows.
    func heading(_ heading: Heading, number: String?, anchor: String, tagLevel: Int) -> BlockStack {
        let text = style.heading(level: heading.level)
        let title = number.map { "\($0)\u{2002}\(heading.text)" } ?? heading.text
        let lines = typesetter.lines([.text(title)], style: text, width: proseWidth - text.indent, alignment: text.alignment == .justified ? .left : text.alignment, hyphenate: false)
        let structure = StructureRef(role: .heading(level: tagLevel), element: 0)
        var slices = lines.map { Slice(height: $0.height, items: typesetter.items(of: $0, x: text.indent, y: .zero, structure: structure), breakAfter: false) }
        guard !slices.isEmpty else { return BlockStack(slices: []) }
        slices[0].items.insert(PageItem(.anchor(name: anchor, at: Point(x: text.indent, y: .zero)), structure: structure), at: 0)
        slices[0].newPage = style.headings.newPageLevels.contains(heading.level)
        slices[slices.count - 1].breakAfter = true
        return BlockStack(slices: slices, spaceBefore: text.spaceBefore, spaceAfter: text.spaceAfter, keepsWithNext: true)
    }

    /// A single unbreakable slice of vertical space.
    func space(_ height: Points) -> BlockStack {
        BlockStack(slices: [Slice(height: height, items: [], breakAfter: true)], elementCount: 0)
    }

    /// Stacks that must share a page: no breaks inside unless the whole is taller than a page,
    /// and then never right after a heading. The breaks the parts allowed stay as soft breaks,
    /// which the flow takes only when moving the whole would leave a page too empty.
    func keepTogether(_ stacks: [BlockStack], pageHeight: Points) -> BlockStack {
        var slices: [Slice] = []
        var elementBase = 0
        var continued: (slices: [Slice], covers: Range<Int>)?
        for (index, stack) in stacks.enumerated() {
            if continued == nil, !stack.continuation.isEmpty {
                let base = slices.count
                let covers = stack.continuationCovers ?? 1..<stack.slices.count
                continued = (stack.continuation, (base + covers.lowerBound)..<(base + covers.upperBound))
            }
            let gap = index == 0 ? .zero : max(stacks[index - 1].spaceAfter, stack.spaceBefore)
            if gap > .zero, !slices.isEmpty { slices[slices.count - 1].height += gap }
            slices += stack.slices.map { slice in
                var slice = slice
                slice.items = slice.items.map { $0.renumbered(base: elementBase) }
                return slice
            }
            if stack.keepsWithNext, index < stacks.count - 1, !slices.isEmpty { slices[slices.count - 1].breakAfter = false }
            elementBase += stack.elementCount
        }
        let together = slices.reduce(Points.zero) { $0 + $1.height } <= pageHeight
        if together {
            for index in slices.indices {
                slices[index].softBreak = slices[index].breakAfter && !slices[index].hyphenated && index < slices.count - 1
                slices[index].breakAfter = false
            }
        }
        var stack = BlockStack(slices: slices, spaceBefore: stacks.first?.spaceBefore ?? .zero, spaceAfter: stacks.last?.spaceAfter ?? .zero,
                               continuation: continued?.slices ?? [], elementCount: elementBase)
        // The first table's header opens a page the block continues on, when it breaks inside that table.
        stack.continuationCovers = continued?.covers
        // A figure kept with its caption floats with it.
        stack.floats = together && stacks.first?.floats == true
        return stack
    }

    func debugOutline(_ rect: Rect) -> PageItem {
        PageItem(.rect(rect, fill: nil, stroke: Stroke(width: Points(0.25), color: Color(red: 0.9, green: 0.1, blue: 0.1))))
    }
}

extension PageItem {
    /// The item with its local element number moved past `base`; artifacts stay artifacts.
    func renumbered(base: Int) -> PageItem {
        guard !structure.isArtifact else { return self }
        return PageItem(content, structure: structure.renumbered(base: base))
    }

    func moved(dx: Points, dy: Points) -> PageItem {
        PageItem(content.moved(dx: dx, dy: dy), structure: structure)
    }
}

extension PageContent {
    func moved(dx: Points, dy: Points) -> PageContent {
        func move(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
        func move(_ rect: Rect) -> Rect { Rect(x: rect.minX + dx, y: rect.minY + dy, width: rect.size.width, height: rect.size.height) }
        switch self {
        case var .text(run):
            run.origin = move(run.origin)
            return .text(run)
        case let .line(from, to, stroke): return .line(from: move(from), to: move(to), stroke: stroke)
        case let .rect(rect, fill, stroke): return .rect(move(rect), fill: fill, stroke: stroke)
        case let .path(points, closed, fill, stroke): return .path(points: points.map(move), closed: closed, fill: fill, stroke: stroke)
        case let .link(rect, target): return .link(move(rect), target)
        case let .anchor(name, at): return .anchor(name: name, at: move(at))
        case let .image(rect, file): return .image(move(rect), file)
        case let .signatureField(rect, name): return .signatureField(move(rect), name: name)
        }
    }
}
