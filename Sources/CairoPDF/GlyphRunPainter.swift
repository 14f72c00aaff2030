import CCairo
import CPango
import PangoText
import ReportLayout

/// Paints text with as few `cairo_show_text_glyphs` calls as painting order allows. Glyphs
/// are collected per face and colour; the collected text is drawn at the end of the page,
/// or earlier when a filled shape is about to cover part of it, so what lies on top stays
/// on top. Cairo's PDF backend does much of its work per drawing call, so a handful of
/// calls per page instead of one per word is most of painting's speed; the clusters keep
/// the text extractable.
final class GlyphRunPainter {
    private struct BatchKey: Hashable {
        var font: OpaquePointer
        var color: Color
    }

    private struct Batch {
        var key: BatchKey
        var glyphs: [cairo_glyph_t] = []
        var clusters: [cairo_text_cluster_t] = []
        var utf8: [UInt8] = []
    }

    private let shaper: TextShaper
    /// In the order first used, so the PDF's content is the same on every run.
    private var batches: [Batch] = []
    private var batchIndex: [BatchKey: Int] = [:]
    /// Where the collected glyphs lie (roughly: the runs' boxes), to tell if a shape covers them.
    private var pendingBounds: Rect?
    private var shaped: [(segment: TextSegment, shape: ShapedText)] = []

    init(shaper: TextShaper) { self.shaper = shaper }

    /// Collects a run's glyphs for drawing later. `inOrder` draws what was collected in
    /// another face or colour first, so a tagged element's text keeps its reading order.
    func draw(_ run: TextRun, on cr: OpaquePointer, inOrder: Bool = false) {
        shaped.removeAll(keepingCapacity: true)
        for segment in run.segments where !segment.text.isEmpty {
            shaped.append((segment, shaper.shapeForPainting(segment.text, font: run.font)))
        }
        guard let face = shaped.first?.shape.scaledFont, shaped.allSatisfy({ $0.shape.scaledFont == face }) else {
            if !shaped.isEmpty {
                flush(on: cr)
                drawSegmentsWithPango(run, on: cr)
            }
            return
        }
        let key = BatchKey(font: face, color: run.color)
        if inOrder, let last = batches.last, last.key != key { flush(on: cr) }
        let index = batchIndex[key] ?? newBatch(key)
        append(run, to: &batches[index])
        include(run)
    }

    /// Draws the collected glyphs now when a filled shape in `area` would cover them.
    func prepareForShape(covering area: Rect, on cr: OpaquePointer) {
        guard let pending = pendingBounds, pending.intersects(area) else { return }
        flush(on: cr)
    }

    /// Draws every collected glyph, one call per face and colour.
    func flush(on cr: OpaquePointer) {
        for batch in batches where !batch.glyphs.isEmpty {
            cairo_set_source_rgb(cr, batch.key.color.red, batch.key.color.green, batch.key.color.blue)
            cairo_set_scaled_font(cr, batch.key.font)
            batch.utf8.withUnsafeBufferPointer { text in
                text.withMemoryRebound(to: CChar.self) { characters in
                    cairo_show_text_glyphs(cr, characters.baseAddress, Int32(characters.count), batch.glyphs, Int32(batch.glyphs.count),
                                           batch.clusters, Int32(batch.clusters.count), cairo_text_cluster_flags_t(0))
                }
            }
        }
        batches.removeAll(keepingCapacity: true)
        batchIndex.removeAll(keepingCapacity: true)
        pendingBounds = nil
    }

    private func newBatch(_ key: BatchKey) -> Int {
        batches.append(Batch(key: key))
        batchIndex[key] = batches.count - 1
        return batches.count - 1
    }

    /// A run's segments with the font's space glyph between words, drawn where the word
    /// before it ends, so the text map gives the space back without an ActualText span.
    /// Runs follow each other with no character between: extraction sees the new line from
    /// the positions.
    private func append(_ run: TextRun, to batch: inout Batch) {
        let space = spaceGlyph(for: run.font, in: batch.key.font)
        let y = run.origin.y.value
        var previousEnd: Double?
        for (segment, shape) in shaped {
            let x = (run.origin.x + segment.x).value
            if let previousEnd {
                batch.utf8.append(0x20)
                if let space {
                    batch.glyphs.append(cairo_glyph_t(index: space, x: previousEnd, y: y))
                    batch.clusters.append(cairo_text_cluster_t(num_bytes: 1, num_glyphs: 1))
                } else {
                    batch.clusters.append(cairo_text_cluster_t(num_bytes: 1, num_glyphs: 0))
                }
            }
            for index in shape.glyphIndices.indices {
                batch.glyphs.append(cairo_glyph_t(index: shape.glyphIndices[index], x: x + shape.glyphX[index], y: y + shape.glyphY[index]))
            }
            batch.utf8 += shape.utf8
            batch.clusters += shape.clusters
            previousEnd = x + Double(shape.width) / Double(PANGO_SCALE)
        }
    }

    /// The font's glyph for U+0020, when the space is one glyph in the batch's face.
    private func spaceGlyph(for font: FontSpec, in face: OpaquePointer) -> UInt? {
        let space = shaper.shape(" ", font: font)
        return space.scaledFont == face && space.glyphIndices.count == 1 ? space.glyphIndices[0] : nil
    }

    private func include(_ run: TextRun) {
        guard let first = shaped.first?.segment, let last = shaped.last?.segment else { return }
        let size = run.font.size
        let box = Rect(x: run.origin.x + first.x, y: run.origin.y - size,
                       width: last.x + last.width - first.x, height: size * 1.4)
        pendingBounds = pendingBounds.map { $0.union(box) } ?? box
    }

    /// The rare run with a segment Pango set in several faces: Pango paints each segment.
    private func drawSegmentsWithPango(_ run: TextRun, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, run.color.red, run.color.green, run.color.blue)
        for (segment, shape) in shaped {
            cairo_move_to(cr, (run.origin.x + segment.x).value, run.origin.y.value)
            if shape.scaledFont == nil, let line = shaper.fallbackLine(for: segment.text, font: run.font) {
                pango_cairo_show_layout_line(cr, line)
            } else if let face = shape.scaledFont {
                let glyphs = shape.glyphIndices.indices.map { index in
                    cairo_glyph_t(index: shape.glyphIndices[index], x: (run.origin.x + segment.x).value + shape.glyphX[index],
                                  y: run.origin.y.value + shape.glyphY[index])
                }
                cairo_set_scaled_font(cr, face)
                cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
            }
        }
    }
}

extension Rect {
    func intersects(_ other: Rect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    func union(_ other: Rect) -> Rect {
        let x = min(minX, other.minX), y = min(minY, other.minY)
        return Rect(x: x, y: y, width: max(maxX, other.maxX) - x, height: max(maxY, other.maxY) - y)
    }
}
