/// Chooses line breaks for a paragraph of `BreakItem`s: Knuth and Plass's total-fit
/// algorithm (fitness classes, flagged-penalty demerits), and a greedy first-fit for
/// comparison. Returns the indices of the items broken at; the last is the final penalty.
/// Besides TeX's demerits it never lets more than `penalties.maximumConsecutive` lines in
/// a row end in a hyphen: active nodes are told apart by that count as by fitness.
struct LineBreaker {
    var items: [BreakItem]
    var lineWidth: Double
    var penalties = BreakPenalties()
    /// Stretch every line gets besides its glue (ragged right's \rightskip).
    var lineEndStretch = 0.0
    var linePenalty = 10.0

    init(items: [BreakItem], lineWidth: Double, penalties: BreakPenalties = BreakPenalties()) {
        self.items = items
        self.lineWidth = lineWidth
        self.penalties = penalties
    }

    private struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        /// Lines in a row, up to and including this one, that end in a hyphen.
        var hyphens: Int
        var width, stretch, shrink: Double
        var demerits: Double
        var previous: Int?
    }

    static let nominalStretch = 0.05

    private var hyphenStates: Int { max(penalties.maximumConsecutive, 0) + 1 }
    private var classCount: Int { 4 * hyphenStates }

    /// Tries a tight tolerance first (without the breaks marked `lastResort`), then accepts any
    /// underfull line, and as a last resort an overfull one (a word wider than the measure), so
    /// it always returns breaks.
    func optimal() -> [Int] {
        let sums = prefixSums()
        for tolerance in [penalties.tolerance, Double.infinity] {
            if let breaks = run(tolerance: tolerance, allowOverfull: false, sums: sums) { return breaks }
        }
        return run(tolerance: .infinity, allowOverfull: true, sums: sums) ?? greedy()
    }

    func greedy() -> [Int] {
        var breaks: [Int] = []
        var width = 0.0
        var lastLegal: Int?
        var index = 0
        var lineStart = 0
        while index < items.count {
            let item = items[index]
            if isLegalBreak(index), width + (item.kind == .penalty ? item.width : 0) <= lineWidth || lastLegal == nil {
                if item.kind == .penalty, item.penalty <= -BreakItem.infinity { breaks.append(index); break }
                lastLegal = index
            }
            if item.kind != .penalty { width += item.width }
            if width > lineWidth, let legal = lastLegal, legal >= lineStart {
                breaks.append(legal)
                index = legal + 1
                while index < items.count, items[index].kind != .box { index += 1 }
                lineStart = index
                width = 0
                lastLegal = nil
                continue
            }
            index += 1
        }
        if breaks.last != items.count - 1 { breaks.append(items.count - 1) }
        return breaks
    }

    private func isLegalBreak(_ index: Int) -> Bool {
        let item = items[index]
        switch item.kind {
        case .penalty: return item.penalty < BreakItem.infinity
        case .glue: return index > 0 && items[index - 1].kind == .box
        case .box: return false
        }
    }

    /// Per legal break: each active node tries a line to it; the best per fitness class
    /// becomes a new active node. The scratch buffers are reused across breaks (this loop
    /// runs for every word of every paragraph). `sums` is `prefixSums()`, computed once per paragraph.
    private func run(tolerance: Double, allowOverfull: Bool, sums: [Totals]) -> [Int]? {
        var nodes = [Node(position: 0, line: 0, fitness: 1, hyphens: 0, width: 0, stretch: 0, shrink: 0, demerits: 0, previous: nil)]
        var active = [0]
        var survivors: [Int] = []
        let classes = classCount
        var best = [Double](repeating: .infinity, count: classes)
        var bestFrom = [Int](repeating: -1, count: classes)
        for index in items.indices where isLegalBreak(index) && (tolerance.isInfinite || !items[index].lastResort) {
            for kind in 0..<classes { best[kind] = .infinity; bestFrom[kind] = -1 }
            survivors.removeAll(keepingCapacity: true)
            var lastDeactivated: Int?
            let item = items[index]
            let forced = item.kind == .penalty && item.penalty <= -BreakItem.infinity
            for nodeIndex in active {
                let node = nodes[nodeIndex]
                let ratio = adjustmentRatio(from: node, to: index, sums: sums)
                if ratio < -1 || forced { lastDeactivated = nodeIndex } else { survivors.append(nodeIndex) }
                guard ratio >= -1, ratio <= tolerance, let (demerits, kind) = cost(ratio: ratio, at: index, after: node, sums: sums, lastResort: allowOverfull) else { continue }
                if node.demerits + demerits < best[kind] {
                    best[kind] = node.demerits + demerits
                    bestFrom[kind] = nodeIndex
                }
            }
            if allowOverfull, survivors.isEmpty, bestFrom.allSatisfy({ $0 < 0 }), let from = lastDeactivated {
                best[0] = nodes[from].demerits + 1e9
                bestFrom[0] = from
            }
            swap(&active, &survivors)
            let after = totalsAfter(index, sums: sums)
            for kind in 0..<classes {
                let from = bestFrom[kind]
                guard from >= 0 else { continue }
                nodes.append(Node(position: index, line: nodes[from].line + 1, fitness: kind / hyphenStates, hyphens: kind % hyphenStates,
                                  width: after.width, stretch: after.stretch, shrink: after.shrink, demerits: best[kind], previous: from))
                active.append(nodes.count - 1)
            }
            if active.isEmpty { return nil }
        }
        let last = items.count - 1
        guard let end = active.filter({ nodes[$0].position == last }).min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return nil }
        var breaks: [Int] = []
        var cursor: Int? = end
        while let node = cursor, let previous = nodes[node].previous {
            breaks.append(nodes[node].position)
            cursor = previous
        }
        return breaks.reversed()
    }

    private func adjustmentRatio(from node: Node, to index: Int, sums: [Totals]) -> Double {
        var width = sums[index].width - node.width
        if items[index].kind == .penalty { width += items[index].width }
        if width < lineWidth {
            let stretch = sums[index].stretch - node.stretch + lineEndStretch
            // A line that cannot stretch (one word, or a piece of a long web address, which may
            // break at any character) is measured against a nominal stretch of a twentieth of the
            // line: a nearly full one is a good line, an emptier one ever worse.
            return (lineWidth - width) / (stretch > 0 ? stretch : Self.nominalStretch * lineWidth)
        }
        if width > lineWidth {
            let shrink = sums[index].shrink - node.shrink
            return shrink > 0 ? (lineWidth - width) / shrink : -.infinity
        }
        return 0
    }

    /// The demerits of a line from `node` to the break at `index`, and the class of the node
    /// it makes (fitness and hyphen count); nil when the line would be one hyphen too many,
    /// or (unless as a last resort) the last line after a hyphenated one.
    private func cost(ratio: Double, at index: Int, after node: Node, sums: [Totals], lastResort: Bool) -> (Double, Int)? {
        let item = items[index]
        // Not capped at TeX's 10 000: when the tight pass fails, a line at ratio 4 must still
        // cost more than one at 2, or the loose pass sets a whole paragraph badly.
        let badness = ratio.isInfinite ? 1_000_000 : 100 * pow(abs(ratio), 3)
        var demerits = pow(linePenalty + badness, 2)
        if item.kind == .penalty {
            if item.penalty >= 0 { demerits += item.penalty * item.penalty } else if item.penalty > -BreakItem.infinity { demerits -= item.penalty * item.penalty }
        }
        let hyphenated = item.kind == .penalty && item.flagged
        let afterHyphen = node.position > 0 && items[node.position].kind == .penalty && items[node.position].flagged
        let hyphens = hyphenated ? node.hyphens + 1 : 0
        if hyphens > penalties.maximumConsecutive { return nil }
        if hyphenated, afterHyphen { demerits += penalties.doubleHyphenDemerits }
        if item.kind == .penalty, item.penalty <= -BreakItem.infinity {
            if afterHyphen, !lastResort { return nil }
            let lastLine = sums[index].width - node.width
            if node.position > 0, lastLine < lineWidth * penalties.shortLastLine { demerits += penalties.shortLastLineDemerits }
        }
        let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
        if abs(fitness - node.fitness) > 1 { demerits += penalties.adjacentDemerits }
        return (demerits, fitness * hyphenStates + hyphens)
    }

    /// Width, stretch and shrink of items[0..<i], penalties excluded.
    private struct Totals {
        var width = 0.0, stretch = 0.0, shrink = 0.0
    }

    private func prefixSums() -> [Totals] {
        var sums = [Totals()]
        sums.reserveCapacity(items.count + 1)
        var last = Totals()
        for item in items {
            if item.kind != .penalty {
                last = Totals(width: last.width + item.width, stretch: last.stretch + item.stretch, shrink: last.shrink + item.shrink)
            }
            sums.append(last)
        }
        return sums
    }

    /// A new line starts after the break, past any glue and penalties that would vanish there.
    private func totalsAfter(_ index: Int, sums: [Totals]) -> Totals {
        var next = index
        while next < items.count, items[next].kind != .box {
            if next > index, items[next].kind == .penalty, items[next].penalty <= -BreakItem.infinity { break }
            next += 1
        }
        return sums[next]
    }
}

import Foundation
