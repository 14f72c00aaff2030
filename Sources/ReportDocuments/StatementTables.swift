import ReportCore
import ReportLayout

/// The one table composer for every described statement and note: an account column
/// where the description asks for it, the label (its head states the unit), a note column
/// when a row refers to a note ("1", linked to the note), and the amount columns.
enum StatementTables {
    static func statementBlocks(_ table: ReportTable) -> [Block] {
        [.heading(Heading(level: 1, table.title))] + texts(table) + [.table(self.table(table))] + footnote(table)
    }

    static func noteBlocks(_ table: ReportTable, number: Int) -> [Block] {
        [.keepTogether([AnnualNotes.noteHeading(number, table.title)] + texts(table) + [.table(self.table(table))] + footnote(table))]
    }

    static func texts(_ table: ReportTable) -> [Block] { table.texts.map { .paragraph(Paragraph($0)) } }

    /// A footnote the association wrote, under the table.
    static func footnote(_ table: ReportTable) -> [Block] {
        table.footnote.map { [.paragraph(Paragraph($0, style: "bildtext"))] } ?? []
    }

    static func table(_ table: ReportTable) -> Table {
        var columns: [TableColumn] = []
        if table.accountColumn { columns.append(TableColumn(.fixed(Points(40)))) }
        columns.append(AmountCells.labelColumn())
        if table.noteColumn { columns.append(AmountCells.noteColumn()) }
        columns += table.columnTitles.map { _ in AmountCells.amountColumn() }
        return Table(columns: columns, headerRows: headerRows(table), rows: table.rows.map { row($0, table, width: columns.count) },
                     summary: table.number.map { "Not \($0) \(table.title)" } ?? table.title)
    }

    /// As many header rows as the longest column heading has lines; the unit and "Not" on
    /// the last.
    static func headerRows(_ table: ReportTable) -> [TableRow] {
        let lines = table.columnTitles.map(\.count).max() ?? 1
        return (0..<lines).map { line in
            let last = line == lines - 1
            var titles: [String] = []
            if table.accountColumn { titles.append(last ? "Konto" : "") }
            titles.append(last ? table.unit.headText : "")
            if table.noteColumn { titles.append(last ? "Not" : "") }
            titles += table.columnTitles.map { column in
                let offset = lines - column.count
                return line >= offset ? column[line - offset] : ""
            }
            return AmountCells.header(titles, left: titles.count - table.columnTitles.count)
        }
    }

    static func row(_ row: ReportTableRow, _ table: ReportTable, width: Int) -> TableRow {
        switch row.kind {
        case .text: return AmountCells.headingRow(row.label, columns: width)
        case .blank: return TableRow(.body, [TableCell("", columnSpan: width)])
        default: break
        }
        var cells: [TableCell] = []
        if table.accountColumn { cells.append(TableCell(row.account ?? "")) }
        cells.append(row.kind == .partOf ? TableCell([.italic(row.label)]) : AmountCells.label(row.label))
        if table.noteColumn { cells.append(AmountCells.note(row.note)) }
        cells += row.printed.map { amount(for: $0, unit: table.unit) }
        return TableRow(kind(row.kind), cells)
    }

    static func amount(for value: Int64?, unit: AmountUnit) -> TableCell {
        guard let value else { return AmountCells.empty() }
        let text = unit == .kronorAndOre ? Money(ore: value).formattedKronor : SwedishNumberFormat.integer(value)
        return TableCell(text, numeric: true)
    }

    static func kind(_ kind: ReportTableRow.Kind) -> TableRow.Kind {
        switch kind {
        case .subtotal: return .subtotal
        case .total: return .total
        default: return .body
        }
    }
}
