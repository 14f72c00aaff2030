import CPango
import ReportLayout

/// Measures text with Pango. It caches nothing itself: the layout engine's MeasureCache
/// asks it once per distinct (font, text) pair and font.
public final class PangoMeasurer: TextMeasurer {
    public let fonts: FontSystem
    private var scratch: [FontSpec: OpaquePointer] = [:]

    public init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for layout in scratch.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
    }

    public func width(of text: String, font: FontSpec) -> Points {
        let layout = scratchLayout(for: font)
        pango_layout_set_text(layout, text, -1)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        return Points(Double(logical.width) / Double(PANGO_SCALE))
    }

    public func metrics(of font: FontSpec) -> FontMetrics {
        fonts.metrics(of: font)
    }

    /// One reusable layout per font: setting new text on it is cheaper than a new layout.
    private func scratchLayout(for font: FontSpec) -> OpaquePointer {
        if let layout = scratch[font] { return layout }
        let layout = fonts.makeLayout(text: "", font: font)
        scratch[font] = layout
        return layout
    }
}
