import ReportCore
import ReportLayout

/// The operating report in the specification: per table and row, each cell's exact value,
/// printed tkr and rounding, and the accounts (per cost centre) or budget lines it adds.
enum SpecificationOperating {
    static let listedAmounts = 40

    static func blocks(_ model: AnnualReportModel) -> [Block] {
        guard let operating = model.operating else { return [] }
        let trails = model.provenance.operating
        var blocks: [Block] = [.heading(Heading(level: 1, operating.title)),
                               .paragraph(Paragraph("Varje cell exakt och tryckt i tkr, med kontona och budgetraderna den lägger ihop."))]
        for table in operating.tables {
            let rows = table.rows.compactMap { row in trails.first { $0.id == "drift_\(row.id)" } }
            guard !rows.isEmpty else { continue }
            blocks.append(.table(cellTable(rows, caption: table.caption, title: operating.title)))
        }
        return blocks
    }

    static func cellTable(_ rows: [RowProvenance], caption: String, title: String) -> Table {
        var body: [TableRow] = []
        for row in rows {
            body.append(AmountCells.headingRow(row.label, columns: 4))
            for cell in row.cells {
                body.append(TableRow(.body, [AmountCells.label(cell.column), SpecificationTables.money(cell.exact),
                                             TableCell(SwedishNumberFormat.integer(cell.rounding.printed), numeric: true),
                                             TableCell(method(cell.rounding))]))
                // The accounts under a row's first cell; a row of many cost centres lists them per centre below it,
                // and `finsam-report explain` gives every cell's amounts.
                guard row.cells.first?.index == cell.index, cell.amounts.count <= listedAmounts else { continue }
                body += cell.amounts.map { amount in
                    let centre = amount.costCentre.map { " [\($0)]" } ?? ""
                    let label = amount.account.isEmpty ? "\(amount.name) (\(amount.source))" : "\(amount.account) \(amount.name)\(centre)"
                    return TableRow(.body, [AmountCells.label("  " + label), SpecificationTables.money(amount.amount), AmountCells.empty(),
                                            AmountCells.empty()])
                }
            }
        }
        return Table(columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn(), TableColumn(.automatic)],
                     headerRows: [AmountCells.header(["Rad och kolumn", "Exakt, kr", "Tryckt, tkr", "Avrundning"], left: 1)],
                     rows: body, caption: caption, summary: "Specifikation: \(title.lowercased()), \(caption.lowercased())")
    }

    static func method(_ rounding: RoundingStep) -> String {
        switch rounding.method {
        case "största_rest": return "största rest"
        case "exakt": return "exakt"
        case "härledd": return "ur de tryckta kolumnerna"
        default: return "närmaste"
        }
    }
}
