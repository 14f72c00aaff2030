/// The structure element an item belongs to, for tagged PDF and reading order.
/// Items of one element (the lines of a paragraph) share an `element` number; numbers
/// increase in reading order.
///
/// Only leaves hold content: Cairo 1.16 marks content only inside a structure element
/// without children. So a table cell is a leaf inside the groups Table, THead or TBody
/// and TR, and a paragraph that holds a link is a group P with Span and Link leaves.
public struct StructureRef: Hashable, Sendable {
    public var role: StructureRole
    public var element: Int
    /// The elements this leaf lies in, outermost first.
    public var groups: [StructureGroup]
    /// Tells apart the Span and Link leaves inside one element that holds links.
    public var part: Int

    public init(role: StructureRole, element: Int, groups: [StructureGroup] = [], part: Int = 0) {
        self.role = role
        self.element = element
        self.groups = groups
        self.part = part
    }

    /// Running headers, footers, page numbers, initials boxes, rules: not content.
    public static let artifact = StructureRef(role: .artifact, element: -1)

    public var isArtifact: Bool { element < 0 }

    /// The same place with every element number moved past `base`.
    public func renumbered(base: Int) -> StructureRef {
        guard !isArtifact else { return self }
        return StructureRef(role: role, element: element + base,
                            groups: groups.map { StructureGroup($0.role, element: $0.element + base) }, part: part)
    }

    /// This leaf turned into a group that holds Span and Link leaves.
    public var asGroup: StructureGroup { StructureGroup(role, element: element) }
}

/// An element that holds other elements and no content of its own.
public struct StructureGroup: Hashable, Sendable {
    public var role: StructureRole
    public var element: Int

    public init(_ role: StructureRole, element: Int) {
        self.role = role
        self.element = element
    }
}

public enum StructureRole: Hashable, Sendable {
    case artifact
    case heading(level: Int)
    case paragraph
    case span
    case list
    case listItem
    case listLabel
    case listBody
    /// Quoted text: a group around the quote's paragraphs and lists.
    case blockQuote
    case table
    case tableHead
    case tableBody
    case tableRow
    case tableHeaderCell
    case tableDataCell
    case figure(alternativeText: String)
    case tableOfContents
    case tableOfContentsEntry
    case division
    case link
    /// A form field: what is drawn for it (the signing line) is its content, and the
    /// finishing step attaches the field's widget to it.
    case formField

    /// The standard structure type of PDF 1.7 (14.8.4) this role is written as.
    public var standardType: String {
        switch self {
        case .artifact: return "Artifact"
        case let .heading(level): return "H\(min(max(level, 1), 6))"
        case .paragraph: return "P"
        case .span: return "Span"
        case .list: return "L"
        case .listItem: return "LI"
        case .listLabel: return "Lbl"
        case .listBody: return "LBody"
        case .blockQuote: return "BlockQuote"
        case .table: return "Table"
        case .tableHead: return "THead"
        case .tableBody: return "TBody"
        case .tableRow: return "TR"
        case .tableHeaderCell: return "TH"
        case .tableDataCell: return "TD"
        case .figure: return "Figure"
        case .tableOfContents: return "TOC"
        case .tableOfContentsEntry: return "TOCI"
        case .division: return "Div"
        case .link: return "Link"
        case .formField: return "Form"
        }
    }
}
