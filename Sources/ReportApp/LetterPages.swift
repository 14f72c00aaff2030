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

    /// Every letter in one file for duplex printing: the covering letter and the enclosed
    /// report each start on a new sheet, so a blank page (no footer, nothing at all) follows
    /// a covering letter, or a report, that ends on a front. `coverPages` is the number of
    /// the covering letter's pages at the start of each document. The outline has one entry
    /// per member, its letter's entries below it.
    static func combined(_ letters: [(member: String, document: LaidOutDocument, coverPages: Int)],
                         metadata: DocumentMetadata) -> LaidOutDocument {
        var pages: [Page] = []
        var outline: [OutlineEntry] = []
        for (index, letter) in letters.enumerated() {
            let first = pages.count
            let own = letter.document.pages.map { prefixed($0, "m\(index + 1)-") }
            pages += own.prefix(letter.coverPages)
            let blankAfterCover = pages.count % 2 == 1 && own.count > letter.coverPages
            if blankAfterCover { pages.append(blank(like: own[0])) }
            pages += own.dropFirst(letter.coverPages)
            if pages.count % 2 == 1 { pages.append(blank(like: own[own.count - 1])) }
            outline.append(OutlineEntry(title: letter.member, level: 1, pageIndex: first, y: .zero))
            outline += letter.document.outline.map { entry in
                let shift = blankAfterCover && entry.pageIndex >= letter.coverPages ? 1 : 0
                return moved(entry, by: first + shift, levels: 1)
            }
        }
        return LaidOutDocument(metadata: metadata, pages: pages, outline: outline)
    }

    private static func blank(like page: Page) -> Page { Page(size: page.size, textArea: page.textArea) }

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
