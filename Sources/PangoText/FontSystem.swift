import CCairo
import CPango
import Foundation
import ReportLayout

/// Owns the Pango font map and context that both measuring and painting use, so that
/// both see exactly the same fonts, resolution (72 dpi: one Pango point is one PDF
/// point) and unhinted metrics. Every Pango pointer lives here or in its users' deinit.
public final class FontSystem {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    private let language: OpaquePointer?
    /// The shapes of every text measured or painted with these fonts.
    public private(set) lazy var shaper = TextShaper(fonts: self)

    /// Sets up fonts from `fonts/` (see `FontEnvironment`).
    public convenience init() throws {
        let directory = try FontEnvironment.locateFontsDirectory()
        self.init(fontsDirectory: directory)
    }

    public init(fontsDirectory: String) {
        FontEnvironment.activate(fontsDirectory: fontsDirectory)
        fontMap = pango_cairo_font_map_new()
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        // Pango rounds glyph positions to whole device units by default: at 72 dpi that is
        // a whole point, which spaces letters unevenly in print and makes Cairo correct
        // nearly every glyph's position in the PDF. Unrounded, they are the font's own.
        pango_context_set_round_glyph_positions(context, 0)
        language = pango_language_from_string("sv-se")
        pango_context_set_language(context, language)
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The Pango description of a font, created once per FontSpec.
    func description(for font: FontSpec) -> OpaquePointer {
        if let cached = descriptions[font] { return cached }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_font_description_set_absolute_size(description, font.size.value * Double(PANGO_SCALE))
        descriptions[font] = description
        return description
    }

    /// A new layout in the shared context with `font` and `text`, no wrapping.
    public func makeLayout(text: String, font: FontSpec) -> OpaquePointer {
        let layout = pango_layout_new(context)!
        pango_layout_set_font_description(layout, description(for: font))
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    /// The face Pango sets `font` in (referenced: the caller releases it).
    func loadFont(_ font: FontSpec) -> UnsafeMutablePointer<PangoFont> {
        pango_context_load_font(context, description(for: font))!
    }

    /// Ascent and descent as Pango's context metrics give them: the HarfBuzz extents of the
    /// face Pango sets the font in. (Pango itemises and shapes the language's sample sentence
    /// besides, a million instructions a font, to raise them by any fallback face it needs; the
    /// bundled fonts cover it, which `FontMetricsTests` checks against Pango for each of them.)
    func metrics(of font: FontSpec) -> FontMetrics {
        let pangoFont = loadFont(font)
        defer { g_object_unref(UnsafeMutableRawPointer(pangoFont)) }
        var extents = hb_font_extents_t()
        hb_font_get_extents_for_direction(pango_font_get_hb_font(pangoFont), HB_DIRECTION_LTR, &extents)
        return FontMetrics(ascent: Points(Double(extents.ascender) / Double(PANGO_SCALE)),
                           descent: Points(Double(-extents.descender) / Double(PANGO_SCALE)))
    }

    /// Pango's own context metrics of a font, which `metrics(of:)` must equal.
    public func pangoContextMetrics(of font: FontSpec) -> FontMetrics {
        let metrics = pango_context_get_metrics(context, description(for: font), language)
        defer { pango_font_metrics_unref(metrics) }
        return FontMetrics(
            ascent: Points(Double(pango_font_metrics_get_ascent(metrics)) / Double(PANGO_SCALE)),
            descent: Points(Double(pango_font_metrics_get_descent(metrics)) / Double(PANGO_SCALE)))
    }

    /// The font files Pango actually resolves each family to, for checks that rendering
    /// uses only the bundled fonts.
    public func familyNames() -> [String] {
        var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>?
        var count: Int32 = 0
        pango_font_map_list_families(fontMap, &families, &count)
        defer { g_free(families) }
        guard let families else { return [] }
        return (0..<Int(count)).compactMap { index in
            families[index].flatMap { pango_font_family_get_name($0) }.map { String(cString: $0) }
        }.sorted()
    }
}
