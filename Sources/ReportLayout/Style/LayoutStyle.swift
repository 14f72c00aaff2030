/// The look of a kind of document, read from `layouts/*.yaml`. Everything a designer may
/// change lives here; the engine reads it and never hard-codes a size or a colour.
public struct LayoutStyle: Sendable {
    public var pageSize: Size = .a4
    public var margins = Margins(top: .mm(25), bottom: .mm(25), left: .mm(25), right: .mm(25))
    /// The measure of running text (paragraphs, lists, headings) from the left margin, when
    /// narrower than the text area (`sida.satsbredd`); tables, charts and signatures keep the
    /// full width. Nil: the text area's width.
    public var measure: Points?
    public var firstPage = FirstPageStyle()
    /// Named text styles: "brödtext", "rubrik1" … "rubrik4", "tabellhuvud", "tabelltext",
    /// "tabellsumma", "sidhuvud", "sidfot", "bildtext", "innehåll1" …, "signatur", "adress".
    public var textStyles: [String: TextStyle] = LayoutStyle.defaultTextStyles
    public var colors: [String: Color] = ["text": .black, "accent": .black, "linje": .black, "skuggning": Color(red: 0.93, green: 0.93, blue: 0.93)]
    public var headings = HeadingRules()
    public var table = TableStyle()
    public var list = ListStyle()
    public var header: MarginalTemplate?
    public var footer: MarginalTemplate?
    public var chart = ChartStyle()
    public var contents = ContentsStyle()
    public var hyphenation = HyphenationSettings()
    /// Fewest lines of a paragraph left at a page's foot (orphans) or carried to the next (widows).
    public var orphans = 2
    public var widows = 2
    /// A kept-together block (a heading with its table, the board list) splits at one of its
    /// own allowed breaks rather than move whole and leave the page emptier than this share
    /// of its height (`sidbrytning.minsta_fyllnad`).
    public var minimumPageFill = 0.75
    /// How much the gaps between blocks on a full page may grow, as a share of each gap, so
    /// that its last line stands on the bottom margin (`sidbrytning.luft_töjning`; 0 keeps
    /// pages ragged at the foot).
    public var verticalStretch = 0.0

    public init() {}

    /// The named text style, or body text when the name is unknown.
    public func text(_ name: String) -> TextStyle {
        textStyles[name] ?? textStyles["brödtext"] ?? TextStyle()
    }

    public func heading(level: Int) -> TextStyle {
        textStyles["rubrik\(min(max(level, 1), 4))"] ?? text("brödtext")
    }

    static let defaultTextStyles: [String: TextStyle] = {
        let body = TextStyle()
        var styles: [String: TextStyle] = ["brödtext": body]
        for (level, size) in [(1, 16.0), (2, 13.0), (3, 11.0), (4, 10.0)] {
            var heading = body
            heading.font = FontSpec(family: "Lato", size: Points(size), weight: .bold)
            heading.alignment = .left
            heading.hyphenate = false
            heading.spaceBefore = Points(size)
            heading.spaceAfter = Points(size * 0.5)
            styles["rubrik\(level)"] = heading
        }
        var tableBody = body
        tableBody.font = FontSpec(family: "Lato", size: Points(9))
        tableBody.alignment = .left
        tableBody.spaceAfter = .zero
        tableBody.lineHeight = 1.25
        styles["tabelltext"] = tableBody
        styles["tabellhuvud"] = tableBody.with { $0.font = $0.font.bold }
        styles["tabellsumma"] = tableBody.with { $0.font = $0.font.bold }
        styles["tabelltitel"] = tableBody.with { $0.font = FontSpec(family: "Lato", size: Points(9.5), weight: .bold); $0.spaceAfter = Points(3) }
        styles["sidfot"] = tableBody.with { $0.font = $0.font.sized(Points(8)) }
        styles["sidhuvud"] = styles["sidfot"]
        styles["bildtext"] = tableBody.with { $0.font = $0.font.asItalic; $0.spaceAfter = Points(6) }
        styles["innehåll1"] = tableBody.with { $0.font = FontSpec(family: "Lato", size: Points(10), weight: .bold); $0.spaceBefore = Points(4) }
        styles["innehåll2"] = tableBody.with { $0.font = FontSpec(family: "Lato", size: Points(10)) }
        styles["innehåll3"] = styles["innehåll2"]
        styles["innehållsrubrik"] = styles["rubrik1"]
        styles["signatur"] = tableBody
        styles["adress"] = body.with { $0.alignment = .left; $0.hyphenate = false; $0.spaceAfter = .zero }
        styles["diagram"] = tableBody.with { $0.font = $0.font.sized(Points(8)) }
        return styles
    }()
}

public struct Margins: Sendable, Hashable {
    public var top, bottom, left, right: Points

    public init(top: Points, bottom: Points, left: Points, right: Points) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }
}

/// The first page may differ: a cover without footer, or a letter whose text starts below
/// the envelope window.
public struct FirstPageStyle: Sendable {
    public var margins: Margins?
    public var showHeader = true
    public var showFooter = true
    public init() {}
}

public struct TextStyle: Hashable, Sendable {
    public var font = FontSpec(family: "Lato", size: Points(10.5))
    public var color: Color = .black
    /// Line height as a multiple of the font size.
    public var lineHeight = 1.4
    public var spaceBefore: Points = .zero
    public var spaceAfter = Points(6)
    public var alignment: TextAlignment = .justified
    public var hyphenate = true
    /// Left indent of the whole paragraph.
    public var indent: Points = .zero

    public init() {}

    public var leading: Points { font.size * lineHeight }

    func with(_ change: (inout TextStyle) -> Void) -> TextStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

public struct HeadingRules: Sendable {
    public var numbered = true
    /// Heading levels that always begin a new page.
    public var newPageLevels: Set<Int> = []
    public init() {}
}

public struct TableStyle: Sendable {
    public var cellPaddingX = Points(4)
    public var cellPaddingY = Points(2.5)
    public var headerRule = Points(0.8)
    public var totalRule = Points(0.8)
    public var subtotalRule = Points(0.4)
    public var bodyRule = Points(0)
    public var headerShading: Color?
    public var totalShading: Color?
    public var ruleColor: Color = .black
    /// Appended to the caption on continuation pages; nil repeats the caption unchanged.
    public var continued: String? = "(forts.)"
    public var spaceAfter = Points(8)
    public init() {}
}

public struct ListStyle: Sendable {
    public var indent = Points(14)
    public var bullet = "•"
    public var itemSpacing = Points(2)
    public init() {}
}

/// A running header or footer: three slots of text with fields {titel}, {avsnitt}, {sida},
/// {sidor}, a rule, and optionally the initials boxes of the annual report.
public struct MarginalTemplate: Sendable {
    public var left = ""
    public var center = ""
    public var right = ""
    public var rule: Points = .zero
    /// Distance of the text baseline from the page edge (top for headers, bottom for footers).
    public var offset = Points.mm(12)
    /// Labels of the initials boxes ("Ordförandes sign", "Justerandes sign").
    public var initials: [String] = []
    public var initialsSize = Size(width: .mm(28), height: .mm(10))
    public init() {}
}

public struct ChartStyle: Sendable {
    public var height = Points.mm(65)
    public var palette: [Color] = [Color(hex: "1f3a5f")!, Color(hex: "8fb3d9")!, Color(hex: "c9822b")!, Color(hex: "6b8e5a")!]
    public var gridColor = Color(red: 0.85, green: 0.85, blue: 0.85)
    public var axisColor: Color = .black
    public init() {}
}

public struct ContentsStyle: Sendable {
    public var leader = "."
    /// Width reserved for the page numbers at the right.
    public var pageNumberWidth = Points(24)
    public var indentPerLevel = Points(18)
    public init() {}
}

public struct HyphenationSettings: Sendable {
    /// libhyphen pattern file; nil turns hyphenation off.
    public var patterns: String? = "/usr/share/hyphen/hyph_sv_SE.dic"
    /// One word a line with its hyphens ("ba-lans-kravs-re-sul-tat").
    public var exceptions: String?
    /// Fewest letters before and after an inserted hyphen ("an-del" has two: too few).
    public var leftMin = 3
    public var rightMin = 3
    public var minWordLength = 6
    public var penalties = BreakPenalties()
    public init() {}
}
