import Foundation
import ReportLayout

/// The word spaces of a laid-out document's justified body lines, each as a share of its
/// font's natural space (1.0 is the space as designed, 1.5 half as wide again). A
/// paragraph's last line is set at natural spacing and is left out. Reads only positions.
struct LaidOutWordSpaces {
    /// One justified line: its page, text, and the mean of its word spaces.
    struct Line {
        var page: Int
        var element: Int
        var text: String
        var meanRatio: Double
        /// The narrowest gap between two of its words, in ems of the font.
        var narrowestGap: Double
    }

    private(set) var ratios: [Double] = []
    private(set) var lines: [Line] = []

    private typealias Word = (x: Double, end: Double, font: FontSpec, text: String)

    init(_ document: LaidOutDocument, bodyFont: FontSpec, measurer: TextMeasurer) {
        var rows: [(page: Int, element: Int, words: [Word])] = []
        for (pageIndex, page) in document.pages.enumerated() {
            var pageRows: [String: (y: Double, element: Int, words: [Word])] = [:]
            for item in page.items {
                guard case let .text(run) = item.content, item.structure.role == .paragraph || item.structure.role == .listBody || item.structure.role == .listItem,
                      run.font.family == bodyFont.family, run.font.size == bodyFont.size else { continue }
                let key = "\(item.structure.element)@\((run.origin.y.value * 10).rounded())"
                let words = run.segments.map { (x: run.origin.x.value + $0.x.value, end: run.origin.x.value + $0.x.value + $0.width.value, font: run.font, text: $0.text) }
                pageRows[key, default: (run.origin.y.value, item.structure.element, [])].words += words
            }
            rows += pageRows.values.sorted { ($0.y, $0.element) < ($1.y, $1.element) }.map { (pageIndex, $0.element, $0.words) }
        }
        var spaces: [FontSpec: Double] = [:]
        for (index, row) in rows.enumerated() where index + 1 < rows.count && rows[index + 1].element == row.element {
            let words = row.words.sorted { $0.x < $1.x }
            var lineRatios: [Double] = []
            var narrowest = Double.infinity
            for (left, right) in zip(words, words.dropFirst()) {
                let natural = spaces[left.font] ?? measurer.width(of: " ", font: left.font).value
                spaces[left.font] = natural
                let gap = right.x - left.end
                // No space at all: a word that changes font inside ("Not 4:" in bold and roman).
                guard gap > natural * 0.3 else { continue }
                lineRatios.append(gap / natural)
                narrowest = min(narrowest, gap / left.font.size.value)
            }
            guard !lineRatios.isEmpty else { continue }
            ratios += lineRatios
            lines.append(Line(page: row.page, element: row.element, text: words.map(\.text).joined(separator: " "),
                              meanRatio: lineRatios.reduce(0, +) / Double(lineRatios.count), narrowestGap: narrowest))
        }
        ratios.sort()
    }

    func percentile(_ share: Double) -> Double {
        Self.percentile(ratios, share)
    }

    private static func percentile(_ sorted: [Double], _ share: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(Int((Double(sorted.count - 1) * share).rounded()), sorted.count - 1)]
    }

    func shareAbove(_ limit: Double) -> Double {
        ratios.isEmpty ? 0 : Double(ratios.filter { $0 > limit }.count) / Double(ratios.count)
    }

    /// For each pair of neighbouring lines of one paragraph, how much their mean word
    /// spaces differ (in the font's spaces): a tight line beside a loose one shows as a
    /// large contrast, the thing TeX's \adjdemerits keeps away.
    var neighbourContrasts: [Double] {
        zip(lines, lines.dropFirst()).filter { $0.element == $1.element }.map { abs($0.meanRatio - $1.meanRatio) }.sorted()
    }

    var summary: String {
        let figures = [("min", ratios.first ?? 0), ("p5", percentile(0.05)), ("median", percentile(0.5)), ("p90", percentile(0.9)),
                       ("p95", percentile(0.95)), ("p99", percentile(0.99)), ("max", ratios.last ?? 0)]
        let shares = [1.25, 1.5, 2.0].map { String(format: ">%.2f: %.1f %%", $0, shareAbove($0) * 100) }
        let contrasts = neighbourContrasts
        let contrast = String(format: "grannrader skiljer median %.2f, p95 %.2f, max %.2f, >0,5: %d av %d", Self.percentile(contrasts, 0.5),
                              Self.percentile(contrasts, 0.95), contrasts.last ?? 0, contrasts.filter { $0 > 0.5 }.count, contrasts.count)
        return "\(ratios.count) mellanrum; " + figures.map { String(format: "%@ %.2f", $0.0, $0.1) }.joined(separator: ", ") + "; "
            + shares.joined(separator: ", ") + "; " + contrast
    }
}
