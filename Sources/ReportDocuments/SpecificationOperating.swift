import ReportCore
import ReportLayout

/// The operating statement in the specification: each summary cell's exact value, printed
/// tkr and rounding, then per cost centre the accounts of its outcome and budget.
enum SpecificationOperating {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        guard let operating = model.operating else { return [] }
        let trails = model.provenance.operating
        var blocks: [Block] = [.heading(Heading(level: 1, "Driftredovisning")),
                               .paragraph(Paragraph("Utfall och budget per slag: varje cell exakt och tryckt i tkr. "
                                   + "Kostnadsställenas konton följer under varje tabell per slag."))]
        let summary = (operating.summary.map(\.id) + ["summa"]).compactMap { id in trails.first { $0.id == "drift_\(id)" } }
        blocks.append(.table(summaryTable(summary)))
        for table in operating.centres where !table.rows.isEmpty {
            let prefix = "drift_\(table.type)_"
            blocks.append(.table(centreTable(table, trails.filter { $0.id.hasPrefix(prefix) })))
        }
        return blocks
    }

    static func summaryTable(_ rows: [RowProvenance]) -> Table {
        var body: [TableRow] = []
        for row in rows {
            body.append(AmountCells.headingRow(row.label, columns: 4))
            body += row.cells.map { cell in
                TableRow(.body, [AmountCells.label(cell.column), SpecificationTables.money(cell.exact),
                                 TableCell(SwedishNumberFormat.integer(cell.rounding.printed), numeric: true),
                                 TableCell(method(cell.rounding))])
            }
        }
        return Table(columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn(), TableColumn(.automatic)],
                     headerRows: [AmountCells.header(["Slag och kolumn", "Exakt, kr", "Tryckt, tkr", "Avrundning"], left: 1)],
                     rows: body, caption: "Utfall och budget per slag", summary: "Specifikation: driftredovisning per slag")
    }

    static func method(_ rounding: RoundingStep) -> String {
        switch rounding.method {
        case "största_rest": return "största rest"
        case "exakt": return "exakt"
        default: return "närmaste"
        }
    }

    /// Per cost centre: its cost accounts' outcome and budget, the sum, and the printed tkr.
    static func centreTable(_ table: OperatingStatement.CentreTable, _ rows: [RowProvenance]) -> Table {
        var body: [TableRow] = []
        for row in rows where !row.id.hasSuffix("_summa") {
            body.append(AmountCells.headingRow(row.label, columns: 4))
            let accounts = SpecificationTables.orderedAccounts(row)
            for account in accounts {
                let cells = row.cells.prefix(2).map { cell -> TableCell in
                    let amounts = cell.amounts.filter { $0.account == account.account }
                    return amounts.isEmpty ? AmountCells.empty() : SpecificationTables.money(amounts.map(\.amount).sum())
                }
                body.append(TableRow(.body, [TableCell(account.account.isEmpty ? "" : account.account),
                                             AmountCells.label(account.name)] + cells))
            }
            body.append(sumRow("Summa kostnadsställe \(row.id.split(separator: "_").last ?? "")", row, kind: .subtotal))
        }
        if let total = rows.first(where: { $0.id.hasSuffix("_summa") }) { body.append(sumRow("Summa \(table.title.lowercased())", total, kind: .total)) }
        return Table(columns: [TableColumn(.fixed(Points(40))), AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
                     headerRows: [AmountCells.header(["Konto", "Belopp i kr", "Utfall", "Budget"], left: 2)],
                     rows: body, caption: table.title, summary: "Specifikation: driftredovisning, \(table.title.lowercased())")
    }

    static func sumRow(_ label: String, _ row: RowProvenance, kind: TableRow.Kind) -> TableRow {
        let cells = row.cells.prefix(2).map { SpecificationTables.money($0.exact) }
        let printed = row.cells.prefix(2).map { "\(SwedishNumberFormat.integer($0.rounding.printed)) tkr" }.joined(separator: ", ")
        return TableRow(kind, [TableCell(""), AmountCells.label("\(label) (tryckt \(printed))")] + cells)
    }
}
