import ReportCore
import ReportLayout

/// A table written in a text, set as the product sets its own: the header repeated on
/// each page the table spans, amounts right-aligned with tabular figures. A column whose
/// alignment the text does not give is numeric when every filled body cell is a figure.
enum ProseTableComposer {
    static func table(_ prose: ProseTable) -> Table {
        let columns = prose.alignments.indices.map { column(prose, $0) }
        let header = TableRow(.header, prose.header.map { TableCell(ProseComposer.inlines($0)) })
        let rows = prose.rows.map { TableRow(.body, $0.map { TableCell(ProseComposer.inlines($0)) }) }
        return Table(columns: columns, headerRows: [header], rows: rows, caption: prose.caption,
                     summary: prose.caption ?? prose.header.map { $0.map(\.text).joined() }.joined(separator: ", "))
    }

    private static func column(_ table: ProseTable, _ index: Int) -> TableColumn {
        let alignment = table.alignments[index]
        let numeric: Bool
        switch alignment {
        case .automatic:
            let cells = table.rows.map { row in row.indices.contains(index) ? row[index].map(\.text).joined() : "" }.filter { !$0.isEmpty }
            numeric = !cells.isEmpty && cells.allSatisfy(isFigure)
        case .right: numeric = true
        case .left, .center: numeric = false
        }
        let textAlignment: TextAlignment? = alignment == .center ? .center : nil
        return numeric ? TableColumn(.automatic, alignment: textAlignment, numeric: true) : TableColumn(.relative(1), alignment: textAlignment)
    }

    /// An amount, a count or a share as offices write them: digits with spaces, a decimal
    /// comma, a sign, and at most a unit after it ("1 234", "−4,8", "29 %", "12 tkr").
    static func isFigure(_ text: String) -> Bool {
        var digits = 0
        var words = text.split { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        if let last = words.last, words.count > 1, ["%", "kr", "tkr", "mkr", "st", "procent"].contains(last) { words.removeLast() }
        for word in words {
            for character in word {
                if character.isNumber { digits += 1; continue }
                guard ",.−-+%".contains(character) else { return false }
            }
        }
        return digits > 0
    }
}
