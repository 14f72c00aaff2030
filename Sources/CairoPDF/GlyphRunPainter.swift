import CCairo
import CPango
import ReportLayout

/// Paints text with as few `cairo_show_text_glyphs` calls as painting order allows: every
/// word of consecutive lines in one face and colour goes into one glyph array at the
/// positions layout chose. Cairo's PDF backend does much of its work per drawing call, so
/// one call per paragraph instead of one per word is most of painting's speed; the
/// clusters keep the text extractable.
final class GlyphRunPainter {
    private let segments: SegmentCache
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []
    private var utf8: [UInt8] = []

    init(segments: SegmentCache) { self.segments = segments }

    /// The face and colour of the glyphs collected but not yet drawn.
    private var pendingFont: OpaquePointer?
    private var pendingColor: Color?

    /// Adds a run to the batch: consecutive runs in one face and colour are drawn by a
    /// single call when the batch is flushed (a change of face or colour, any other kind
    /// of item, or the end of the page, so painting order is kept).
    func draw(_ run: TextRun, on cr: OpaquePointer) {
        for segment in run.segments where !segment.text.isEmpty {
            guard let face = segments.segment(for: segment.text, font: run.font).scaledFont else {
                flush(on: cr)
                drawSegmentsWithPango(run, on: cr)
                return
            }
            if face != pendingFont || run.color != pendingColor { flush(on: cr) }
            pendingFont = face
            pendingColor = run.color
        }
        var first = true
        for segment in run.segments where !segment.text.isEmpty {
            let shaped = segments.segment(for: segment.text, font: run.font)
            if !utf8.isEmpty {
                // The space between words (and lines) has no glyph; it is text, for extraction.
                utf8.append(first ? 0x0A : 0x20)
                clusters.append(cairo_text_cluster_t(num_bytes: 1, num_glyphs: 0))
            }
            first = false
            let x = (run.origin.x + segment.x).value, y = run.origin.y.value
            for index in shaped.glyphIndices.indices {
                glyphs.append(cairo_glyph_t(index: shaped.glyphIndices[index], x: x + shaped.glyphX[index], y: y + shaped.glyphY[index]))
            }
            utf8 += shaped.utf8
            clusters += shaped.clusters
        }
    }

    /// Draws the collected glyphs, if any.
    func flush(on cr: OpaquePointer) {
        defer {
            glyphs.removeAll(keepingCapacity: true)
            clusters.removeAll(keepingCapacity: true)
            utf8.removeAll(keepingCapacity: true)
            pendingFont = nil
            pendingColor = nil
        }
        guard let font = pendingFont, let color = pendingColor, !glyphs.isEmpty else { return }
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        cairo_set_scaled_font(cr, font)
        utf8.withUnsafeBufferPointer { text in
            text.withMemoryRebound(to: CChar.self) { characters in
                cairo_show_text_glyphs(cr, characters.baseAddress, Int32(characters.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), cairo_text_cluster_flags_t(0))
            }
        }
    }

    /// The rare run with a segment Pango set in several faces: Pango paints each segment.
    private func drawSegmentsWithPango(_ run: TextRun, on cr: OpaquePointer) {
        cairo_set_source_rgb(cr, run.color.red, run.color.green, run.color.blue)
        for segment in run.segments where !segment.text.isEmpty {
            let shaped = segments.segment(for: segment.text, font: run.font)
            cairo_move_to(cr, (run.origin.x + segment.x).value, run.origin.y.value)
            if shaped.scaledFont == nil, let line = segments.fallbackLine(for: segment.text, font: run.font) {
                pango_cairo_show_layout_line(cr, line)
            } else if let face = shaped.scaledFont {
                let glyphs = shaped.glyphIndices.indices.map { index in
                    cairo_glyph_t(index: shaped.glyphIndices[index], x: (run.origin.x + segment.x).value + shaped.glyphX[index],
                                  y: run.origin.y.value + shaped.glyphY[index])
                }
                cairo_set_scaled_font(cr, face)
                cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
            }
        }
    }
}
