import CPango
import ReportLayout

/// Measures text with the fonts' shaper: a width is the advance of the text's glyphs, as
/// the painter will draw them. It caches nothing itself: the layout engine's MeasureCache
/// asks once per distinct (font, text) pair, and the shaper keeps the glyphs for painting.
public final class PangoMeasurer: TextMeasurer {
    public let fonts: FontSystem

    public init(fonts: FontSystem) { self.fonts = fonts }

    public func width(of text: String, font: FontSpec) -> Points {
        Points(Double(fonts.shaper.shape(text, font: font).width) / Double(PANGO_SCALE))
    }

    public func prefixWidths(of text: String, utf8Counts: [Int], font: FontSpec) -> [Points] {
        fonts.shaper.prefixWidths(text, font: font, utf8Counts: utf8Counts).map { Points(Double($0) / Double(PANGO_SCALE)) }
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        fonts.metrics(of: font)
    }
}
