import ReportLayout

/// Letters put together from laid-out parts, without laying anything out again: the
/// tertial report is laid out once and its pages are enclosed in every letter, with its
/// own page numbers ("Sida 3 av 7" is the same page for every member).
enum LetterPages {
    /// The letter's pages followed by the report's. Anchor names get a prefix per part,
    /// since both parts number their headings from one.
    static func letter(_ letter: LaidOutDocument, enclosing report: LaidOutDocument) -> LaidOutDocument {
        let pages = letter.pages.map { prefixed($0, "brev-") } + report.pages.map { prefixed($0, "rapport-") }
        let outline = letter.outline + report.outline.map { moved($0, by: letter.pages.count, levels: 0) }
        return LaidOutDocument(metadata: letter.metadata, pages: pages, outline: outline)
    }

    /// Every letter in one file for duplex printing: each letter starts on an odd page, so
    /// a blank page (no footer, nothing at all) follows a letter with an odd page count.
    /// The outline has one entry per member, its letter's entries below it.
    static func combined(_ letters: [(member: String, document: LaidOutDocument)], metadata: DocumentMetadata) -> LaidOutDocument {
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        for (index, letter) in letters.enumerated() {
            let first = pages.count
            outline.append(OutlineEntry(title: letter.member, level: 1, pageIndex: first, y: .zero))
            outline += letter.document.outline.map { moved($0, by: first, levels: 1) }
            pages += letter.document.pages.map { prefixed($0, "m\(index + 1)-") }
            if pages.count % 2 == 1, let last = pages.last {
                pages.append(Page(size: last.size, textArea: last.textArea))
            }
        }
        return LaidOutDocument(metadata: metadata, pages: pages, outline: outline)
    }

    private static func moved(_ entry: OutlineEntry, by pages: Int, levels: Int) -> OutlineEntry {
        OutlineEntry(title: entry.title, level: entry.level + levels, pageIndex: entry.pageIndex + pages, y: entry.y)
    }

    /// The page with every named destination and internal link renamed `prefix + name`.
    static func prefixed(_ page: Page, _ prefix: String) -> Page {
        var page = page
        page.items = page.items.map { item in
            switch item.content {
            case let .anchor(name, at):
                return PageItem(.anchor(name: prefix + name, at: at), structure: item.structure)
            case let .link(rect, .anchor(name)):
                return PageItem(.link(rect, .anchor(prefix + name)), structure: item.structure)
            default:
                return item
            }
        }
        return page
    }
}
