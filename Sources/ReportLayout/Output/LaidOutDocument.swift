/// What layout hands to painting: pages of positioned items in points, nothing more.
/// The painter (CairoPDF) only walks this; it never decides where a line breaks.
public struct LaidOutDocument: Sendable {
    public var metadata: DocumentMetadata
    public var pages: [Page]
    /// PDF bookmarks, in reading order.
    public var outline: [OutlineEntry]

    public init(metadata: DocumentMetadata, pages: [Page], outline: [OutlineEntry] = []) {
        self.metadata = metadata
        self.pages = pages
        self.outline = outline
    }
}

public struct DocumentMetadata: Hashable, Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// BCP 47, "sv-SE" for every document of this product.
    public var language: String
    /// Written into the PDF instead of "now", so that output is reproducible.
    public var creationDate: String?

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [],
                language: String = "sv-SE", creationDate: String? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.creationDate = creationDate
    }
}

public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 1 for a top-level heading.
    public var level: Int
    /// 0-based page index.
    public var pageIndex: Int
    public var y: Points

    public init(title: String, level: Int, pageIndex: Int, y: Points) {
        self.title = title
        self.level = level
        self.pageIndex = pageIndex
        self.y = y
    }
}
