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
    /// A syllable break inside a part of a compound whose joints are known ("verk-samhets-
    /// utveckling"): the reader loses the part, so it is taken only when no joint will do.
    public var compoundSyllable = 3000.0
    /// A hyphen inside a capitalised word that opens a sentence: it may be a name, so it
    /// breaks only where nothing else will do (a long compound in a narrow table cell).
    public var capitalised = 5000.0
    /// A break after the word's own hyphen ("Lars-|Erik", "SIE-|filen").
    public var explicit = 50.0
    /// A break at any character of a web address's long run without marks (no hyphen): it
    /// breaks only where the run would otherwise stand out past the column.
    public var addressCharacter = 5000.0
    /// Added when two lines in a row end in a hyphen.
    public var doubleHyphenDemerits = 10_000.0
    /// Most lines in a row that may end in a hyphen.
    public var maximumConsecutive = 2
    /// A last line narrower than this share of the measure counts as very short …
    public var shortLastLine = 0.15
    /// … and costs this much.
    public var shortLastLineDemerits = 25_000.0
    /// How far a justified word space may grow and shrink at an adjustment ratio of ±1, as
    /// a share of the font's space (InDesign's maximum 133 % and minimum 80 % are 0.33 and 0.2).
    public var spaceStretch = 1.2
    public var spaceShrink = 0.4
    /// The narrowest a word space may shrink to, in ems of its font, whatever `spaceShrink`
    /// allows: below about 0.15 em a reader (and pdftotext) sees one word.
    public var minimumSpace = 0.15
    /// The loosest adjustment ratio the breaker accepts before it lets lines be underfull
    /// (TeX's \tolerance, as a ratio: 1.5 is a badness of about 340).
    public var tolerance = 1.5
    /// Added when neighbouring lines differ by more than one fitness class (tight, decent,
    /// loose, very loose), TeX's \adjdemerits: a tight line beside a loose one shows.
    public var adjacentDemerits = 10_000.0

    public init() {}
}
