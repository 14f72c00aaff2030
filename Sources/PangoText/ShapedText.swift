import CCairo
import CPango

/// A segment of text shaped once by Pango and kept as what Cairo needs to draw it in one
/// call together with the rest of its line: glyph ids with offsets from the segment's
/// start, the UTF-8 text, and the clusters that tie glyphs to text (so the PDF's text
/// map, copy and paste and `pdftotext` give back exactly the characters).
struct ShapedSegment {
    /// The face the whole segment is set in; nil when Pango needed several faces or
    /// drew a missing-glyph box, and the segment must be painted by Pango itself.
    let scaledFont: OpaquePointer?
    let glyphIndices: [UInt]
    let glyphX: [Double]
    let glyphY: [Double]
    let utf8: [UInt8]
    let clusters: [cairo_text_cluster_t]

    /// Pango's marker for a glyph that draws nothing, and the flag of a missing glyph.
    private static let emptyGlyph: UInt32 = 0x0FFF_FFFF
    private static let unknownFlag: UInt32 = 0x1000_0000

    /// Reads the glyphs of the single line of `layout`. The scaled font is referenced,
    /// so the layout may be released afterwards.
    init(layout: OpaquePointer) {
        var scaledFont: OpaquePointer?
        var indices: [UInt] = [], xs: [Double] = [], ys: [Double] = []
        var clusters: [cairo_text_cluster_t] = []
        var paintable = true
        let text = pango_layout_get_text(layout)!
        var runX: Int32 = 0
        var runs = pango_layout_get_line_readonly(layout, 0)?.pointee.runs
        while let node = runs, paintable {
            let run = node.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self)
            let font = pango_cairo_font_get_scaled_font(OpaquePointer(run.pointee.item.pointee.analysis.font))
            if scaledFont == nil { scaledFont = font } else if scaledFont != font { paintable = false }
            let glyphs = run.pointee.glyphs.pointee
            var offsets = [Int32](repeating: 0, count: Int(glyphs.num_glyphs) + 1)
            for index in 0..<Int(glyphs.num_glyphs) { offsets[index + 1] = offsets[index] + glyphs.glyphs[index].geometry.width }
            var iterator = PangoGlyphItemIter()
            var more = pango_glyph_item_iter_init_start(&iterator, run, text) != 0
            while more && paintable {
                var count: Int32 = 0
                for index in Int(iterator.start_glyph)..<Int(iterator.end_glyph) {
                    let info = glyphs.glyphs[index]
                    if info.glyph == Self.emptyGlyph { continue }
                    if info.glyph & Self.unknownFlag != 0 { paintable = false; break }
                    indices.append(UInt(info.glyph))
                    xs.append(Double(runX + offsets[index] + info.geometry.x_offset) / Double(PANGO_SCALE))
                    ys.append(Double(info.geometry.y_offset) / Double(PANGO_SCALE))
                    count += 1
                }
                clusters.append(cairo_text_cluster_t(num_bytes: iterator.end_index - iterator.start_index, num_glyphs: count))
                more = pango_glyph_item_iter_next_cluster(&iterator) != 0
            }
            runX += offsets[Int(glyphs.num_glyphs)]
            runs = node.pointee.next
        }
        if paintable, let scaledFont { cairo_scaled_font_reference(scaledFont) }
        self.scaledFont = paintable ? scaledFont : nil
        glyphIndices = indices
        glyphX = xs
        glyphY = ys
        utf8 = Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
        self.clusters = clusters
    }

    func release() {
        if let scaledFont { cairo_scaled_font_destroy(scaledFont) }
    }
}
