/// Measures text for layout. Layout only ever asks for widths and vertical metrics; the
/// implementation (Pango in `PangoText`, a fixed-width fake in tests) shapes the text.
///
/// Widths must be additive at word boundaries for line breaking to be exact: layout
/// measures words and spaces separately and the painter places them at the positions
/// layout chose, so nothing depends on kerning across a space.
public protocol TextMeasurer: AnyObject {
    /// The advance width of `text` set in `font`, with no line breaking.
    func width(of text: String, font: FontSpec) -> Points
    func metrics(of font: FontSpec) -> FontMetrics
}
