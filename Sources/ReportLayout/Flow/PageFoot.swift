/// Vertical justification: a full page's gaps between blocks (after paragraphs, around
/// headings, tables and figures) grow in proportion, within the layout's limit, until the
/// last line stands on the bottom margin, so that full pages end level (TeX's
/// \flushbottom with \parskip plus stretch). Lines inside a block keep their leading.
struct PageFoot {
    /// A gap put between two blocks: the items from `firstItem` on stand below it.
    struct Gap {
        var firstItem: Int
        var y: Points
        var height: Points
    }

    var gaps: [Gap] = []
    /// Items placed at absolute positions (a cover's text): never moved.
    var pinned: [Range<Int>] = []

    /// How far each gap grows for the page to end `slack` lower: in proportion to its
    /// height, at most by `limit` of it. Zero when there is nothing to stretch.
    func growth(slack: Points, limit: Double) -> Double {
        let total = gaps.reduce(Points.zero) { $0 + $1.height }
        guard slack > Points(0.01), total > .zero, limit > 0 else { return 0 }
        return min(slack / total, limit)
    }

    /// Moves the page's items below each gap down by the gaps grown above them, and the
    /// headings placed there with them.
    func level(_ items: inout [PageItem], headings: inout [Int: HeadingPlacement], page: Int, growth: Double) {
        guard growth > 0 else { return }
        var shift = Points.zero
        var shifts: [(from: Int, y: Points, shift: Points)] = []
        for gap in gaps {
            shift += gap.height * growth
            shifts.append((gap.firstItem, gap.y, shift))
        }
        for (number, entry) in shifts.enumerated() {
            let end = number + 1 < shifts.count ? shifts[number + 1].from : items.count
            for index in entry.from..<end where !pinned.contains(where: { $0.contains(index) }) {
                items[index] = items[index].moved(dx: .zero, dy: entry.shift)
            }
        }
        for (heading, placement) in headings where placement.pageIndex == page {
            guard let entry = shifts.last(where: { $0.y <= placement.y + Points(0.01) }) else { continue }
            headings[heading]?.y = placement.y + entry.shift
        }
    }
}
