/// Paragraphs already cut into items and broken into lines, kept by an engine across its
/// layouts: the preview lays out the same document again after each edit, and a
/// paragraph, table cell or caption whose inlines, text style, width and alignment are
/// unchanged gets the very items and lines it got before, without being measured and
/// broken again. A key holds everything the result depends on beyond the engine's own
/// resources (its measure cache, hyphenator, word shapes, penalties and breaking mode),
/// which are fixed for the engine's lifetime, as this cache is.
final class SetLineCache {
    struct ItemsKey: Hashable {
        var inlines: [Inline]
        var style: TextStyle
        var justified: Bool
        var hyphenate: Bool
    }

    struct LinesKey: Hashable {
        var items: ItemsKey
        var style: TextStyle
        var width: Points
        var alignment: TextAlignment
    }

    /// A kept result and the layout that last used it.
    private final class Entry<Value> {
        let value: Value
        var used: Int
        init(_ value: Value, used: Int) {
            self.value = value
            self.used = used
        }
    }

    private var items: [ItemsKey: Entry<ParagraphItems>] = [:]
    private var lines: [LinesKey: Entry<[SetLine]>] = [:]
    private var layout = 0
    /// Layouts an entry may go unused before it is dropped: an edited paragraph's old
    /// versions go, while the eleven letters and the report of a tertial run all stay.
    private let keptFor = 32

    /// Called as each layout begins; now and then drops what recent layouts did not use.
    func beginLayout() {
        layout += 1
        guard layout % keptFor == 0 else { return }
        let oldest = layout - keptFor
        items = items.filter { $0.value.used > oldest }
        lines = lines.filter { $0.value.used > oldest }
    }

    func items(_ key: ItemsKey, make: () -> ParagraphItems) -> ParagraphItems {
        if let kept = items[key] {
            kept.used = layout
            return kept.value
        }
        var made = make()
        made.key = key
        items[key] = Entry(made, used: layout)
        return made
    }

    func lines(_ key: LinesKey, make: () -> [SetLine]) -> [SetLine] {
        if let kept = lines[key] {
            kept.used = layout
            return kept.value
        }
        let made = make()
        lines[key] = Entry(made, used: layout)
        return made
    }
}
