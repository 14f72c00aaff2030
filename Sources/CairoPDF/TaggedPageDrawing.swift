import CCairo
import ReportLayout

/// Painting a page into a tagged PDF: items are drawn in reading order, each inside its
/// leaf element. An artifact that comes while a leaf is open (a contents leader, a list
/// rule) is drawn when the leaf closes, unless it is a fill, which must stay under what
/// follows: then the leaf closes first. Artifacts overlap no text they are moved past.
extension CairoPainter {
    func drawTagged(_ page: Page, on cr: OpaquePointer, tagger: StructureTagger) {
        var deferred: [PageContent] = []
        func closeLeaf() {
            flushText(on: cr)
            tagger.closeLeaf(on: cr)
            for content in deferred { draw(content, on: cr) }
            deferred.removeAll()
        }
        for item in page.items {
            if item.structure.isArtifact {
                if tagger.leaf == nil { draw(item.content, on: cr) } else if filledArea(item.content) != nil {
                    closeLeaf()
                    draw(item.content, on: cr)
                } else if case .anchor = item.content { draw(item.content, on: cr) } else { deferred.append(item.content) }
                continue
            }
            if case let .link(rect, target) = item.content {
                closeLeaf()
                flushText(on: cr)
                tagger.open(item.structure, linkAttributes: LinkPainter.attributes(rect, target: target), on: cr)
                continue
            }
            if tagger.leaf != item.structure {
                closeLeaf()
                flushText(on: cr)
                tagger.open(item.structure, on: cr)
            }
            if case let .text(run) = item.content { tagger.record(run.text) }
            draw(item.content, on: cr, inOrder: true)
        }
        closeLeaf()
        flushText(on: cr)
    }
}
