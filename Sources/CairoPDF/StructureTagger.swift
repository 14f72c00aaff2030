import CCairo
import ReportLayout

/// What the painter learnt about the structure it wrote, in the order of the elements
/// (depth first), for the finishing step: Cairo 1.16 cannot write a Figure's /Alt or a
/// link's /Contents itself.
public struct PaintedStructure: Sendable, Equatable {
    /// The text of each Link leaf, in the order its annotation was made.
    public var linkTexts: [String] = []
    /// The alternative text of each Figure, in structure order.
    public var figureAlternativeTexts: [String] = []

    public init(linkTexts: [String] = [], figureAlternativeTexts: [String] = []) {
        self.linkTexts = linkTexts
        self.figureAlternativeTexts = figureAlternativeTexts
    }
}

/// Opens and closes Cairo's structure tags as the painter walks items in reading order.
/// Content goes only into leaves (Cairo 1.16 marks nothing else); groups (Table, TR, L,
/// LI, TOC, a P that holds a link) stay open across pages, a leaf is closed at the end of
/// each page, so a paragraph broken over two pages is two P elements. Everything drawn
/// while no leaf is open is unmarked, and the finishing step wraps it as an Artifact.
final class StructureTagger {
    private var groups: [StructureGroup] = []
    private(set) var leaf: StructureRef?
    private(set) var painted = PaintedStructure()

    /// Makes `structure` the open leaf; `linkAttributes` opens it as a link annotation.
    /// The caller has drawn every pending glyph first.
    func open(_ structure: StructureRef, linkAttributes: String? = nil, on cr: OpaquePointer) {
        closeLeaf(on: cr)
        sync(structure.groups, on: cr)
        if let linkAttributes {
            cairo_tag_begin(cr, CAIRO_TAG_LINK, linkAttributes)
            painted.linkTexts.append("")
        } else {
            cairo_tag_begin(cr, structure.role.standardType, "")
            if case let .figure(alternativeText) = structure.role { painted.figureAlternativeTexts.append(alternativeText) }
        }
        leaf = structure
    }

    /// Adds drawn text to the open leaf's record (a link's /Contents).
    func record(_ text: String) {
        guard leaf?.role == .link, let last = painted.linkTexts.indices.last else { return }
        painted.linkTexts[last] += painted.linkTexts[last].isEmpty ? text : " " + text
    }

    func closeLeaf(on cr: OpaquePointer) {
        guard let open = leaf else { return }
        cairo_tag_end(cr, open.role == .link ? CAIRO_TAG_LINK : open.role.standardType)
        leaf = nil
    }

    /// Closes every open element.
    func closeAll(on cr: OpaquePointer) {
        closeLeaf(on: cr)
        sync([], on: cr)
    }

    /// Ends the open groups that `target` does not share and begins the ones it adds.
    private func sync(_ target: [StructureGroup], on cr: OpaquePointer) {
        var common = 0
        while common < groups.count, common < target.count, groups[common] == target[common] { common += 1 }
        for group in groups[common...].reversed() { cairo_tag_end(cr, group.role.standardType) }
        for group in target[common...] { cairo_tag_begin(cr, group.role.standardType, "") }
        groups = target
    }
}
