/// What the flow places, in reading order: block stacks and the few things that are not.
enum FlowItem {
    /// The stack's slices say where headings land, which ones start a page and whether
    /// the stack (a heading) stays on the page of what follows.
    case stack(BlockStack)
    case pageBreak
    case sectionBreak(title: String?)
    case absolute([PageItem])
    case anchor(String)
}

/// Where a heading landed: its index in the document's heading list, page and y.
struct HeadingPlacement: Equatable {
    var pageIndex: Int
    var y: Points
}

/// Pages a document's body: fills each page's text area top to bottom, asks breakable
/// stacks for their fragments over the remaining space, and starts new pages.
struct Flow {
    let geometry: PageGeometry
    let debugBoxes: Bool

    private(set) var pages: [Page] = []
    private(set) var headings: [Int: HeadingPlacement] = [:]
    /// The section title in force on each page, for `{avsnitt}`.
    private(set) var sections: [String] = []
    private var cursor = Points.zero
    private var lastSpaceAfter = Points.zero
    private var lastKeepsWithNext = false
    private var pageIsEmpty = true
    private var nextElement = 0
    private var section = ""
    private var sectionTitles: [Int: String] = [:]
    /// Figures that did not fit where they stood, waiting for the top of the next page
    /// while the text after them fills this one.
    private var deferred: [BlockStack] = []
    private var deferredOnPage = 0
    private var foot = PageFoot()

    init(geometry: PageGeometry, debugBoxes: Bool) {
        self.geometry = geometry
        self.debugBoxes = debugBoxes
    }

    mutating func run(_ items: [FlowItem], sectionTitles: [Int: String]) {
        self.sectionTitles = sectionTitles
        startPage()
        for (index, item) in items.enumerated() {
            switch item {
            case let .stack(stack):
                // A figure goes in at the first block boundary of a later page, and stays in
                // its section: it waits no longer than to the next heading.
                if let first = deferred.first, deferredOnPage < pages.count - 1 && fitsHere(first) || stack.slices.first?.heading != nil { placeDeferred() }
                if stack.slices.first?.newPage == true, !pageIsEmpty { startPage() }
                if defers(stack) {
                    if deferred.isEmpty { deferredOnPage = pages.count - 1 }
                    deferred.append(stack)
                    continue
                }
                if stack.keepsWithNext, !pageIsEmpty, !fits(leadHeight(items, from: index)),
                   !(footWouldStayHigh && fits(leadHeight(items, from: index, soft: true))) { startPage(full: true) }
                place(stack)
            case .pageBreak:
                placeDeferred()
                startPage()
            case let .sectionBreak(title):
                placeDeferred()
                startPage()
                if let title { setSection(title) }
            case let .absolute(placed):
                let first = pages[pages.count - 1].items.count
                append(placed.map { $0.renumbered(base: nextElement) })
                foot.pinned.append(first..<(first + placed.count))
                nextElement += placed.count
            case let .anchor(name):
                if index + 1 < items.count, case let .stack(next) = items[index + 1], next.slices.first?.heading != nil { placeDeferred() }
                append([PageItem(.anchor(name: name, at: Point(x: textArea.minX, y: cursor)))])
            }
        }
        placeDeferred()
    }

    /// A figure that does not fit in what is left of the page waits for a later one, and so
    /// does one behind it, to keep their order; one taller than a page does not wait.
    private func defers(_ stack: BlockStack) -> Bool {
        guard stack.floats, !pageIsEmpty, stack.height <= geometry.bodyHeight else { return false }
        return !deferred.isEmpty || !fitsHere(stack)
    }

    private func fitsHere(_ stack: BlockStack) -> Bool {
        pageIsEmpty || fits(max(lastSpaceAfter, stack.spaceBefore) + stack.height)
    }

    /// Waiting figures go in here, or at the top of a new page if the first does not fit
    /// (the page in hand is then as full as it gets).
    private mutating func placeDeferred() {
        guard let first = deferred.first else { return }
        if !fitsHere(first) { startPage(full: true) }
        let waiting = deferred
        deferred = []
        for stack in waiting { place(stack) }
    }

    private var textArea: Rect { geometry.textArea(page: pages.count - 1) }

    private func fits(_ height: Points) -> Bool {
        cursor + height <= textArea.maxY + Points(0.01)
    }

    /// Moving the next block whole to a new page would leave this page's foot above the
    /// bottom margin even with its gaps grown to the layout's limit: a kept-together block
    /// (a table, the board list) then splits at one of its soft breaks instead.
    private var footWouldStayHigh: Bool {
        let stretch = geometry.style.verticalStretch
        guard stretch > 0, !pageIsEmpty else { return false }
        let capacity = foot.gaps.reduce(Points.zero) { $0 + $1.height } * stretch
        return textArea.maxY - cursor > capacity + Points(0.01)
    }

    /// The height a heading needs below it: itself, and the lead of what follows (a chain of
    /// headings counts whole), with the gaps between; `soft` counts a kept-together block
    /// only to its first soft break.
    private func leadHeight(_ items: [FlowItem], from index: Int, soft: Bool = false) -> Points {
        var height = Points.zero
        var previousAfter = pageIsEmpty ? nil : lastSpaceAfter
        for item in items[index...] {
            guard case let .stack(stack) = item else { break }
            height += previousAfter.map { max($0, stack.spaceBefore) } ?? .zero
            if !stack.keepsWithNext { return height + stack.leadHeight(soft: soft) }
            height += stack.height
            previousAfter = stack.spaceAfter
        }
        return height
    }

    private mutating func place(_ stack: BlockStack) {
        guard !stack.slices.isEmpty else { return }
        var gap = pageIsEmpty ? .zero : max(lastSpaceAfter, stack.spaceBefore)
        let regions = Regions(first: textArea.maxY - cursor - gap, full: geometry.bodyHeight, startMayMove: !pageIsEmpty && !lastKeepsWithNext,
                              minimumFill: geometry.style.minimumPageFill, splitRatherThanMove: lastKeepsWithNext || footWouldStayHigh)
        let fragments = stack.fragments(in: regions)
        if fragments.first?.range.isEmpty == true, !deferred.isEmpty {
            // The block starts on a new page: waiting figures open that page before it.
            startPage(full: true)
            placeDeferred()
            place(stack)
            return
        }
        for (number, fragment) in fragments.enumerated() {
            if number > 0 || fragment.range.isEmpty {
                startPage(full: true)
                gap = .zero
            }
            cursor += gap
            // A heading stays close to its text: the gap below it does not stretch.
            if gap > .zero, !lastKeepsWithNext {
                foot.gaps.append(PageFoot.Gap(firstItem: pages[pages.count - 1].items.count, y: cursor, height: gap))
            }
            for slice in stack.continuation.prefix(fragment.continuation) { put(slice, base: nextElement) }
            for slice in stack.slices[fragment.range] {
                if let heading = slice.heading { mark(heading) }
                put(slice, base: nextElement)
            }
        }
        nextElement += stack.elementCount
        lastSpaceAfter = stack.spaceAfter
        lastKeepsWithNext = stack.keepsWithNext
    }

    /// Where a heading landed, and the running section title from there on.
    private mutating func mark(_ heading: Int) {
        headings[heading] = HeadingPlacement(pageIndex: pages.count - 1, y: cursor)
        if let title = sectionTitles[heading] { setSection(title) }
    }

    private mutating func put(_ slice: Slice, base: Int) {
        let x = textArea.minX
        append(slice.items.map { $0.renumbered(base: base).moved(dx: x, dy: cursor) })
        if debugBoxes {
            let outline = Rect(x: x, y: cursor, width: textArea.size.width, height: slice.height)
            append([PageItem(.rect(outline, fill: nil, stroke: Stroke(width: Points(0.25), color: Color(red: 0.1, green: 0.4, blue: 0.9))))])
        }
        cursor += slice.height
        pageIsEmpty = false
    }

    private mutating func append(_ items: [PageItem]) {
        pages[pages.count - 1].items += items
    }

    /// A new page; a `full` one ends where the next block would not fit, and its foot is
    /// brought down to the bottom margin. Figures waiting for a page open it.
    private mutating func startPage(full: Bool = false) {
        if !pages.isEmpty, pageIsEmpty { return }
        if full, !pages.isEmpty {
            let growth = foot.growth(slack: textArea.maxY - cursor, limit: geometry.style.verticalStretch)
            foot.level(&pages[pages.count - 1].items, headings: &headings, page: pages.count - 1, growth: growth)
        }
        foot = PageFoot()
        let index = pages.count
        pages.append(Page(size: geometry.size, textArea: geometry.textArea(page: index)))
        sections.append(section)
        cursor = geometry.textArea(page: index).minY
        pageIsEmpty = true
        lastSpaceAfter = .zero
    }

    private mutating func setSection(_ title: String) {
        section = title
        if pageIsEmpty || sections[sections.count - 1].isEmpty { sections[sections.count - 1] = title }
    }
}

/// Page size and text areas: the first page may have its own margins.
struct PageGeometry {
    let style: LayoutStyle

    var size: Size { style.pageSize }

    func textArea(page: Int) -> Rect {
        let margins = page == 0 ? (style.firstPage.margins ?? style.margins) : style.margins
        return Rect(x: margins.left, y: margins.top, width: size.width - margins.left - margins.right,
                    height: size.height - margins.top - margins.bottom)
    }

    var bodyWidth: Points { textArea(page: 1).size.width }
    var bodyHeight: Points { textArea(page: 1).size.height }
}
