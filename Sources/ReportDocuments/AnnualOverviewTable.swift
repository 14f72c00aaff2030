import ReportCore
import ReportLayout

/// "Översikt över verksamhetens utveckling": six years in tkr, this year from the books and
/// earlier years from the history input. Soliditet is shown as its two figures and the
/// ratio ("3 284 / 11 708 = 28 %"), the same way for every year.
enum AnnualOverviewTable {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let columns = model.overview.columns
        guard !columns.isEmpty else { return [] }
        let rows: [TableRow] = [
            row("Verksamhetens intäkt från medlemmar", columns.map { AmountCells.signedTkr($0.memberRevenue) }),
            row("Externa projekt m.m.", columns.map { AmountCells.signedTkr($0.externalRevenue) }),
            row("Verksamhetens kostnader", columns.map { AmountCells.tkr($0.costs) }),
            row("Årets resultat", columns.map { AmountCells.tkr($0.result) }, kind: .subtotal),
            row("Eget kapital", columns.map { AmountCells.tkr($0.equity) }),
            row("Totala tillgångar", columns.map { AmountCells.tkr($0.totalAssets) }),
            row("Soliditet", columns.map { TableCell(percent($0.solvencyPercent), numeric: true) }),
            row("Antal anställda", columns.map { AmountCells.integer($0.employees) }),
        ]
        let table = Table(
            columns: [AmountCells.labelColumn()] + columns.map { _ in AmountCells.amountColumn() },
            headerRows: [AmountCells.header(["Belopp i tkr"] + columns.map { String($0.year) })],
            rows: rows, summary: "Översikt över verksamhetens utveckling")
        return [.keepTogether([.table(table), .paragraph(Paragraph(solvencyNote(columns), style: "bildtext"))])]
    }

    static func row(_ label: String, _ cells: [TableCell], kind: TableRow.Kind = .body) -> TableRow {
        TableRow(kind, [AmountCells.label(label)] + cells)
    }

    static func percent(_ value: Int) -> String {
        SwedishNumberFormat.integer(Int64(value)) + "\u{00A0}%"
    }

    /// The ratio spelled out for every year, so that a reader can check it.
    static func solvencyNote(_ columns: [MultiYearOverview.Column]) -> String {
        let ratios = columns.map { column in
            "\(column.year): \(column.equity.formatted) / \(column.totalAssets.formatted) = \(percent(column.solvencyPercent))"
        }
        return "Soliditet är eget kapital delat med totala tillgångar (tkr): " + ratios.joined(separator: "; ") + "."
    }
}
