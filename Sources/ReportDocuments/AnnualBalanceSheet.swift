import ReportCore
import ReportLayout

/// Balansräkning in kr with öre: opening balance, change and closing balance per line.
enum AnnualBalanceSheet {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let rows = model.balanceSheet.rows.map(tableRow)
        let table = Table(
            columns: [AmountCells.labelColumn(), AmountCells.noteColumn(), AmountCells.amountColumn(),
                      AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["", "", "Ingående balans", "Förändring", "Utgående balans"], left: 2),
                         AmountCells.header(["Belopp i kr", "Not", "\(model.year)-01-01", "", "\(model.year)-12-31"], left: 2)],
            rows: rows, summary: "Balansräkning")
        return [.heading(Heading(level: 1, "Balansräkning")), .table(table)]
    }

    static func tableRow(_ row: BalanceSheet.Row) -> TableRow {
        if row.kind == .heading { return AmountCells.headingRow(row.label, columns: 5) }
        return TableRow(AmountCells.rowKind(row.kind), [
            AmountCells.label(row.label), AmountCells.note(row.note),
            AmountCells.kronor(row.opening), AmountCells.kronor(row.change), AmountCells.kronor(row.closing),
        ])
    }
}
