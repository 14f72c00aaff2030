import CPango
import PangoText
import ReportLayout

/// Shaped text segments, one Pango layout per distinct (font, text): a report repeats
/// words and figures, so each is shaped once and painted many times.
final class SegmentCache {
    private let fonts: FontSystem
    private var layouts: [FontSpec: [String: OpaquePointer]] = [:]

    init(fonts: FontSystem) { self.fonts = fonts }

    deinit {
        for byText in layouts.values {
            for layout in byText.values { g_object_unref(UnsafeMutableRawPointer(layout)) }
        }
    }

    /// The single line of the layout for `text`; valid as long as this cache lives.
    func line(for text: String, font: FontSpec) -> UnsafeMutablePointer<PangoLayoutLine> {
        let layout: OpaquePointer
        if let cached = layouts[font]?[text] {
            layout = cached
        } else {
            layout = fonts.makeLayout(text: text, font: font)
            layouts[font, default: [:]][text] = layout
        }
        return pango_layout_get_line_readonly(layout, 0)
    }
}
