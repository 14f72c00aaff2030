/// Sets inline text into lines at a width: builds items, breaks them (Knuth–Plass, or
/// first-fit when asked), positions the lines. Holds the caches shared by every block.
final class Typesetter {
    let cache: MeasureCache
    let hyphenator: Hyphenator?
    let greedy: Bool
    /// Shortest word (letters only) that is hyphenated.
    let minWordLength: Int
    let penalties: BreakPenalties
    private let shapes: WordShapes
    /// Must be used with these resources only (an engine's, or this typesetter's own).
    private let setLines: SetLineCache

    init(cache: MeasureCache, hyphenator: Hyphenator?, greedy: Bool = false, shapes: WordShapes = WordShapes(),
         minWordLength: Int = HyphenationSettings().minWordLength, penalties: BreakPenalties = BreakPenalties(),
         setLines: SetLineCache = SetLineCache()) {
        self.cache = cache
        self.hyphenator = hyphenator
        self.greedy = greedy
        self.shapes = shapes
        self.setLines = setLines
        self.minWordLength = minWordLength
        self.penalties = penalties
    }

    func items(_ inlines: [Inline], style: TextStyle, alignment: TextAlignment, hyphenate: Bool = true) -> ParagraphItems {
        let key = SetLineCache.ItemsKey(inlines: inlines, style: style, justified: alignment == .justified, hyphenate: hyphenate && style.hyphenate)
        return setLines.items(key) {
            ItemBuilder(cache: cache, shapes: shapes, hyphenator: hyphenator, minWordLength: minWordLength, style: style,
                        justified: key.justified, hyphenate: key.hyphenate, penalties: penalties).build(inlines)
        }
    }

    func lines(_ inlines: [Inline], style: TextStyle, width: Points, alignment: TextAlignment? = nil, hyphenate: Bool = true) -> [SetLine] {
        let alignment = alignment ?? style.alignment
        return lines(items(inlines, style: style, alignment: alignment, hyphenate: hyphenate), style: style, width: width, alignment: alignment)
    }

    func lines(_ paragraph: ParagraphItems, style: TextStyle, width: Points, alignment: TextAlignment) -> [SetLine] {
        guard let key = paragraph.key else { return breakLines(paragraph, style: style, width: width, alignment: alignment) }
        return setLines.lines(.init(items: key, style: style, width: width, alignment: alignment)) {
            breakLines(paragraph, style: style, width: width, alignment: alignment)
        }
    }

    private func breakLines(_ paragraph: ParagraphItems, style: TextStyle, width: Points, alignment: TextAlignment) -> [SetLine] {
        guard paragraph.items.count > 3 else { return [] }
        var breaker = LineBreaker(items: paragraph.items, lineWidth: width.value, penalties: penalties)
        if alignment != .justified { breaker.lineEndStretch = 3 * style.font.size.value }
        let breaks = greedy ? breaker.greedy() : breaker.optimal()
        let metrics = cache.metrics(style.font)
        let leading = style.leading
        let baseline = (leading - metrics.height) / 2 + metrics.ascent
        return LineSetter(paragraph: paragraph, width: width.value, alignment: alignment, leading: leading, baseline: baseline).lines(breaks: breaks)
    }

    /// A line's items, moved to (x, y) and tagged with `structure` (an element of one line).
    func items(of line: SetLine, x: Points, y: Points, structure: StructureRef) -> [PageItem] {
        items(of: [line], x: x, structure: structure)[0].map { $0.moved(dx: .zero, dy: y) }
    }

    /// The items of an element's lines, one array per line, at x and the line's top. An
    /// element that holds a link becomes a group: its text outside links goes into Span
    /// leaves and each link's text into a Link leaf, after the link's area (the painter
    /// opens the Link with it). Cairo 1.16 would drop the text of a P that holds a Link.
    func items(of lines: [SetLine], x: Points, structure: StructureRef) -> [[PageItem]] {
        let holdsLinks = lines.contains { !$0.links.isEmpty }
        var linksBefore = 0
        // Spans are numbered 0, 2, 4 … between the links 1, 3, 5 … of the element.
        var spanPart = 0
        return lines.map { line in
            var items: [PageItem] = []
            var placedLinks = Set<Int>()
            for (index, run) in line.runs.enumerated() {
                var run = run
                run.origin = Point(x: run.origin.x + x, y: run.origin.y)
                guard holdsLinks else {
                    items.append(PageItem(.text(run), structure: structure))
                    continue
                }
                let link = line.runLinks.indices.contains(index) ? line.runLinks[index] : nil
                let part = link.map { (linksBefore + $0) * 2 + 1 } ?? spanPart
                if let link { spanPart = (linksBefore + link + 1) * 2 }
                let leaf = StructureRef(role: link == nil ? .span : .link, element: structure.element, groups: structure.groups + [structure.asGroup], part: part)
                if let link, placedLinks.insert(link).inserted {
                    let (rect, target) = line.links[link]
                    items.append(PageItem(.link(Rect(x: rect.minX + x, y: rect.minY, width: rect.size.width, height: rect.size.height), target), structure: leaf))
                }
                items.append(PageItem(.text(run), structure: leaf))
            }
            linksBefore += line.links.count
            return items
        }
    }

    /// One slice per line, breakable where widows and orphans allow.
    func slices(of lines: [SetLine], x: Points, structure: StructureRef, orphans: Int, widows: Int) -> [Slice] {
        let lineItems = items(of: lines, x: x, structure: structure)
        return lines.enumerated().map { index, line in
            let before = index + 1
            let after = lines.count - before
            return Slice(height: line.height, items: lineItems[index],
                         breakAfter: after == 0 || (before >= orphans && after >= widows), hyphenated: line.hyphenated)
        }
    }
}
