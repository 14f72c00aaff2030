import ReportCore
import ReportLayout

/// Kassaflödesanalys (indirect method) in kr with öre, this year and last year.
enum AnnualCashFlow {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let rows = model.cashFlow.rows.map { row -> TableRow in
            if row.kind == .heading { return AmountCells.headingRow(row.label, columns: 3) }
            return TableRow(AmountCells.rowKind(row.kind), [
                AmountCells.label(row.label), AmountCells.kronor(row.thisYear), AmountCells.kronor(row.lastYear),
            ])
        }
        let table = Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["Belopp i kr", "Jan–dec \(model.year)", "Jan–dec \(model.year - 1)"])],
            rows: rows, summary: "Kassaflödesanalys")
        let check = "Förändringen av likvida medel är lika med förändringen av kassa och bank i balansräkningen: "
            + "\(model.cashFlow.cashAccountsChange.thisYear.formattedKronor) kr."
        return [.heading(Heading(level: 1, "Kassaflödesanalys")), .table(table), .paragraph(Paragraph(check, style: "bildtext"))]
    }
}
