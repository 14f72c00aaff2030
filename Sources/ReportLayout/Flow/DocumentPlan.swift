/// The document prepared for the flow: headings numbered, every block built into a stack
/// once (stacks do not depend on page numbers), only the contents rebuilt on each pass.
struct DocumentPlan {
    let builder: BlockBuilder
    let headings: [HeadingInfo]
    private(set) var hasContents = false
    private(set) var sectionTitles: [Int: String] = [:]
    private var items: [PlanItem] = []
    private var headingCounter = 0

    private enum PlanItem {
        case ready(FlowItem)
        case contents(TableOfContents)
    }

    init(document: Document, builder: BlockBuilder) throws {
        self.builder = builder
        headings = HeadingNumbers(blocks: document.blocks, numbered: builder.style.headings.numbered).headings
        for (index, heading) in headings.enumerated() where heading.level == 1 { sectionTitles[index] = heading.text }
        for block in document.blocks { try add(block) }
    }

    func flowItems(contentsPages pages: [Int?]) -> [FlowItem] {
        items.map { item in
            switch item {
            case let .ready(flowItem): return flowItem
            case let .contents(toc):
                return .stack(builder.contents(toc, headings: headings, pages: pages))
            }
        }
    }

    private mutating func add(_ block: Block) throws {
        switch block {
        case let .tableOfContents(toc):
            hasContents = true
            items.append(.contents(toc))
        case .pageBreak: items.append(.ready(.pageBreak))
        case let .sectionBreak(title): items.append(.ready(.sectionBreak(title: title)))
        case let .anchor(name): items.append(.ready(.anchor(name)))
        case let .absolute(absolute): items.append(.ready(.absolute(builder.absolute(absolute))))
        default:
            items.append(.ready(.stack(try stack(for: block))))
        }
    }

    /// The heading's stack with its first slice marked, so the flow records its page and y
    /// and sets the running section title wherever the slice is placed.
    private func headingStack(_ heading: Heading, index: Int) -> BlockStack {
        let info = headings[index]
        var stack = builder.heading(heading, number: info.number, anchor: info.anchor, tagLevel: info.tagLevel)
        if !stack.slices.isEmpty { stack.slices[0].heading = index }
        return stack
    }

    private mutating func nextHeading() -> Int {
        defer { headingCounter += 1 }
        return headingCounter
    }

    private mutating func stack(for block: Block) throws -> BlockStack {
        switch block {
        case let .paragraph(paragraph): return builder.paragraph(paragraph)
        case let .list(list): return try builder.list(list)
        case let .quote(quote): return try builder.quote(quote)
        case let .image(image): return builder.image(image)
        case let .table(table): return try TableBuilder(builder: builder, table: table).stack()
        case let .chart(chart): return builder.chart(chart)
        case let .signatures(signatures): return builder.signatures(signatures)
        case let .space(height): return builder.space(height)
        case let .heading(heading):
            return headingStack(heading, index: nextHeading())
        case let .keepTogether(children):
            return builder.keepTogether(try children.map { try stack(for: $0) }, pageHeight: PageGeometry(style: builder.style).bodyHeight)
        case .tableOfContents, .pageBreak, .sectionBreak, .anchor, .absolute:
            return BlockStack(slices: [], elementCount: 0)
        }
    }
}
