/// Which face to set text in. The family names the bundled fonts in `fonts/`
/// (see `fonts/`); the text measurer resolves it.
public struct FontSpec: Hashable, Sendable {
    public enum Weight: String, Hashable, Sendable { case regular, bold }

    public var family: String
    public var size: Points
    public var weight: Weight
    public var italic: Bool

    public init(family: String, size: Points, weight: Weight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }

    public var bold: FontSpec { var copy = self; copy.weight = .bold; return copy }
    public var regular: FontSpec { var copy = self; copy.weight = .regular; return copy }
    public var asItalic: FontSpec { var copy = self; copy.italic = true; return copy }
    public func sized(_ size: Points) -> FontSpec { var copy = self; copy.size = size; return copy }
}

/// Vertical metrics of a face at a size: the baseline sits `ascent` below a line's top.
public struct FontMetrics: Hashable, Sendable {
    public var ascent: Points
    public var descent: Points

    public init(ascent: Points, descent: Points) {
        self.ascent = ascent
        self.descent = descent
    }

    public var height: Points { ascent + descent }
}
