import CCairo
import CPango

extension ShapedText {
    /// The shaping of the parts' texts one after the other, spliced from the parts' own
    /// shapings (the caller has made sure no joint changes how either side is shaped).
    /// Positions are the parts' plus the advance before them, which is exact in floating
    /// point (multiples of 1/1024 far inside a double's precision), so the glyphs land where
    /// shaping the whole puts them, to the bit. Nil when the parts are not all in one face.
    /// The result keeps no reference of its own to the face and carries no cut positions:
    /// it is for drawing, not for measuring prefixes.
    static func joined(_ parts: [ShapedText]) -> ShapedText? {
        guard let face = parts.first?.scaledFont, parts.count > 1, parts.allSatisfy({ $0.scaledFont == face }) else { return nil }
        var indices: [UInt] = [], xs: [Double] = [], ys: [Double] = []
        var utf8: [UInt8] = [], clusters: [cairo_text_cluster_t] = []
        let glyphs = parts.reduce(0) { $0 + $1.glyphIndices.count }
        indices.reserveCapacity(glyphs); xs.reserveCapacity(glyphs); ys.reserveCapacity(glyphs)
        var pen: Int32 = 0
        for part in parts {
            let offset = Double(pen) / Double(PANGO_SCALE)
            indices += part.glyphIndices
            for x in part.glyphX { xs.append(x + offset) }
            ys += part.glyphY
            utf8 += part.utf8
            clusters += part.clusters
            pen += part.width
        }
        return ShapedText(scaledFont: face, width: pen, glyphIndices: indices, glyphX: xs, glyphY: ys, utf8: utf8, clusters: clusters,
                          clusterPens: [])
    }
}
