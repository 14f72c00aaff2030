import ReportCore
import ReportLayout

/// The board's Markdown texts as blocks: headings become engine-numbered headings,
/// paragraphs keep bold, italic, links, hard line breaks and resolved figures; lists,
/// quotes, pictures and tables become the layout's own blocks.
public enum ProseComposer {
    /// Placeholders (`{{ styrelselista }}` on a line of its own) are left to the caller:
    /// `placeholder` returns the blocks for a name, or nothing.
    public static func blocks(_ prose: [ProseBlock], headingLevelOffset: Int = 0, paragraphStyle: String = "brödtext",
                              placeholder: (String) -> [Block] = { _ in [] }) -> [Block] {
        prose.flatMap { block -> [Block] in
            switch block.kind {
            case .heading:
                let text = block.runs.map(\.text).joined()
                return [.heading(Heading(level: (block.level ?? 1) + headingLevelOffset, text))]
            case .paragraph:
                return block.runs.isEmpty ? [] : [.paragraph(Paragraph(inlines(block.runs), style: paragraphStyle))]
            case .bulletList, .orderedList:
                return [.list(list(block, style: paragraphStyle))]
            case .quote:
                return [.quote(BlockQuote(blocks(block.children?.first ?? [], paragraphStyle: "citat")))]
            case .table:
                return block.table.map { [.table(ProseTableComposer.table($0))] } ?? []
            case .image:
                return image(block.image).map { [.image($0)] } ?? []
            case .placeholder:
                return placeholder(block.name ?? "")
            }
        }
    }

    private static func list(_ block: ProseBlock, style: String) -> BulletList {
        let items = block.items ?? []
        let entries = items.indices.map { index in
            ListItem(inlines(items[index]), children: blocks(block.children?[index] ?? [], paragraphStyle: style))
        }
        return BulletList(entries: entries, numbering: block.kind == .orderedList ? .decimal(start: block.start ?? 1) : .bullets, style: style)
    }

    /// A checked picture; one the core could not read never gets here (its finding stops the report).
    private static func image(_ image: ProseImage?) -> ImageBlock? {
        guard let image, let path = image.path, let format = image.format else { return nil }
        let file = ImageFile(path: path, format: format == .png ? .png : .jpeg, pixelWidth: image.pixelWidth, pixelHeight: image.pixelHeight)
        return ImageBlock(image: file, pixelsPerInch: image.pixelsPerInch, alternativeText: image.alternativeText)
    }

    public static func inlines(_ runs: [InlineRun]) -> [Inline] {
        runs.map { run in
            if run.isLineBreak { return InlineBreak.inline }
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
