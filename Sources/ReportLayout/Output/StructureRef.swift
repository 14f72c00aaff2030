/// The structure element an item belongs to, for tagged PDF and reading order.
/// Items of one element (the lines of a paragraph) share an `element` number; numbers
/// increase in reading order.
public struct StructureRef: Hashable, Sendable {
    public var role: StructureRole
    public var element: Int

    public init(role: StructureRole, element: Int) {
        self.role = role
        self.element = element
    }

    /// Running headers, footers, page numbers, initials boxes, rules: not content.
    public static let artifact = StructureRef(role: .artifact, element: -1)
}

public enum StructureRole: Hashable, Sendable {
    case artifact
    case heading(level: Int)
    case paragraph
    case listItem
    case table
    case tableHeaderCell
    case tableDataCell
    case figure(alternativeText: String)
    case tableOfContentsEntry
    case signature
    case link
}
