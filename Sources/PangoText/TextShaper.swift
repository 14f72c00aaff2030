import CPango
import PangoText
import ReportLayout

/// Shaped text segments, one per distinct (font, text): a report repeats words and
/// figures, so each is shaped once and painted many times. Segments Pango could not set
/// in one face keep their layout, for Pango to paint.
final class SegmentCache {
    private let fonts: FontSystem
    private var shaped: [FontSpec: [String: ShapedSegment]] = [:]
    private var fallbackLayouts: [FontSpec: [String: OpaquePointer]] = [:]

    init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for byText in shaped.values { for segment in byText.values { segment.release() } }
        for byText in fallbackLayouts.values {
            for layout in byText.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        }
    }

    func segment(for text: String, font: FontSpec) -> ShapedSegment {
        if let cached = shaped[font]?[text] { return cached }
        let layout = fonts.makeLayout(text: text, font: font)
        let segment = ShapedSegment(layout: layout)
        shaped[font, default: [:]][text] = segment
        if segment.scaledFont == nil {
            fallbackLayouts[font, default: [:]][text] = layout
        } else {
            g_object_unref(UnsafeMutableRawPointer(layout))
        }
        return segment
    }

    /// The Pango line of a segment that must be painted by Pango (see `ShapedSegment`).
    func fallbackLine(for text: String, font: FontSpec) -> UnsafeMutablePointer<PangoLayoutLine>? {
        _ = segment(for: text, font: font)
        return fallbackLayouts[font]?[text].flatMap { pango_layout_get_line_readonly($0, 0) }
    }
}
