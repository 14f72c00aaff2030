import Foundation

/// The text: read in the structure tree's order it is the text the pages show in
/// reading order (ISO 14289-1 7.2), so nothing real has silently become an artifact; and
/// every glyph has its Unicode text (ISO 14289-1 7.21.7, ISO 19005-2 6.2.11.7.2).
enum TextRules {
    static func section(_ input: VerificationInput, expectedText: String?) -> VerificationReport.Section {
        let tree = letters(structureText(input))
        var rules = [treeOrderMatchesContent(input, tree), unicode(input)]
        if let expectedText { rules.append(treeMatchesLayout(tree, expectedText)) }
        return VerificationReport.Section(title: "Text och läsordning", rules: rules)
    }

    /// The text of the tree's content, element by element, depth first.
    static func structureText(_ input: VerificationInput) -> String {
        var byMarked: [Int: [Int: String]] = [:]
        for piece in input.content.pieces { byMarked[piece.page, default: [:]][piece.mcid, default: ""] += piece.text }
        return input.tree.elements.flatMap(\.content).compactMap { byMarked[$0.page]?[$0.mcid] }.joined(separator: " ")
    }

    /// Text without any white space, so that line ends and word spaces do not count, and
    /// with ligatures as their letters (NFKC: a glyph "ﬁ" is the text "fi"). Compared as
    /// scalars: after NFKC, canonically equal texts have equal scalars, and scalars need no
    /// grapheme breaking.
    static func letters(_ text: String) -> [Unicode.Scalar] { CompatibilityLetters.of(text) }

    private static func treeOrderMatchesContent(_ input: VerificationInput, _ tree: [Unicode.Scalar]) -> VerificationReport.Rule {
        let content = letters(input.content.pieces.map(\.text).joined())
        return rule("T-01", "ISO 14289-1 7.2, Matterhorn 09", "Texten i strukturträdets ordning är sidornas text i läsordning",
                    findings: tree == content ? [] : [difference(tree, content, "strukturträdet", "sidorna")])
    }

    private static func treeMatchesLayout(_ tree: [Unicode.Scalar], _ expected: String) -> VerificationReport.Rule {
        let layout = letters(expected)
        return rule("T-03", "ISO 14289-1 7.1", "Strukturträdet har all text som sidlayouten satte som innehåll, i samma ordning",
                    findings: tree == layout ? [] : [difference(tree, layout, "strukturträdet", "layouten")])
    }

    private static func unicode(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings = input.content.fontsWithoutMap.sorted().map { "typsnittet \($0) saknar /ToUnicode" }
        if let first = input.content.unmapped.first {
            findings.append("\(input.content.unmapped.count) av \(input.content.glyphs) tecken saknar Unicode (först på sidan \(first.page), \(first.font))")
        }
        return rule("T-02", "ISO 14289-1 7.21.7, ISO 19005-2 6.2.11.7.2", "Varje tecken har sin Unicode-text (/ToUnicode)", findings: findings)
    }

    /// Where two texts part: the position and a few characters of each.
    private static func difference(_ left: [Unicode.Scalar], _ right: [Unicode.Scalar], _ leftName: String, _ rightName: String) -> String {
        let common = zip(left, right).prefix { $0 == $1 }.count
        func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(scalars)) }
        let leftPart = text(left.dropFirst(common).prefix(30)), rightPart = text(right.dropFirst(common).prefix(30))
        return "efter \(common) tecken: \(leftName) \"\(leftPart)\", \(rightName) \"\(rightPart)\""
    }
}
