import ReportCore
import ReportLayout

/// The changed paragraphs of a comparison: where each stands (file and line), the text
/// before and after, the words that differ in bold and labelled "Före" and "Efter".
enum ComparisonTextBlocks {
    static func blocks(_ changes: [TextChange], figures: [TextFigureChange]) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 2, "Texter", numbered: false))]
        blocks += figureBlocks(figures)
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

    /// Figures printed in the texts: where, which, before (struck through) and after (bold).
    static func figureBlocks(_ changes: [TextFigureChange]) -> [Block] {
        guard !changes.isEmpty else { return [] }
        let rows = changes.map { change in
            TableRow(.body, [TableCell("\(change.file) rad \(change.line)"), TableCell("{{ \(change.name) }}"),
                             TableCell(change.old, numeric: true, struckThrough: true), TableCell([.bold(change.new)], numeric: true), TableCell("ändrad")])
        }
        let header = TableRow(.header, [TableCell("Text"), TableCell("Siffra"), TableCell("Före", alignment: .right),
                                        TableCell("Efter", alignment: .right), TableCell("Ändring")])
        let table = Table(columns: [TableColumn(.relative(1)), TableColumn(.automatic), TableColumn(.automatic, numeric: true),
                                    TableColumn(.automatic, numeric: true), TableColumn(.automatic)],
                          headerRows: [header], rows: rows, summary: "Siffror i texterna som skiljer sig")
        let count = changes.count == 1 ? "En siffra i texterna skiljer sig" : "\(changes.count) siffror i texterna skiljer sig"
        return [.paragraph(Paragraph("\(count); styckena runt dem är desamma om de inte står nedan.")), .table(table)]
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
