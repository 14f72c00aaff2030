/// One laid-out page: its size, the text area the body was set in, and its items in
/// painting (and reading) order. Equal pages paint equal pixels (the preview repaints only
/// pages that differ from the last layout).
public struct Page: Hashable, Sendable {
    public var size: Size
    /// The area body content must stay inside (margins excluded); running headers,
    /// footers and initials boxes are artifacts outside it.
    public var textArea: Rect
    public var items: [PageItem]

    public init(size: Size, textArea: Rect, items: [PageItem] = []) {
        self.size = size
        self.textArea = textArea
        self.items = items
    }
}

/// A positioned item with its place in the document's structure, so that the painter
/// can write a tagged PDF (`cairo_tag_begin`) without layout changing.
public struct PageItem: Hashable, Sendable {
    public var content: PageContent
    public var structure: StructureRef

    public init(_ content: PageContent, structure: StructureRef = .artifact) {
        self.content = content
        self.structure = structure
    }
}

public enum PageContent: Hashable, Sendable {
    case text(TextRun)
    case line(from: Point, to: Point, stroke: Stroke)
    case rect(Rect, fill: Color?, stroke: Stroke?)
    /// A polyline or polygon, for charts.
    case path(points: [Point], closed: Bool, fill: Color?, stroke: Stroke?)
    /// A clickable area that jumps to a named anchor or opens a URI.
    case link(Rect, LinkTarget)
    /// A named destination (a heading, a note) that links point to.
    case anchor(name: String, at: Point)
    /// A picture file drawn into the rectangle.
    case image(Rect, ImageFile)
    /// The place of an empty digital signature field named after its signatory: nothing is
    /// painted; finishing (PDFFinish) writes the AcroForm field at this rectangle.
    case signatureField(Rect, name: String)
}

public struct Stroke: Hashable, Sendable {
    public var width: Points
    public var color: Color
    public var dash: [Points]

    public init(width: Points, color: Color = .black, dash: [Points] = []) {
        self.width = width
        self.color = color
        self.dash = dash
    }
}

public enum LinkTarget: Hashable, Sendable {
    case anchor(String)
    case uri(String)
}

/// Text on one baseline in one font. Each segment starts at `origin.x + segment.x`;
/// a justified line has one segment per word, a ragged line usually one.
public struct TextRun: Hashable, Sendable {
    public var origin: Point
    public var font: FontSpec
    public var color: Color
    public var segments: [TextSegment]

    public init(origin: Point, font: FontSpec, color: Color = .black, segments: [TextSegment]) {
        self.origin = origin
        self.font = font
        self.color = color
        self.segments = segments
    }

    /// The run's text in reading order, words separated by one space.
    public var text: String { segments.map(\.text).joined(separator: " ") }
}

public struct TextSegment: Hashable, Sendable {
    public var text: String
    /// Offset from the run's origin.
    public var x: Points
    /// The segment's advance width as layout measured it (for bounds checks and debugging).
    public var width: Points

    public init(text: String, x: Points, width: Points) {
        self.text = text
        self.x = x
        self.width = width
    }
}
