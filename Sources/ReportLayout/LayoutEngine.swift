import Foundation

public struct LayoutOptions: Sendable {
    /// Outline every slice and table cell, to see the boxes layout chose.
    public var debugBoxes: Bool
    /// First-fit line breaking instead of Knuth–Plass (for comparison and tests).
    public var greedyLineBreaking: Bool
    /// Passes allowed for the table of contents to settle.
    public var maximumPasses: Int

    public init(debugBoxes: Bool = false, greedyLineBreaking: Bool = false, maximumPasses: Int = 5) {
        self.debugBoxes = debugBoxes
        self.greedyLineBreaking = greedyLineBreaking
        self.maximumPasses = maximumPasses
    }
}

/// Lays out a document tree into pages: blocks into stacks, stacks over pages, marginals
/// last; repeated until the contents' page numbers settle. Word widths and hyphenations
/// are cached for the engine's lifetime, and so are paragraphs set into lines (the preview
/// lays out the same document after each edit); block stacks for one `layout` call.
public struct LayoutEngine {
    public let style: LayoutStyle
    public let options: LayoutOptions
    private let resources: EngineResources

    public init(style: LayoutStyle, measurer: TextMeasurer, options: LayoutOptions = .init()) {
        self.style = style
        self.options = options
        resources = EngineResources(cache: MeasureCache(measurer: measurer), settings: style.hyphenation)
    }

    public func layout(_ document: Document) throws -> LaidOutDocument {
        resources.setLines.beginLayout()
        let typesetter = Typesetter(cache: resources.cache, hyphenator: try resources.hyphenator(), greedy: options.greedyLineBreaking,
                                    shapes: resources.shapes, minWordLength: resources.settings.minWordLength, penalties: resources.settings.penalties,
                                    setLines: resources.setLines)
        let geometry = PageGeometry(style: style)
        let builder = BlockBuilder(typesetter: typesetter, style: style, width: geometry.bodyWidth, debugBoxes: options.debugBoxes)
        let plan = try DocumentPlan(document: document, builder: builder)
        var pages: [Int?] = Array(repeating: nil, count: plan.headings.count)
        for _ in 1...max(options.maximumPasses, 1) {
            var flow = Flow(geometry: geometry, debugBoxes: options.debugBoxes)
            flow.run(plan.flowItems(contentsPages: pages), sectionTitles: plan.sectionTitles)
            let placed = plan.headings.indices.map { flow.headings[$0]?.pageIndex }
            if placed == pages || !plan.hasContents {
                return try finish(flow, plan: plan, document: document)
            }
            pages = placed
        }
        throw LayoutError.contentsDoNotSettle(passes: options.maximumPasses)
    }

    private func finish(_ flow: Flow, plan: DocumentPlan, document: Document) throws -> LaidOutDocument {
        try Self.checkReferences(flow.pages)
        var pages = flow.pages
        PageTemplate(style: style, cache: resources.cache, title: document.metadata.title, initialsBoxes: document.initialsBoxes)
            .decorate(&pages, sections: flow.sections)
        let outline: [OutlineEntry] = plan.headings.enumerated().compactMap { index, heading in
            guard heading.inContents, let placement = flow.headings[index] else { return nil }
            return OutlineEntry(title: heading.title, level: heading.level, pageIndex: placement.pageIndex, y: placement.y)
        }
        return LaidOutDocument(metadata: document.metadata, pages: pages, outline: outline)
    }

    /// Every internal link (a reference, a contents entry) must point to an anchor on some
    /// page: a heading's, an explicit `.anchor` block's or a note heading's. The first that
    /// does not, in reading order, is an error rather than a dead link in the PDF.
    static func checkReferences(_ pages: [Page]) throws {
        var anchors = Set<String>()
        var targets: [String] = []
        for page in pages {
            for item in page.items {
                switch item.content {
                case let .anchor(name, _): anchors.insert(name)
                case let .link(_, .anchor(name)): targets.append(name)
                default: break
                }
            }
        }
        if let missing = targets.first(where: { !anchors.contains($0) }) { throw LayoutError.unknownAnchor(missing) }
    }
}

/// Caches an engine keeps across `layout` calls.
final class EngineResources {
    let cache: MeasureCache
    /// Words cut and measured: valid as long as the cache and hyphenator are.
    let shapes = WordShapes()
    /// Paragraphs set into lines: valid as long as the cache, hyphenator and settings are.
    let setLines = SetLineCache()
    let settings: HyphenationSettings
    private var loaded: Hyphenator??

    init(cache: MeasureCache, settings: HyphenationSettings) {
        self.cache = cache
        self.settings = settings
    }

    func hyphenator() throws -> Hyphenator? {
        if let loaded { return loaded }
        var hyphenator: Hyphenator?
        if let patterns = settings.patterns {
            hyphenator = try Hyphenator(patternFile: patterns, exceptionFile: settings.exceptions, leftMin: settings.leftMin, rightMin: settings.rightMin)
        }
        loaded = .some(hyphenator)
        return hyphenator
    }
}
