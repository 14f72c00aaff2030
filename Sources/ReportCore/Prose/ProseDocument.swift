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
        case heading, paragraph, bulletList
        /// A line holding only `{{ name }}`: a table the document composer puts there
        /// (styrelselista, deltagartabell, balanskravstabell, flerarsoversikt).
        case placeholder
    }

    public var kind: Kind
    public var level: Int?
    public var runs: [InlineRun]
    public var items: [[InlineRun]]?
    public var name: String?
    public var line: Int

    public init(kind: Kind, level: Int? = nil, runs: [InlineRun] = [], items: [[InlineRun]]? = nil, name: String? = nil, line: Int) {
        self.kind = kind
        self.level = level
        self.runs = runs
        self.items = items
        self.name = name
        self.line = line
    }
}

public struct InlineRun: Equatable, Sendable, Codable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var link: String?
    /// The figure's name when this run came from `{{ name }}`; `text` is its value.
    public var figure: String?

    public init(text: String, bold: Bool = false, italic: Bool = false, link: String? = nil, figure: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
        self.figure = figure
    }
}
