/// One paragraph of text (a heading, a paragraph, a list item, a table row) that differs
/// between two versions, with the file and line of each side.
public struct TextChange: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable { case changed, added, removed }

    public var kind: Kind
    public var text: String
    public var oldFile: String?
    public var newFile: String?
    public var oldLine: Int?
    public var newLine: Int?
    public var old: String?
    public var new: String?
}

/// A figure a text prints through `{{ name }}` that reads differently in the two versions,
/// in a paragraph whose words are the same (or changed beside it).
public struct TextFigureChange: Equatable, Sendable {
    public var file: String
    public var line: Int
    public var name: String
    public var old: String
    public var new: String
}

/// A text's paragraphs as the author wrote them: a figure reference stays `{{ name }}`,
/// so a changed figure is reported as a figure (`TextFigureChange`), not as a changed
/// paragraph; `figures` are the references with the values they print.
struct TextParagraph: Equatable {
    var text: String
    var line: Int
    var figures: [InlineRun] = []
}

enum TextComparison {
    static func changes(old: [ProseText], new: [ProseText]) -> (paragraphs: [TextChange], figures: [TextFigureChange]) {
        let oldById = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIds = Set(new.map(\.id))
        var result: (paragraphs: [TextChange], figures: [TextFigureChange]) = ([], [])
        for (before, after) in new.map({ (oldById[$0.id], Optional($0)) }) + old.filter({ !newIds.contains($0.id) }).map({ ($0, nil) }) {
            let changes = compare(before, after)
            result.paragraphs += changes.paragraphs
            result.figures += changes.figures
        }
        return result
    }

    static func compare(_ old: ProseText?, _ new: ProseText?) -> (paragraphs: [TextChange], figures: [TextFigureChange]) {
        let before = old.map { paragraphs($0.blocks) } ?? [], after = new.map { paragraphs($0.blocks) } ?? []
        let pairs = CommonSubsequence.pairs(before.map(\.text), after.map(\.text))
        let id = new?.id ?? old?.id ?? ""
        var changes: [TextChange] = [], figures: [TextFigureChange] = []
        var i = 0, j = 0
        for anchor in pairs + [(old: before.count, new: after.count)] {
            let removed = before[i..<anchor.old], added = after[j..<anchor.new]
            for offset in 0..<max(removed.count, added.count) {
                let was = offset < removed.count ? removed[removed.startIndex + offset] : nil
                let now = offset < added.count ? added[added.startIndex + offset] : nil
                changes.append(TextChange(kind: was == nil ? .added : now == nil ? .removed : .changed, text: id,
                                          oldFile: was.flatMap { _ in old?.file }, newFile: now.flatMap { _ in new?.file },
                                          oldLine: was?.line, newLine: now?.line, old: was?.text, new: now?.text))
                if let was, let now { figures += figureChanges(was, now, file: new?.file ?? id) }
            }
            if anchor.old < before.count { figures += figureChanges(before[anchor.old], after[anchor.new], file: new?.file ?? id) }
            i = anchor.old + 1
            j = anchor.new + 1
        }
        return (changes, figures)
    }

    /// The references both versions of a paragraph make, in order, whose values differ.
    static func figureChanges(_ old: TextParagraph, _ new: TextParagraph, file: String) -> [TextFigureChange] {
        zip(old.figures, new.figures).compactMap { was, now in
            guard was.figure == now.figure, was.text != now.text, let name = now.figure else { return nil }
            return TextFigureChange(file: file, line: now.line ?? new.line, name: name, old: was.text, new: now.text)
        }
    }

    static func paragraphs(_ blocks: [ProseBlock]) -> [TextParagraph] {
        blocks.flatMap { block -> [TextParagraph] in
            switch block.kind {
            case .heading, .paragraph:
                return [TextParagraph(text: text(block.runs), line: block.line, figures: block.runs.filter { $0.figure != nil })]
            case .bulletList, .orderedList:
                let items = block.items ?? []
                return items.indices.flatMap { index in
                    [TextParagraph(text: "– " + text(items[index]), line: block.line, figures: items[index].filter { $0.figure != nil })]
                        + paragraphs(block.children.map { index < $0.count ? $0[index] : [] } ?? [])
                }
            case .quote:
                return paragraphs(block.children?.first ?? [])
            case .table:
                guard let table = block.table else { return [] }
                return ([table.header] + table.rows).map { row in
                    TextParagraph(text: row.map(text).joined(separator: " | "), line: block.line,
                                  figures: row.flatMap { $0.filter { $0.figure != nil } })
                }
            case .image:
                return [TextParagraph(text: "Bild: " + (block.image.map { "\($0.alternativeText) (\($0.source))" } ?? ""), line: block.line)]
            case .placeholder:
                return [TextParagraph(text: "{{ \(block.name ?? "") }}", line: block.line)]
            }
        }
    }

    static func text(_ runs: [InlineRun]) -> String {
        runs.map { run in
            if let figure = run.figure { return "{{ \(figure) }}" }
            return run.isLineBreak ? " " : run.text
        }.joined()
    }
}
