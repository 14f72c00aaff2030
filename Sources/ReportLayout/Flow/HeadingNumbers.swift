/// A heading of the document with its engine-made number and anchor, in document order.
struct HeadingInfo: Equatable {
    var level: Int
    var text: String
    var number: String?
    var anchor: String
    var inContents: Bool
    /// The level it is tagged with (H1–H6): its depth among the headings above it, so no
    /// level is skipped (a level-3 heading straight under a level-1 one is an H2).
    var tagLevel: Int

    var title: String { number.map { "\($0) \(text)" } ?? text }
}

/// Numbers headings 1, 1.1, 1.2, 2 … (unnumbered headings keep no number and do not count)
/// and gives each an anchor; typed numbers can then never be wrong.
struct HeadingNumbers {
    private(set) var headings: [HeadingInfo] = []
    private var counters: [Int] = []
    /// The levels of the headings enclosing the current one.
    private var open: [Int] = []
    private let numbered: Bool

    init(blocks: [Block], numbered: Bool) {
        self.numbered = numbered
        visit(blocks)
    }

    private mutating func visit(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case let .heading(heading): add(heading)
            case let .keepTogether(children): visit(children)
            default: break
            }
        }
    }

    private mutating func add(_ heading: Heading) {
        let level = max(heading.level, 1)
        var number: String?
        if numbered, heading.numbered {
            while counters.count < level { counters.append(0) }
            counters.removeLast(counters.count - level)
            counters[level - 1] += 1
            // A section without a numbered parent starts at its own level: "1", not "0.1".
            number = counters.drop(while: { $0 == 0 }).map(String.init).joined(separator: ".")
        }
        let anchor = heading.anchor ?? "rubrik-\(number ?? String(headings.count + 1))"
        while let last = open.last, last >= level { open.removeLast() }
        open.append(level)
        headings.append(HeadingInfo(level: level, text: heading.text, number: number, anchor: anchor, inContents: heading.inContents,
                                    tagLevel: open.count))
    }
}
