/// Sets inline text into lines at a width: builds items, breaks them (Knuth–Plass, or
/// first-fit when asked), positions the lines. Holds the caches shared by every block.
final class Typesetter {
    let cache: MeasureCache
    let hyphenator: Hyphenator?
    let greedy: Bool
    /// Shortest word (letters only) that is hyphenated.
    let minWordLength: Int
    private let shapes: WordShapes

    init(cache: MeasureCache, hyphenator: Hyphenator?, greedy: Bool = false, shapes: WordShapes = WordShapes(),
         minWordLength: Int = HyphenationSettings().minWordLength) {
        self.cache = cache
        self.hyphenator = hyphenator
        self.greedy = greedy
        self.shapes = shapes
        self.minWordLength = minWordLength
    }

    func items(_ inlines: [Inline], style: TextStyle, alignment: TextAlignment, hyphenate: Bool = true) -> ParagraphItems {
        ItemBuilder(cache: cache, shapes: shapes, hyphenator: hyphenator, minWordLength: minWordLength, style: style,
                    justified: alignment == .justified, hyphenate: hyphenate && style.hyphenate).build(inlines)
    }

    func lines(_ inlines: [Inline], style: TextStyle, width: Points, alignment: TextAlignment? = nil, hyphenate: Bool = true) -> [SetLine] {
        let alignment = alignment ?? style.alignment
        return lines(items(inlines, style: style, alignment: alignment, hyphenate: hyphenate), style: style, width: width, alignment: alignment)
    }

    func lines(_ paragraph: ParagraphItems, style: TextStyle, width: Points, alignment: TextAlignment) -> [SetLine] {
        guard paragraph.items.count > 3 else { return [] }
        var breaker = LineBreaker(items: paragraph.items, lineWidth: width.value)
        if alignment != .justified { breaker.lineEndStretch = 3 * style.font.size.value }
        let breaks = greedy ? breaker.greedy() : breaker.optimal()
        let metrics = cache.metrics(style.font)
        let leading = style.leading
        let baseline = (leading - metrics.height) / 2 + metrics.ascent
        return LineSetter(paragraph: paragraph, width: width.value, alignment: alignment, leading: leading, baseline: baseline).lines(breaks: breaks)
    }

    /// A line's items, moved to (x, y) and tagged with `structure`.
    func items(of line: SetLine, x: Points, y: Points, structure: StructureRef) -> [PageItem] {
        var items: [PageItem] = line.runs.map { run in
            var run = run
            run.origin = Point(x: run.origin.x + x, y: run.origin.y + y)
            return PageItem(.text(run), structure: structure)
        }
        for (rect, target) in line.links {
            let moved = Rect(x: rect.minX + x, y: rect.minY + y, width: rect.size.width, height: rect.size.height)
            items.append(PageItem(.link(moved, target), structure: StructureRef(role: .link, element: structure.element)))
        }
        return items
    }

    /// One slice per line, breakable where widows and orphans allow.
    func slices(of lines: [SetLine], x: Points, structure: StructureRef, orphans: Int, widows: Int) -> [Slice] {
        lines.enumerated().map { index, line in
            let before = index + 1
            let after = lines.count - before
            return Slice(height: line.height, items: items(of: line, x: x, y: .zero, structure: structure),
                         breakAfter: after == 0 || (before >= orphans && after >= widows), hyphenated: line.hyphenated)
        }
    }
}
