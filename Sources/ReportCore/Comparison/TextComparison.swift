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

/// A text's paragraphs as the author wrote them: a figure reference stays `{{ name }}`,
/// so a changed figure is reported once, with its row, and not as a changed paragraph.
struct TextParagraph: Equatable {
    var text: String
    var line: Int
}

enum TextComparison {
    static func changes(old: [ProseText], new: [ProseText]) -> [TextChange] {
        let oldById = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIds = Set(new.map(\.id))
        var changes: [TextChange] = []
        for text in new { changes += compare(oldById[text.id], text) }
        for text in old where !newIds.contains(text.id) { changes += compare(text, nil) }
        return changes
    }

    static func compare(_ old: ProseText?, _ new: ProseText?) -> [TextChange] {
        let before = old.map { paragraphs($0.blocks) } ?? [], after = new.map { paragraphs($0.blocks) } ?? []
        let pairs = CommonSubsequence.pairs(before.map(\.text), after.map(\.text))
        let id = new?.id ?? old?.id ?? ""
        var changes: [TextChange] = []
        var i = 0, j = 0
        for anchor in pairs + [(old: before.count, new: after.count)] {
            let removed = before[i..<anchor.old], added = after[j..<anchor.new]
            for offset in 0..<max(removed.count, added.count) {
                let was = offset < removed.count ? removed[removed.startIndex + offset] : nil
                let now = offset < added.count ? added[added.startIndex + offset] : nil
                changes.append(TextChange(kind: was == nil ? .added : now == nil ? .removed : .changed, text: id,
                                          oldFile: was.flatMap { _ in old?.file }, newFile: now.flatMap { _ in new?.file },
                                          oldLine: was?.line, newLine: now?.line, old: was?.text, new: now?.text))
            }
            i = anchor.old + 1
            j = anchor.new + 1
        }
        return changes
    }

    static func paragraphs(_ blocks: [ProseBlock]) -> [TextParagraph] {
        blocks.flatMap { block -> [TextParagraph] in
            switch block.kind {
            case .heading, .paragraph:
                return [TextParagraph(text: text(block.runs), line: block.line)]
            case .bulletList, .orderedList:
                let items = block.items ?? []
                return items.indices.flatMap { index in
                    [TextParagraph(text: "– " + text(items[index]), line: block.line)]
                        + paragraphs(block.children.map { index < $0.count ? $0[index] : [] } ?? [])
                }
            case .quote:
                return paragraphs(block.children?.first ?? [])
            case .table:
                guard let table = block.table else { return [] }
                return ([table.header] + table.rows).map { row in
                    TextParagraph(text: row.map(text).joined(separator: " | "), line: block.line)
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
