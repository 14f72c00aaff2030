/// Prose as a value tree: blocks of inline runs, with figure references resolved.
public struct ProseText: Equatable, Sendable, Codable {
    public var id: String
    public var file: String
    public var blocks: [ProseBlock]

    /// The first heading's text: the section's title.
    public var title: String? {
        blocks.first { $0.kind == .heading }.map { $0.runs.map(\.text).joined() }
    }
}

public struct ProseBlock: Equatable, Sendable, Codable {
    public enum Kind: String, Equatable, Sendable, Codable {
        case heading, paragraph, bulletList, orderedList
        /// `> …` lines: `children[0]` holds the quoted blocks.
        case quote
        /// A pipe table, or a csv file placed with `![Rubrik](fil.csv)`: `table`.
        case table
        /// `![Alternativtext](bild.png)` on a line of its own: `image`.
        case image
        /// A line holding only `{{ name }}`: a table the document composer puts there
        /// (styrelselista, deltagartabell, balanskravstabell, flerarsoversikt).
        case placeholder
    }

    public var kind: Kind
    public var level: Int?
    public var runs: [InlineRun]
    /// A list's items: each item's first paragraph.
    public var items: [[InlineRun]]?
    public var name: String?
    public var line: Int
    /// An ordered list's first number.
    public var start: Int?
    /// A list's blocks under each item after its first paragraph (nested lists, further
    /// paragraphs), parallel to `items`; a quote's blocks as the single element.
    public var children: [[ProseBlock]]?
    public var table: ProseTable?
    public var image: ProseImage?

    public init(kind: Kind, level: Int? = nil, runs: [InlineRun] = [], items: [[InlineRun]]? = nil, name: String? = nil, line: Int,
                start: Int? = nil, children: [[ProseBlock]]? = nil, table: ProseTable? = nil, image: ProseImage? = nil) {
        self.kind = kind
        self.level = level
        self.runs = runs
        self.items = items
        self.name = name
        self.line = line
        self.start = start
        self.children = children
        self.table = table
        self.image = image
    }
}

public struct InlineRun: Equatable, Sendable, Codable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var link: String?
    /// The figure's name when this run came from `{{ name }}`; `text` is its value.
    public var figure: String?
    /// The source line of a figure reference, so a finding points at the reference itself.
    public var line: Int?

    public init(text: String, bold: Bool = false, italic: Bool = false, link: String? = nil, figure: String? = nil, line: Int? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
        self.figure = figure
        self.line = line
    }

    /// A hard line break (two spaces or `\` at a line's end) inside a paragraph.
    public static let lineBreakText = "\u{2028}"
    public var isLineBreak: Bool { text == Self.lineBreakText && figure == nil }
}

/// A table written in a text: a pipe table, or a csv file named in the text.
public struct ProseTable: Equatable, Sendable, Codable {
    public enum Alignment: String, Equatable, Sendable, Codable {
        /// Not given: amounts go right, text left.
        case automatic, left, right, center
    }

    public var header: [[InlineRun]]
    public var rows: [[[InlineRun]]]
    public var alignments: [Alignment]
    /// The csv file's name as the text gives it; nil for a pipe table.
    public var source: String?
    /// A csv table's caption (the text in `![…]`).
    public var caption: String?

    public init(header: [[InlineRun]], rows: [[[InlineRun]]], alignments: [Alignment], source: String? = nil, caption: String? = nil) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
        self.source = source
        self.caption = caption
    }
}

/// A picture placed in a text. The reader records what the text says; the resolver checks
/// the file and fills in its format and size.
public struct ProseImage: Equatable, Sendable, Codable {
    public enum Format: String, Equatable, Sendable, Codable { case png, jpeg }

    /// The file as the text names it, relative to the text's own folder.
    public var source: String
    public var alternativeText: String
    /// The file's path on disk, once checked.
    public var path: String?
    public var format: Format?
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Pixels per inch the file states (pHYs, JFIF); nil when it states none.
    public var pixelsPerInch: Double?

    public init(source: String, alternativeText: String, path: String? = nil, format: Format? = nil,
                pixelWidth: Int = 0, pixelHeight: Int = 0, pixelsPerInch: Double? = nil) {
        self.source = source
        self.alternativeText = alternativeText
        self.path = path
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.pixelsPerInch = pixelsPerInch
    }
}
