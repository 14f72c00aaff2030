import Foundation
import ReportLayout

/// Reads a laid-out document the way a typographer reviews proofs: the body lines (body
/// face, paragraphs and list items) in reading order, where they break, and how full each
/// page is. Independent of the line breaker: it sees only positioned text.
struct LaidOutTypography {
    struct Line {
        var page: Int
        var element: Int
        var text: String
    }

    /// A line that ends in a hyphen, with the word part before and after the break.
    struct HyphenBreak {
        var page: Int
        var before: String
        var after: String
        /// The hyphen belongs to the word ("Lars-Erik", "SIE-filen"): the author's separator.
        var explicit: Bool
        /// The broken word starts with a capital and does not open a sentence.
        var capitalisedMidSentence: Bool
        var word: String { before + "-" + after }
    }

    let lines: [Line]
    let pages: [Page]
    /// The heading levels the layout starts on a new page (`rubriker.ny_sida`).
    let newPageLevels: Set<Int>

    init(_ document: LaidOutDocument, bodyFont: FontSpec, newPageLevels: Set<Int>) {
        pages = document.pages
        self.newPageLevels = newPageLevels
        var lines: [Line] = []
        for (pageIndex, page) in document.pages.enumerated() {
            var rows: [String: (y: Double, element: Int, runs: [TextRun])] = [:]
            for item in page.items {
                guard case let .text(run) = item.content, Self.isBody(item.structure.role),
                      run.font.family == bodyFont.family, run.font.size == bodyFont.size else { continue }
                let key = "\(item.structure.element)@\((run.origin.y.value * 10).rounded())"
                rows[key, default: (run.origin.y.value, item.structure.element, [])].runs.append(run)
            }
            let ordered = rows.values.sorted { ($0.y, $0.element) < ($1.y, $1.element) }
            for row in ordered {
                let runs = row.runs.sorted { $0.origin.x < $1.origin.x }
                let text = runs.map(\.text).joined(separator: " ").replacingOccurrences(of: "  ", with: " ")
                lines.append(Line(page: pageIndex, element: row.element, text: text))
            }
        }
        self.lines = lines
    }

    private static func isBody(_ role: StructureRole) -> Bool {
        role == .paragraph || role == .listItem || role == .listBody
    }

    /// Lines that are not the last of their paragraph: the lines whose length the measure decides.
    var fullLines: [Line] {
        lines.indices.filter { $0 + 1 < lines.count && lines[$0 + 1].element == lines[$0].element }.map { lines[$0] }
    }

    var averageCharactersPerFullLine: Double {
        let full = fullLines
        return full.isEmpty ? 0 : Double(full.reduce(0) { $0 + $1.text.count }) / Double(full.count)
    }

    /// Every line ending in a hyphen after a letter, with the word's two parts. `sourceText`
    /// is the text as written, to tell the author's hyphens from the breaker's.
    func hyphenBreaks(sourceText: String) -> [HyphenBreak] {
        var breaks: [HyphenBreak] = []
        for index in lines.indices.dropLast() where lines[index].element == lines[index + 1].element {
            let text = lines[index].text
            guard text.hasSuffix("-"), text.dropLast().last?.isLetter == true else { continue }
            let words = text.dropLast().split(separator: " ")
            let lastWord = String(words.last ?? "")
            let before = String(lastWord.reversed().prefix { $0.isLetter }.reversed())
            let next = lines[index + 1].text
            let after = String(next.prefix { $0.isLetter })
            let explicit = sourceText.contains(lastWord + "-" + after)
            let previousWord = words.dropLast().last.map(String.init)
                ?? (index > 0 && lines[index - 1].element == lines[index].element ? lines[index - 1].text.split(separator: " ").last.map(String.init) : nil)
            let opensSentence = previousWord.map { [".", "!", "?", ":"].contains($0.last) } ?? true
            let capitalised = lastWord.first { $0.isLetter }?.isUppercase == true
            breaks.append(HyphenBreak(page: lines[index].page, before: before, after: after, explicit: explicit,
                                      capitalisedMidSentence: capitalised && !opensSentence))
        }
        return breaks
    }

    /// Runs of consecutive lines that end in an inserted hyphen, as their lengths.
    func hyphenRuns(sourceText: String) -> [Int] {
        let broken = Set(hyphenBreakLineIndices(sourceText: sourceText))
        var runs: [Int] = []
        var length = 0
        for index in lines.indices {
            if broken.contains(index) { length += 1 } else if length > 0 { runs.append(length); length = 0 }
        }
        return runs.filter { $0 > 1 }
    }

    private func hyphenBreakLineIndices(sourceText: String) -> [Int] {
        lines.indices.dropLast().filter { index in
            lines[index].element == lines[index + 1].element && lines[index].text.hasSuffix("-")
                && lines[index].text.dropLast().last?.isLetter == true
        }
    }

    /// A figure range ("16–64", "20 - 30") whose two ends sit on different lines.
    func splitRanges() -> [String] {
        var found: [String] = []
        for index in lines.indices.dropLast() where lines[index].element == lines[index + 1].element {
            let end = lines[index].text
            let start = lines[index + 1].text
            let endsInDash = end.hasSuffix("–") || end.hasSuffix("-")
            let endsInFigure = end.last?.isNumber == true
            let startsWithDash = start.hasPrefix("–") || start.hasPrefix("-")
            let figureBeforeDash = end.dropLast().trimmingCharacters(in: .whitespaces).last?.isNumber == true
            if endsInDash && figureBeforeDash && start.first?.isNumber == true || endsInFigure && startsWithDash {
                found.append("\(end.suffix(12)) / \(start.prefix(12))")
            }
        }
        return found
    }

    /// How much of the text area's height the page's content uses, from its top to the
    /// lowest content item (artifacts such as headers, footers and initials boxes excluded).
    func fill(page index: Int) -> Double {
        let page = pages[index]
        var bottom = page.textArea.minY.value
        for item in page.items where item.structure.role != .artifact {
            bottom = max(bottom, Self.bottom(of: item.content) ?? bottom)
        }
        return (bottom - page.textArea.minY.value) / page.textArea.size.height.value
    }

    /// The page after `index` opens a chapter that the layout begins on a new page (its
    /// first content is a heading of a level in `newPageLevels`), or `index` is the last page:
    /// the two cases where a page may be short.
    func nextPageStartsChapter(_ index: Int) -> Bool {
        guard index + 1 < pages.count else { return true }
        let first = pages[index + 1].items.first { $0.structure.role != .artifact }
        guard case let .heading(level)? = first?.structure.role else { return false }
        return newPageLevels.contains(level)
    }

    private static func bottom(of content: PageContent) -> Double? {
        switch content {
        case let .text(run): return run.origin.y.value + run.font.size.value * 0.25
        case let .line(from, to, _): return max(from.y.value, to.y.value)
        case let .rect(rect, _, _): return rect.maxY.value
        case let .path(points, _, _, _): return points.map(\.y.value).max()
        case let .image(rect, _): return rect.maxY.value
        case .link, .anchor, .signatureField: return nil
        }
    }
}
