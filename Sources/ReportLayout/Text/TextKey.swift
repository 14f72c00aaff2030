/// A text as a cache key by its UTF-8 bytes. `String` hashes and compares by canonical
/// equivalence, which for every text with a letter beyond ASCII (most Swedish words) means
/// checking its normal form at each lookup; a shaping cache wants the bytes anyway, since
/// HarfBuzz shapes "é" and "e\u{301}" differently and each must keep its own glyphs.
public struct TextKey: Hashable {
    public let text: String

    @inlinable public init(_ text: String) { self.text = text }

    @inlinable public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    @inlinable public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
