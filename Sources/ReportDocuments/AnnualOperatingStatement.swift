import ReportCore
import ReportLayout

/// Driftredovisning in tkr: the summary by type (outcome, budget, deviation, last year) and
/// the outcome per cost centre against its budget. Costs carry their minus sign.
enum AnnualOperatingStatement {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        guard let operating = model.operating else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, "Driftredovisning")), .table(summary(operating, year: model.year))]
        for centres in operating.centres where !centres.rows.isEmpty {
            blocks.append(.table(hasBudget(centres) ? centreTable(centres, year: model.year) : outcomeTable(centres, year: model.year)))
        }
        var source = operating.budgetSource.isEmpty ? ""
            : "Avvikelse är utfall minus budget. Budgeten kommer från \(operating.budgetSource). "
        for centres in operating.centres where !centres.rows.isEmpty && !hasBudget(centres) {
            source += "\(centres.title) har ingen budget för \(model.year) och redovisas med utfall, utan avvikelse. "
        }
        source += "Beloppen är avrundade till tkr enligt regeln under Noter."
        blocks.append(.paragraph(Paragraph(source, style: "bildtext")))
        return blocks + explanation(model)
    }

    /// The board's own text on the deviation from the budget (texter/driftredovisning.md),
    /// under the tables; its heading, if any, is left out.
    static func explanation(_ model: AnnualReportModel) -> [Block] {
        guard let text = model.texts.first(where: { $0.id == AnnualManagementReport.operatingId }) else { return [] }
        return ProseComposer.blocks(text.blocks.filter { $0.kind != .heading })
    }

    static func summary(_ operating: OperatingStatement, year: Int) -> Table {
        let lastYear = operating.total.lastYearNet != nil
        let unbudgeted = Set(operating.centres.filter { !$0.rows.isEmpty && !hasBudget($0) }.map(\.type))
        let rows = operating.summary.map { row(for: $0, lastYear: lastYear, kind: .body, budgeted: !unbudgeted.contains($0.id)) }
            + [row(for: operating.total, lastYear: lastYear, kind: .total)]
        var groups = [TableCell(""), TableCell("Utfall \(year)", alignment: .center, columnSpan: 3),
                      TableCell("Budget \(year)", alignment: .right), TableCell("Avvikelse", alignment: .right)]
        var titles = ["Belopp i tkr", "Intäkt", "Kostnad", "Netto", "Netto", "Utfall − budget"]
        if lastYear {
            groups.append(TableCell("Utfall \(year - 1)", alignment: .center, columnSpan: 3))
            titles += ["Intäkt", "Kostnad", "Netto"]
        }
        return Table(
            columns: [AmountCells.labelColumn()] + titles.dropFirst().map { _ in AmountCells.amountColumn() },
            headerRows: [TableRow(.header, groups), AmountCells.header(titles)],
            rows: rows, caption: "Utfall och budget per slag", summary: "Driftredovisning per slag")
    }

    /// A row whose cost centres have no budget shows dashes for budget and deviation: a
    /// budget of 0 would make the whole outcome read as a deviation.
    static func row(for row: OperatingStatement.SummaryRow, lastYear: Bool, kind: TableRow.Kind, budgeted: Bool = true) -> TableRow {
        let budget = budgeted ? [AmountCells.tkr(row.budget), AmountCells.tkr(row.deviation)] : [dash(), dash()]
        var cells = [AmountCells.label(row.label), AmountCells.tkr(row.revenue), AmountCells.tkr(row.costs),
                     AmountCells.tkr(row.net)] + budget
        if lastYear {
            cells += [AmountCells.tkr(row.lastYearRevenue), AmountCells.tkr(row.lastYearCosts), AmountCells.tkr(row.lastYearNet)]
        }
        return TableRow(kind, cells)
    }

    static func centreTable(_ centres: OperatingStatement.CentreTable, year: Int) -> Table {
        let rows = centres.rows.map { centreRow($0, kind: .body) } + [centreRow(centres.total, kind: .total)]
        return Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["Belopp i tkr", "Utfall jan–dec \(year)", "Budget jan–dec \(year)", "Avvikelse"])],
            rows: rows, caption: centres.title, summary: centres.title)
    }

    /// Whether the books give any budget for the table's cost centres.
    static func hasBudget(_ centres: OperatingStatement.CentreTable) -> Bool {
        !centres.total.exactBudget.isZero || centres.rows.contains { !$0.exactBudget.isZero }
    }

    /// Cost centres without a budget (a project financed outside it): the outcome alone.
    static func outcomeTable(_ centres: OperatingStatement.CentreTable, year: Int) -> Table {
        let rows = (centres.rows.map { ($0, TableRow.Kind.body) } + [(centres.total, .total)]).map { row, kind in
            TableRow(kind, [AmountCells.label(row.label), AmountCells.tkr(row.outcome)])
        }
        return Table(columns: [AmountCells.labelColumn(), AmountCells.amountColumn()],
                     headerRows: [AmountCells.header(["Belopp i tkr", "Utfall jan–dec \(year)"])],
                     rows: rows, caption: "\(centres.title), utan budget", summary: centres.title)
    }

    static func dash() -> TableCell { TableCell("–", alignment: .right) }

    static func centreRow(_ row: OperatingStatement.CentreRow, kind: TableRow.Kind) -> TableRow {
        TableRow(kind, [AmountCells.label(row.label), AmountCells.tkr(row.outcome), AmountCells.tkr(row.budget), AmountCells.tkr(row.deviation)])
    }
}
