import ReportCore
import ReportLayout

/// The changed paragraphs of a comparison: where each stands (file and line), the text
/// before and after, the words that differ in bold and labelled "Före" and "Efter".
enum ComparisonTextBlocks {
    static func blocks(_ changes: [TextChange]) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, "Texter", numbered: false))]
        guard !changes.isEmpty else { return blocks + [.paragraph(Paragraph("Inget stycke i texterna har ändrats."))] }
        let count = changes.count == 1 ? "1 stycke har ändrats" : "\(changes.count) stycken har ändrats"
        blocks.append(.paragraph(Paragraph("\(count). Ord som skiljer sig står i fetstil.")))
        for change in changes {
            var parts: [Block] = [.paragraph(Paragraph(ComparisonListing.place(change), style: "rubrik4"))]
            let words = WordDifference.words(old: change.old ?? "", new: change.new ?? "")
            if change.old != nil { parts.append(.paragraph(Paragraph([.bold("Före: ")] + inlines(words.old)))) }
            if change.new != nil { parts.append(.paragraph(Paragraph([.bold("Efter: ")] + inlines(words.new)))) }
            blocks.append(.keepTogether(parts))
        }
        return blocks
    }

    /// Words joined by spaces; runs of differing words in bold.
    static func inlines(_ words: [WordDifference.Word]) -> [Inline] {
        var groups: [(bold: Bool, words: [String])] = []
        for word in words {
            if groups.last?.bold == word.differs {
                groups[groups.count - 1].words.append(word.text)
            } else {
                groups.append((word.differs, [word.text]))
            }
        }
        return groups.enumerated().flatMap { index, group -> [Inline] in
            let text = group.words.joined(separator: " ")
            return (index > 0 ? [.text(" ")] : []) + [group.bold ? .bold(text) : .text(text)]
        }
    }
}
