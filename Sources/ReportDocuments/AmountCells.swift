import ReportCore
import ReportLayout

/// Table cells and rows shared by the annual report's statements and the tertial report's
/// tables: amounts in kr with öre or in tkr and counts, right-aligned with a real minus
/// sign, labels, note references and the mapping from a statement row's kind to a table
/// row's kind.
enum AmountCells {
    static func kronor(_ amount: Money?) -> TableCell {
        TableCell(amount?.formattedKronor ?? "", numeric: true)
    }

    static func tkr(_ amount: Tkr?) -> TableCell {
        TableCell(amount?.formatted ?? "", numeric: true)
    }

    /// tkr with an explicit plus on positive figures ("+18 022"), as revenue is printed in
    /// the multi-year overview.
    static func signedTkr(_ amount: Tkr) -> TableCell {
        let text = amount.units > 0 ? "+" + amount.formatted : amount.formatted
        return TableCell(text, numeric: true)
    }

    static func integer(_ value: Int) -> TableCell {
        integer(Int64(value))
    }

    /// A whole number, such as a count or an amount already rounded to tkr.
    static func integer(_ value: Int64) -> TableCell {
        TableCell(SwedishNumberFormat.integer(value), numeric: true)
    }

    static func label(_ text: String) -> TableCell { TableCell(text) }

    static func bold(_ text: String) -> TableCell { TableCell([.bold(text)]) }

    static func empty() -> TableCell { TableCell("") }

    /// A heading inside a statement: bold, across the whole table.
    static func headingRow(_ text: String, columns: Int) -> TableRow {
        TableRow(.body, [TableCell([.bold(text)], columnSpan: columns)])
    }

    /// "3" in the note column, linked to the note's heading.
    static func note(_ number: Int?) -> TableCell {
        guard let number else { return TableCell("") }
        return TableCell([.reference(String(number), anchor: anchor(note: number))])
    }

    static func anchor(note number: Int) -> String { "not-\(number)" }

    /// Header cells for a row of column titles; the first is left-aligned.
    static func header(_ titles: [String], left: Int = 1) -> TableRow {
        TableRow(.header, titles.enumerated().map { index, title in
            TableCell(title, alignment: index < left ? .left : .right)
        })
    }

    static func labelColumn() -> TableColumn { TableColumn(.relative(1)) }
    static func amountColumn() -> TableColumn { TableColumn(.automatic, numeric: true) }
    static func noteColumn() -> TableColumn { TableColumn(.fixed(Points(34))) }
}
