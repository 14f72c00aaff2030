/// A value per (font, text), kept per font: text comes in long runs of one font, so the
/// font asked for last and its table are kept at hand, and a lookup in the run hashes only
/// the text. Layout's widths and the shaper's glyphs share it.
public final class FontKeyedTexts<Value> {
    public final class Table {
        /// Keyed by the text's bytes (`TextKey`).
        @usableFromInline var byText: [TextKey: Value] = [:]

        @usableFromInline init() {}

        @inlinable public subscript(text: String) -> Value? {
            get { byText[TextKey(text)] }
            set { byText[TextKey(text)] = newValue }
        }
    }

    @usableFromInline var tables: [FontSpec: Table] = [:]
    @usableFromInline var lastFont: FontSpec?
    @usableFromInline var lastTable = Table()

    public init() {}

    /// The table of `font`'s texts, made empty the first time.
    @inlinable public func table(for font: FontSpec) -> Table {
        if font == lastFont { return lastTable }
        let table: Table
        if let found = tables[font] { table = found } else { table = Table(); tables[font] = table }
        lastFont = font
        lastTable = table
        return table
    }

    /// The value kept for (`font`, `text`), made by `make` the first time.
    @inlinable public func value(_ text: String, font: FontSpec, make: () -> Value) -> Value {
        let known = table(for: font)
        let key = TextKey(text)
        if let value = known.byText[key] { return value }
        let value = make()
        known.byText[key] = value
        return value
    }

    /// Every value kept, in no order.
    public var allValues: [Value] { tables.values.flatMap { $0.byText.values } }
}
