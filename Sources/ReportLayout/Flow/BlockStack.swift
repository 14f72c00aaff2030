/// A block laid out at the text width, as a vertical stack of unbreakable slices (lines,
/// table rows, a chart). Items are relative to the slice's top left at the text area's
/// left edge; element numbers are local to the block (0, 1, …) and the flow offsets them.
struct Slice {
    var height: Points
    var items: [PageItem]
    /// A page may end after this slice (false keeps it with the next: headers, orphans).
    var breakAfter: Bool
    /// The document heading (its index) that starts at this slice's top, wherever the
    /// slice ends up: alone, first or inside a kept-together block.
    var heading: Int? = nil
    /// The line ends in a hyphen (TeX's \brokenpenalty): a page should not end after it,
    /// since the word would be split across two pages.
    var hyphenated = false
    /// A heading that asks for a new page starts here: the page breaks before this slice,
    /// inside a kept-together block too.
    var newPage = false
    /// Inside a kept-together block, a place where its part allowed a break (between table
    /// rows with three on each side, between paragraph lines): used only when moving the
    /// block whole would leave the page less full than the layout's minimum.
    var softBreak = false
}

struct BlockStack {
    var slices: [Slice]
    var spaceBefore: Points = .zero
    var spaceAfter: Points = .zero
    /// Slices that open every fragment after the first (a table's caption "(forts.)" and header rows).
    var continuation: [Slice] = []
    /// The slices after which a fragment opens with `continuation`: a kept-together block
    /// repeats its table's header only when it breaks inside the table. Nil: every slice.
    var continuationCovers: Range<Int>?
    var elementCount = 1
    /// A heading: it stays on the page of what follows, alone or inside a kept-together block.
    var keepsWithNext = false
    /// A figure (a chart, an image): when it does not fit, the text after it fills the page
    /// and the figure goes in on the next.
    var floats = false

    var height: Points { slices.reduce(.zero) { $0 + $1.height } }

    /// The height that must fit for the block to start on a page: up to its first break
    /// opportunity, or its first soft break when a kept-together block may split.
    func leadHeight(soft: Bool = false) -> Points {
        var height = Points.zero
        for slice in slices {
            height += slice.height
            if slice.breakAfter || soft && slice.softBreak { break }
        }
        return height
    }
}

/// The space a breakable block is offered: what is left on this page, then whole pages.
struct Regions {
    var first: Points
    var full: Points
    /// The block may start on the next page rather than split a word across this page's
    /// foot (not when it follows a heading, which would be left alone).
    var startMayMove = false
    /// Moving the block whole is allowed only if the page is already this full (its share
    /// of `full` in use); otherwise a soft break is taken.
    var minimumFill = 0.0
    /// A soft break is taken whatever the fill: the page's foot could not be brought down to
    /// the bottom margin if the block moved whole, or a heading above waits for the block.
    var splitRatherThanMove = false
}

/// What a block put on one page: continuation slices first (if any), then its own slices.
struct Fragment {
    var continuation: Int
    var range: Range<Int>
}

extension BlockStack {
    /// Splits the stack over the regions: one fragment per page used. An empty first fragment
    /// means the block does not start on this page. Breaks go after the last slice that allows
    /// one; a page without any is broken where it overflows (content taller than a page).
    func fragments(in regions: Regions) -> [Fragment] {
        let epsilon = Points(0.01)
        var fragments: [Fragment] = []
        var start = 0
        var available = regions.first
        while start < slices.count {
            let header = start == 0 || continuationCovers.map({ !$0.contains(start) }) == true ? 0 : continuation.count
            let headerHeight = continuation.prefix(header).reduce(Points.zero) { $0 + $1.height }
            var used = headerHeight
            var end = start
            var lastBreak: Int?
            var lastSoftBreak: Int?
            while end < slices.count, used + slices[end].height <= available + epsilon, end == start || !slices[end].newPage {
                used += slices[end].height
                if slices[end].breakAfter { lastBreak = end + 1 }
                if slices[end].softBreak { lastSoftBreak = end + 1 }
                end += 1
            }
            let opening = fragments.isEmpty && start == 0 && available < regions.full - epsilon
            let pageTooEmpty = opening && (regions.full - available) / regions.full < regions.minimumFill
            if pageTooEmpty || opening && regions.splitRatherThanMove, lastBreak == nil, let soft = lastSoftBreak { lastBreak = soft }
            if end < slices.count, end == start || !slices[end].newPage {
                let cut = lastBreak.map { unbrokenWord($0, start: start, mayMoveStart: opening && regions.startMayMove) }
                if cut == start || cut == nil && opening {
                    fragments.append(Fragment(continuation: 0, range: 0..<0))
                    available = regions.full
                    continue
                }
                end = cut ?? (end == start ? start + 1 : end)
            }
            fragments.append(Fragment(continuation: header, range: start..<end))
            start = end
            available = regions.full
        }
        return fragments
    }

    /// A cut after a hyphenated line moves up to the nearest allowed break that does not
    /// split a word (usually one line up), or before the whole block when it may move;
    /// with neither the word is split (a penalty, not a rule).
    private func unbrokenWord(_ cut: Int, start: Int, mayMoveStart: Bool) -> Int {
        guard slices[cut - 1].hyphenated else { return cut }
        var candidate = cut - 1
        while candidate > start {
            if slices[candidate - 1].breakAfter, !slices[candidate - 1].hyphenated { return candidate }
            candidate -= 1
        }
        return mayMoveStart ? start : cut
    }
}
