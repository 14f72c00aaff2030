import ReportCore
import ReportLayout

/// Balansräkning in kr with öre: opening balance, change and closing balance per line.
enum AnnualBalanceSheet {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let rows = model.balanceSheet.rows.map(tableRow)
        let table = Table(
            columns: [AnnualCells.labelColumn(), AnnualCells.noteColumn(), AnnualCells.amountColumn(),
                      AnnualCells.amountColumn(), AnnualCells.amountColumn()],
            headerRows: [AnnualCells.header(["", "", "Ingående balans", "Förändring", "Utgående balans"], left: 2),
                         AnnualCells.header(["Belopp i kr", "Not", "\(model.year)-01-01", "", "\(model.year)-12-31"], left: 2)],
            rows: rows, summary: "Balansräkning")
        return [.heading(Heading(level: 1, "Balansräkning")), .table(table)]
    }

    static func tableRow(_ row: BalanceSheet.Row) -> TableRow {
        if row.kind == .heading { return AnnualCells.headingRow(row.label, columns: 5) }
        return TableRow(AnnualCells.rowKind(row.kind), [
            AnnualCells.label(row.label), AnnualCells.note(row.note),
            AnnualCells.kronor(row.opening), AnnualCells.kronor(row.change), AnnualCells.kronor(row.closing),
        ])
    }
}
