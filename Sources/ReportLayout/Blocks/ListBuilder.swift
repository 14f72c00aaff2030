/// Lists: each item's label (a bullet, or its number) in the indentation, its text beside
/// it, and its nested blocks under the text at the text's indentation.
extension BlockBuilder {
    /// The gap between a label and the item's text.
    private var labelGap: Points { Points(4) }

    /// L → LI → Lbl (the label) + LBody (the text). An item with blocks under it has an
    /// LBody group holding a P for its text and the nested elements.
    func list(_ list: BulletList, depth: Int = 0) throws -> BlockStack {
        let text = style.text(list.style)
        let labels = labels(list, depth: depth)
        let widest = labels.map { typesetter.cache.width($0, text.font) }.max() ?? .zero
        let bodyX = text.indent + max(style.list.indent, widest + labelGap)
        let nested = narrowed(by: bodyX)
        let listGroup = StructureGroup(.list, element: 0)
        var slices: [Slice] = []
        var element = 1
        for (index, item) in list.items.enumerated() {
            let itemElement = element
            element += 1
            let groups = [listGroup, StructureGroup(.listItem, element: itemElement)]
            let bodyGroups = groups + [StructureGroup(.listBody, element: itemElement)]
            let body = item.children.isEmpty ? StructureRef(role: .listBody, element: itemElement, groups: groups)
                                             : StructureRef(role: .paragraph, element: itemElement, groups: bodyGroups)
            let lines = lines(item.inlines, style: text, width: proseWidth - bodyX, alignment: nil)
            var itemSlices = typesetter.slices(of: lines, x: bodyX, structure: body, orphans: style.orphans, widows: style.widows)
            if itemSlices.isEmpty { itemSlices = [Slice(height: text.leading, items: [], breakAfter: true)] }
            let labelX = list.numbering == .bullets ? text.indent : bodyX - labelGap - typesetter.cache.width(labels[index], text.font)
            let label = labelRun(labels[index], text: text, lineHeight: lines.first?.height ?? text.leading, x: labelX)
            itemSlices[0].items.insert(PageItem(.text(label), structure: StructureRef(role: .listLabel, element: itemElement, groups: groups)), at: 0)
            for child in item.children {
                let stack = try nested.childStack(child, depth: depth + 1)
                if let last = itemSlices.indices.last { itemSlices[last].height += max(style.list.itemSpacing, stack.spaceBefore) }
                itemSlices += stack.slices.map { $0.nested(in: bodyGroups, dx: bodyX, elementBase: element) }
                element += stack.elementCount
            }
            if index < list.items.count - 1 { itemSlices[itemSlices.count - 1].height += style.list.itemSpacing }
            slices += itemSlices
        }
        return BlockStack(slices: slices, spaceBefore: text.spaceBefore, spaceAfter: text.spaceAfter, elementCount: element)
    }

    private func labels(_ list: BulletList, depth: Int) -> [String] {
        switch list.numbering {
        case .bullets: return Array(repeating: depth == 0 ? style.list.bullet : "\u{2013}", count: list.items.count)
        case .decimal(let start): return list.items.indices.map { "\(start + $0)." }
        }
    }

    private func labelRun(_ label: String, text: TextStyle, lineHeight: Points, x: Points) -> TextRun {
        let metrics = typesetter.cache.metrics(text.font)
        let baseline = (lineHeight - metrics.height) / 2 + metrics.ascent
        let width = typesetter.cache.width(label, text.font)
        return TextRun(origin: Point(x: x, y: baseline), font: text.font, color: text.color,
                       segments: [TextSegment(text: label, x: .zero, width: width)])
    }

    /// The same builder for a column `amount` narrower (nested lists, quotes).
    func narrowed(by amount: Points) -> BlockBuilder {
        BlockBuilder(typesetter: typesetter, style: style, width: max(width - amount, Points(36)), debugBoxes: debugBoxes)
    }

    /// A block inside a list item or a quote. Headings, page breaks and the other blocks
    /// of the page's own flow do not occur there.
    func childStack(_ block: Block, depth: Int) throws -> BlockStack {
        switch block {
        case let .paragraph(paragraph): return self.paragraph(paragraph)
        case let .list(list): return try self.list(list, depth: depth)
        case let .quote(quote): return try self.quote(quote)
        case let .image(image): return self.image(image)
        case let .table(table): return try TableBuilder(builder: self, table: table).stack()
        case let .heading(heading): return self.paragraph(Paragraph([.bold(heading.text)]))
        default: return BlockStack(slices: [], elementCount: 0)
        }
    }

    /// Inline text set into lines; a hard line break (`InlineBreak.text`) ends a line
    /// there, and each part is broken on its own.
    func lines(_ inlines: [Inline], style text: TextStyle, width: Points, alignment: TextAlignment?) -> [SetLine] {
        guard inlines.contains(InlineBreak.inline) else {
            return typesetter.lines(inlines, style: text, width: width, alignment: alignment)
        }
        return inlines.split(separator: InlineBreak.inline).flatMap { part in
            typesetter.lines(Array(part), style: text, width: width, alignment: alignment)
        }
    }
}

/// A hard line break inside a paragraph: an inline of its own holding U+2028 LINE SEPARATOR.
public enum InlineBreak {
    public static let text = "\u{2028}"
    public static let inline = Inline.text(text)
}

extension Slice {
    /// The slice of a block set inside another (a list item's body, a quote): moved right,
    /// its element numbers past `elementBase`, its elements inside `groups`.
    func nested(in groups: [StructureGroup], dx: Points, elementBase: Int) -> Slice {
        var copy = self
        copy.items = items.map { item in
            let moved = item.renumbered(base: elementBase).moved(dx: dx, dy: .zero)
            guard !moved.structure.isArtifact else { return moved }
            var structure = moved.structure
            structure.groups = groups + structure.groups
            return PageItem(moved.content, structure: structure)
        }
        return copy
    }
}
