/// Measures text for layout. Layout only ever asks for widths and vertical metrics; the
/// implementation (Pango in `PangoText`, a fixed-width fake in tests) shapes the text.
///
/// Widths must be additive at word boundaries for line breaking to be exact: layout
/// measures words and spaces separately and the painter places them at the positions
/// layout chose, so nothing depends on kerning across a space.
public protocol TextMeasurer: AnyObject {
    /// The advance width of `text` set in `font`, with no line breaking.
    func width(of text: String, font: FontSpec) -> Points
    /// The advance widths of `text`'s prefixes of `utf8Counts` bytes (ascending, each ending
    /// on a character), each exactly what `width(of:font:)` gives for that prefix alone.
    func prefixWidths(of text: String, utf8Counts: [Int], font: FontSpec) -> [Points]
    func metrics(of font: FontSpec) -> FontMetrics
}

extension TextMeasurer {
    /// Each prefix measured on its own; a shaper may read them off one shaping instead.
    public func prefixWidths(of text: String, utf8Counts: [Int], font: FontSpec) -> [Points] {
        utf8Counts.map { width(of: String(text[..<text.utf8.index(text.utf8.startIndex, offsetBy: $0)]), font: font) }
    }
}
