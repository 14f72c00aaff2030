import CPango
import ReportLayout

/// Measures text with Pango. Every distinct (font, text) pair is shaped once and its
/// advance cached: reports repeat words and figures, and shaping is the expensive part.
public final class PangoMeasurer: TextMeasurer {
    public let fonts: FontSystem
    private var widths: [FontSpec: [String: Points]] = [:]
    private var fontMetrics: [FontSpec: FontMetrics] = [:]
    private var scratch: [FontSpec: OpaquePointer] = [:]

    public init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for layout in scratch.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
    }

    public func width(of text: String, font: FontSpec) -> Points {
        if let cached = widths[font]?[text] { return cached }
        let layout = scratchLayout(for: font)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let width = Points(Double(logical.width) / Double(PANGO_SCALE))
        widths[font, default: [:]][text] = width
        return width
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        if let cached = fontMetrics[font] { return cached }
        let metrics = fonts.metrics(of: font)
        fontMetrics[font] = metrics
        return metrics
    }

    /// One reusable layout per font: setting new text on it is cheaper than a new layout.
    private func scratchLayout(for font: FontSpec) -> OpaquePointer {
        if let layout = scratch[font] { return layout }
        let layout = fonts.makeLayout(text: "", font: font)
        scratch[font] = layout
        return layout
    }
}
