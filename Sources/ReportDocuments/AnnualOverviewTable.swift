import ReportCore
import ReportLayout

/// "Översikt över verksamhetens utveckling": the rows the association chose, this year
/// from the books and earlier years from the history, in tkr. A predecessor's columns
/// carry its caption in a header row above the years. A ratio (soliditet) prints as a
/// percentage; its two figures per year go to the check report (ratioExplanations).
enum AnnualOverviewTable {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let overview = model.overview
        guard !overview.columns.isEmpty, !overview.rows.isEmpty else { return [] }
        let rows = overview.rows.map { row in
            TableRow(row.isSum ? .subtotal : .body, [AmountCells.label(row.label)] + row.values.map { cell($0, row) })
        }
        let table = Table(
            columns: [AmountCells.labelColumn()] + overview.columns.map { _ in AmountCells.amountColumn() },
            headerRows: captionRow(overview.columns) + [AmountCells.header(["Belopp i tkr"] + overview.columns.map { String($0.year) })],
            rows: rows, summary: "Översikt över verksamhetens utveckling")
        return [.keepTogether([.table(table)])]
    }

    static func cell(_ value: Int64, _ row: MultiYearOverview.Row) -> TableCell {
        switch row.unit {
        case .tkr: return row.plusSign ? AmountCells.signedTkr(Tkr(value)) : AmountCells.tkr(Tkr(value))
        case .count: return AmountCells.integer(value)
        case .percent: return TableCell(percent(value), numeric: true)
        }
    }

    /// A header row with each predecessor's caption over its columns; none when every
    /// column is the association's own.
    static func captionRow(_ columns: [MultiYearOverview.Column]) -> [TableRow] {
        guard columns.contains(where: { $0.predecessor != nil }) else { return [] }
        var cells = [AmountCells.empty()]
        var index = 0
        while index < columns.count {
            let caption = columns[index].predecessor
            let span = columns[index...].prefix { $0.predecessor == caption }.count
            cells.append(TableCell(caption ?? "", alignment: .center, columnSpan: span))
            index += span
        }
        return [TableRow(.header, cells)]
    }

    static func percent(_ value: Int64) -> String {
        SwedishNumberFormat.integer(value) + "\u{00A0}%"
    }
}
