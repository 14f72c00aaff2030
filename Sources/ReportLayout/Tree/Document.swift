/// The document tree layout consumes: blocks, inline text and style names, never accounts.
/// `ReportDocuments` builds it; `LayoutEngine` turns it into pages.
public struct Document: Sendable {
    public var metadata: DocumentMetadata
    public var blocks: [Block]
    /// The layout's initials boxes on every page; false for a digitally signed document,
    /// whose signatures cover every page.
    public var initialsBoxes: Bool

    public init(metadata: DocumentMetadata, blocks: [Block], initialsBoxes: Bool = true) {
        self.metadata = metadata
        self.blocks = blocks
        self.initialsBoxes = initialsBoxes
    }
}

public indirect enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(BulletList)
    /// Quoted text, indented with a rule beside it.
    case quote(BlockQuote)
    /// A picture from a file (a logo), with its alternative text.
    case image(ImageBlock)
    case table(Table)
    case chart(Chart)
    case signatures(SignatureBlock)
    /// Continue on a new page.
    case pageBreak
    /// A new page that also starts a new section: `{avsnitt}` in running marginals shows `title`.
    case sectionBreak(title: String?)
    /// Where the engine puts the table of contents.
    case tableOfContents(TableOfContents)
    /// A named destination that links and references point to.
    case anchor(String)
    /// Blocks that must stand on one page (unless together they are taller than a page).
    case keepTogether([Block])
    /// Vertical space.
    case space(Points)
    /// Content at a fixed position on the current page, outside the flow (an address in an
    /// envelope window, a sender block).
    case absolute(AbsoluteBlock)
}

public struct Heading: Sendable {
    public var level: Int
    public var text: String
    /// Numbered by the engine (1, 1.1, 1.2 …) unless false.
    public var numbered: Bool
    /// The anchor name links point to; the engine makes one from the number when nil.
    public var anchor: String?
    /// Listed in the table of contents and the PDF outline.
    public var inContents: Bool

    public init(level: Int, _ text: String, numbered: Bool = true, anchor: String? = nil, inContents: Bool = true) {
        self.level = level
        self.text = text
        self.numbered = numbered
        self.anchor = anchor
        self.inContents = inContents
    }
}

/// A paragraph of inline runs in a named text style ("brödtext", "bildtext", …).
public struct Paragraph: Sendable {
    public var inlines: [Inline]
    public var style: String
    public var alignment: TextAlignment?

    public init(_ inlines: [Inline], style: String = "brödtext", alignment: TextAlignment? = nil) {
        self.inlines = inlines
        self.style = style
        self.alignment = alignment
    }

    public init(_ text: String, style: String = "brödtext", alignment: TextAlignment? = nil) {
        self.init([.text(text)], style: style, alignment: alignment)
    }
}

public enum TextAlignment: String, Sendable, Hashable {
    case left, right, center, justified
}

public enum Inline: Sendable, Hashable {
    case text(String)
    case bold(String)
    case italic(String)
    case boldItalic(String)
    /// An external link.
    case link(String, uri: String)
    /// An internal reference ("Not 3") linking to an anchor.
    case reference(String, anchor: String)
}

public struct TableOfContents: Sendable {
    public var title: String
    /// Headings down to this level are listed.
    public var maxLevel: Int

    public init(title: String = "Innehåll", maxLevel: Int = 2) {
        self.title = title
        self.maxLevel = maxLevel
    }
}

/// Content placed at an absolute position of the page it falls on (millimetres from the
/// page's top left corner, as envelope windows are specified).
public struct AbsoluteBlock: Sendable {
    public var x: Points
    public var y: Points
    public var width: Points
    public var paragraphs: [Paragraph]

    public init(x: Points, y: Points, width: Points, paragraphs: [Paragraph]) {
        self.x = x
        self.y = y
        self.width = width
        self.paragraphs = paragraphs
    }
}

public struct SignatureBlock: Sendable {
    public var heading: String?
    /// Place and date, "Borås 2025-02-03".
    public var dateLine: String?
    public var signatories: [Signatory]
    public var columns: Int

    public init(heading: String? = nil, dateLine: String? = nil, signatories: [Signatory], columns: Int = 2) {
        self.heading = heading
        self.dateLine = dateLine
        self.signatories = signatories
        self.columns = columns
    }
}

public struct Signatory: Sendable, Hashable {
    public var name: String
    /// Organisation or party, printed under the name.
    public var detail: String
    /// In a digitally signed document: the name of the signature field above the printed
    /// name (a signature line when nil).
    public var fieldName: String?

    public init(name: String, detail: String = "", fieldName: String? = nil) {
        self.name = name
        self.detail = detail
        self.fieldName = fieldName
    }
}
