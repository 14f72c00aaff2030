import Foundation
import ReportLayout

/// The word spaces of a laid-out document's justified body lines, each as a share of its
/// font's natural space (1.0 is the space as designed, 1.5 half as wide again). A
/// paragraph's last line is set at natural spacing and is left out. Reads only positions.
struct LaidOutWordSpaces {
    private(set) var ratios: [Double] = []

    init(_ document: LaidOutDocument, bodyFont: FontSpec, measurer: TextMeasurer) {
        var rows: [(element: Int, words: [(x: Double, end: Double, font: FontSpec)])] = []
        for page in document.pages {
            var pageRows: [String: (y: Double, element: Int, words: [(x: Double, end: Double, font: FontSpec)])] = [:]
            for item in page.items {
                guard case let .text(run) = item.content, item.structure.role == .paragraph || item.structure.role == .listBody || item.structure.role == .listItem,
                      run.font.family == bodyFont.family, run.font.size == bodyFont.size else { continue }
                let key = "\(item.structure.element)@\((run.origin.y.value * 10).rounded())"
                let words = run.segments.map { (x: run.origin.x.value + $0.x.value, end: run.origin.x.value + $0.x.value + $0.width.value, font: run.font) }
                pageRows[key, default: (run.origin.y.value, item.structure.element, [])].words += words
            }
            rows += pageRows.values.sorted { ($0.y, $0.element) < ($1.y, $1.element) }.map { ($0.element, $0.words) }
        }
        var spaces: [FontSpec: Double] = [:]
        for (index, row) in rows.enumerated() where index + 1 < rows.count && rows[index + 1].element == row.element {
            let words = row.words.sorted { $0.x < $1.x }
            for (left, right) in zip(words, words.dropFirst()) {
                let natural = spaces[left.font] ?? measurer.width(of: " ", font: left.font).value
                spaces[left.font] = natural
                let gap = right.x - left.end
                // No space at all: a word that changes font inside ("Not 4:" in bold and roman).
                if gap > natural * 0.3 { ratios.append(gap / natural) }
            }
        }
        ratios.sort()
    }

    func percentile(_ share: Double) -> Double {
        guard !ratios.isEmpty else { return 0 }
        return ratios[min(Int((Double(ratios.count - 1) * share).rounded()), ratios.count - 1)]
    }

    func shareAbove(_ limit: Double) -> Double {
        ratios.isEmpty ? 0 : Double(ratios.filter { $0 > limit }.count) / Double(ratios.count)
    }

    var summary: String {
        let figures = [("min", ratios.first ?? 0), ("p5", percentile(0.05)), ("median", percentile(0.5)), ("p90", percentile(0.9)),
                       ("p95", percentile(0.95)), ("p99", percentile(0.99)), ("max", ratios.last ?? 0)]
        let shares = [1.25, 1.5, 2.0].map { String(format: ">%.2f: %.1f %%", $0, shareAbove($0) * 100) }
        return "\(ratios.count) mellanrum; " + figures.map { String(format: "%@ %.2f", $0.0, $0.1) }.joined(separator: ", ") + "; " + shares.joined(separator: ", ")
    }
}
