/// A list: bulleted or numbered, each item with a label, its text and blocks under it
/// (nested lists, further paragraphs).
public struct BulletList: Sendable {
    public enum Numbering: Sendable, Hashable {
        case bullets
        /// 1., 2., 3. … from `start`.
        case decimal(start: Int)
    }

    public var items: [ListItem]
    public var numbering: Numbering
    public var style: String

    public init(entries: [ListItem], numbering: Numbering = .bullets, style: String = "brödtext") {
        self.items = entries
        self.numbering = numbering
        self.style = style
    }

    /// A bulleted list of single paragraphs.
    public init(items: [[Inline]], style: String = "brödtext") {
        self.init(entries: items.map { ListItem($0) }, style: style)
    }
}

public struct ListItem: Sendable {
    public var inlines: [Inline]
    /// Blocks set under the item's text at its indentation: paragraphs, lists, quotes, pictures, tables.
    public var children: [Block]

    public init(_ inlines: [Inline], children: [Block] = []) {
        self.inlines = inlines
        self.children = children
    }
}

/// Quoted blocks (paragraphs, lists), set indented with a rule beside them.
public struct BlockQuote: Sendable {
    public var blocks: [Block]

    public init(_ blocks: [Block]) {
        self.blocks = blocks
    }
}

/// A picture placed in the flow at its own size (from its pixels and stated resolution),
/// never wider than the column.
public struct ImageBlock: Sendable {
    public var image: ImageFile
    /// The resolution the file states; 96 pixels per inch when it states none.
    public var pixelsPerInch: Double?
    /// Read aloud for the reader who cannot see the picture (the tagged PDF's /Alt).
    public var alternativeText: String

    public init(image: ImageFile, pixelsPerInch: Double? = nil, alternativeText: String) {
        self.image = image
        self.pixelsPerInch = pixelsPerInch
        self.alternativeText = alternativeText
    }
}

/// A picture file the painter draws: its path, format and size in pixels.
public struct ImageFile: Sendable, Hashable {
    public enum Format: String, Sendable, Hashable { case png, jpeg }

    public var path: String
    public var format: Format
    public var pixelWidth: Int
    public var pixelHeight: Int

    public init(path: String, format: Format, pixelWidth: Int, pixelHeight: Int) {
        self.path = path
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
    }
}
