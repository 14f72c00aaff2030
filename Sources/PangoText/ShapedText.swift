import CCairo
import CPango

/// A text shaped once, kept as what measuring and painting both need: its advance width,
/// glyph ids with offsets from the text's start, the UTF-8 text, and the clusters that tie
/// glyphs to text (so the PDF's text map, copy and paste and `pdftotext` give back exactly
/// the characters). Layout measures with it and the painter draws it: nothing is shaped twice.
public struct ShapedText {
    /// The face the whole text is set in; nil when Pango needed several faces or drew a
    /// missing-glyph box, and the text must be painted by Pango itself.
    public let scaledFont: OpaquePointer?
    /// The advance width in Pango units (1/1024 point).
    public let width: Int32
    public let glyphIndices: [UInt]
    public let glyphX: [Double]
    public let glyphY: [Double]
    public let utf8: [UInt8]
    public let clusters: [cairo_text_cluster_t]
    /// Per cluster of a HarfBuzz shaping: the pen position where it starts, or
    /// `unsafeToBreak` where HarfBuzz flags that cutting the text before it would shape
    /// either side differently (a kerning pair, a ligature, a contextual form across the
    /// cut). Empty for Pango's shaping.
    let clusterPens: [Int32]

    /// Pango's marker for a glyph that draws nothing, and the flag of a missing glyph.
    static let emptyGlyph: UInt32 = 0x0FFF_FFFF
    private static let unknownFlag: UInt32 = 0x1000_0000
    static let unsafeToBreak = Int32.min

    init(scaledFont: OpaquePointer?, width: Int32, glyphIndices: [UInt], glyphX: [Double], glyphY: [Double],
         utf8: [UInt8], clusters: [cairo_text_cluster_t], clusterPens: [Int32]) {
        self.scaledFont = scaledFont
        self.width = width
        self.glyphIndices = glyphIndices
        self.glyphX = glyphX
        self.glyphY = glyphY
        self.utf8 = utf8
        self.clusters = clusters
        self.clusterPens = clusterPens
    }

    /// The advance of the text's first `utf8Count` bytes, read off this one shaping when they
    /// end where a cluster starts and HarfBuzz says the text may be cut there: then shaping
    /// that prefix alone gives the same glyphs and advances. Nil otherwise.
    public func prefixWidth(utf8Count: Int) -> Int32? {
        var offset = 0
        for (cluster, pen) in zip(clusters, clusterPens) {
            if offset == utf8Count { return pen == Self.unsafeToBreak ? nil : pen }
            if offset > utf8Count { return nil }
            offset += Int(cluster.num_bytes)
        }
        return nil
    }

    /// Reads the glyphs of the single line of `layout`, Pango's own shaping (text that
    /// `HarfBuzzShaper` leaves to Pango). The scaled font is referenced, so the layout may
    /// be released afterwards.
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
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        if paintable, let scaledFont { cairo_scaled_font_reference(scaledFont) }
        self.init(scaledFont: paintable ? scaledFont : nil, width: logical.width, glyphIndices: indices, glyphX: xs, glyphY: ys,
                  utf8: Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))),
                  clusters: clusters, clusterPens: [])
    }

    func release() {
        if let scaledFont { cairo_scaled_font_destroy(scaledFont) }
    }
}
