/// What a break costs, as TeX's \hyphenpenalty, \exhyphenpenalty and \doublehyphendemerits,
/// set per layout (`avstavning:` in the layout file). A syllable break costs more than a
/// compound joint, which costs more than the word's own hyphen. Where TeX only charges
/// \finalhyphendemerits, the second-to-last line never ends in a hyphen (unless a word is
/// wider than the measure).
public struct BreakPenalties: Sendable, Hashable {
    /// A hyphen inserted at a plain syllable break ("verk-samhet").
    public var syllable = 1000.0
    /// A hyphen inserted at a compound joint ("kompetens-utveckling").
    public var joint = 300.0
    /// A hyphen inside a capitalised word that opens a sentence: it may be a name, so it
    /// breaks only where nothing else will do (a long compound in a narrow table cell).
    public var capitalised = 5000.0
    /// A break after the word's own hyphen ("Lars-|Erik", "SIE-|filen").
    public var explicit = 50.0
    /// Added when two lines in a row end in a hyphen.
    public var doubleHyphenDemerits = 10_000.0
    /// Most lines in a row that may end in a hyphen.
    public var maximumConsecutive = 2
    /// A last line narrower than this share of the measure counts as very short …
    public var shortLastLine = 0.15
    /// … and costs this much.
    public var shortLastLineDemerits = 25_000.0

    public init() {}
}
