import ReportCore
import ReportLayout

/// The board's Markdown texts as blocks: headings become engine-numbered headings,
/// paragraphs keep bold, italic, links and resolved figures.
public enum ProseComposer {
    /// Placeholders (`{{ styrelselista }}` on a line of its own) are left to the caller:
    /// `placeholder` returns the blocks for a name, or nothing.
    public static func blocks(_ prose: [ProseBlock], headingLevelOffset: Int = 0,
                              placeholder: (String) -> [Block] = { _ in [] }) -> [Block] {
        prose.flatMap { block -> [Block] in
            switch block.kind {
            case .heading:
                let text = block.runs.map(\.text).joined()
                return [.heading(Heading(level: (block.level ?? 1) + headingLevelOffset, text))]
            case .paragraph:
                return [.paragraph(Paragraph(inlines(block.runs)))]
            case .bulletList:
                return [.list(BulletList(items: (block.items ?? []).map(inlines)))]
            case .placeholder:
                return placeholder(block.name ?? "")
            }
        }
    }

    public static func inlines(_ runs: [InlineRun]) -> [Inline] {
        runs.map { run in
            if let link = run.link { return .link(run.text, uri: link) }
            switch (run.bold, run.italic) {
            case (true, true): return .boldItalic(run.text)
            case (true, false): return .bold(run.text)
            case (false, true): return .italic(run.text)
            case (false, false): return .text(run.text)
            }
        }
    }
}
