import ReportCore
import ReportLayout

/// Resultaträkning in kr with öre, this year and last year, lines linked to their notes.
enum AnnualIncomeStatement {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let statement = model.incomeStatement
        let rows = statement.rows.enumerated().map { index, row in
            tableRow(row, isLast: index == statement.rows.count - 1)
        }
        let table = Table(
            columns: [AmountCells.labelColumn(), AmountCells.noteColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["", "", "Utfall", "Utfall"], left: 2),
                         AmountCells.header(["Belopp i kr", "Not", "jan–dec \(model.year)", "jan–dec \(model.year - 1)"], left: 2)],
            rows: rows, summary: "Resultaträkning")
        return [.heading(Heading(level: 1, "Resultaträkning")), .table(table)]
    }

    /// The statement's last row is the year's result: printed as the total.
    static func tableRow(_ row: StatementRow, isLast: Bool) -> TableRow {
        if row.kind == .heading { return AmountCells.headingRow(row.label, columns: 4) }
        let kind = isLast ? TableRow.Kind.total : AmountCells.rowKind(row.kind)
        return TableRow(kind, [AmountCells.label(row.label), AmountCells.note(row.note),
                               AmountCells.kronor(row.thisYear), AmountCells.kronor(row.lastYear)])
    }
}
