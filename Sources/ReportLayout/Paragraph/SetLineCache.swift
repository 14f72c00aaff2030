/// Paragraphs already cut into items and broken into lines, kept by an engine across its
/// layouts: the preview lays out the same document again after each edit, and a
/// paragraph, table cell or caption whose inlines, text style, width and alignment are
/// unchanged gets the very items and lines it got before, without being measured and
/// broken again. A key holds everything the result depends on beyond the engine's own
/// resources (its measure cache, hyphenator, word shapes, penalties and breaking mode),
/// which are fixed for the engine's lifetime, as this cache is.
final class SetLineCache {
    /// Compared and hashed by the inlines' bytes (`TextKey`), not by canonical equivalence:
    /// hashing every paragraph's whole text as `String` checked its normal form each time.
    struct ItemsKey: Hashable {
        var inlines: [Inline]
        var style: TextStyle
        var justified: Bool
        var hyphenate: Bool

        static func == (lhs: ItemsKey, rhs: ItemsKey) -> Bool {
            lhs.justified == rhs.justified && lhs.hyphenate == rhs.hyphenate && lhs.inlines.count == rhs.inlines.count
                && lhs.style == rhs.style && zip(lhs.inlines, rhs.inlines).allSatisfy { $0.bytesKey == $1.bytesKey }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(justified)
            hasher.combine(hyphenate)
            hasher.combine(style)
            hasher.combine(inlines.count)
            for inline in inlines { hasher.combine(inline.bytesKey) }
        }
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

extension Inline {
    /// The inline's kind and texts as byte keys, for `SetLineCache.ItemsKey`.
    fileprivate var bytesKey: BytesKey {
        switch self {
        case let .text(text): return BytesKey(kind: 0, text: TextKey(text), target: nil)
        case let .bold(text): return BytesKey(kind: 1, text: TextKey(text), target: nil)
        case let .italic(text): return BytesKey(kind: 2, text: TextKey(text), target: nil)
        case let .boldItalic(text): return BytesKey(kind: 3, text: TextKey(text), target: nil)
        case let .link(text, uri): return BytesKey(kind: 4, text: TextKey(text), target: TextKey(uri))
        case let .reference(text, anchor): return BytesKey(kind: 5, text: TextKey(text), target: TextKey(anchor))
        }
    }

    fileprivate struct BytesKey: Hashable {
        var kind: UInt8
        var text: TextKey
        var target: TextKey?
    }
}
