/// The operating statement (driftredovisning) as figure tables: the summary by type and
/// one table per type of cost centre, rows by their type id and cost-centre code.
extension FigureTables {
    static func operating(_ operating: OperatingStatement) -> [FigureTable] {
        let summaryRows = (operating.summary + [operating.total]).map(summaryRow)
        let summary = FigureTable(key: "drift", section: "Driftredovisning", rows: summaryRows)
        let centres = operating.centres.filter { !$0.rows.isEmpty }.map { table in
            FigureTable(key: "drift:" + table.type, section: "Driftredovisning, " + table.title,
                        rows: table.rows.map { centreRow($0, id: $0.code) } + [centreRow(table.total, id: "summa")])
        }
        return [summary] + centres
    }

    static func summaryRow(_ row: OperatingStatement.SummaryRow) -> FigureRow {
        var cells = [
            FigureCell(column: "Intäkt", figure: ComparedFigure(row.revenue, exact: row.exact.revenue)),
            FigureCell(column: "Kostnad", figure: ComparedFigure(row.costs, exact: row.exact.costs)),
            FigureCell(column: "Netto", figure: ComparedFigure(row.net, exact: row.exact.net)),
            FigureCell(column: "Budget", figure: ComparedFigure(row.budget, exact: row.exact.budget)),
            FigureCell(column: "Avvikelse", figure: ComparedFigure(row.deviation)),
        ]
        let lastYear: [(String, Tkr?, Money?)] = [
            ("Intäkt föregående år", row.lastYearRevenue, row.exact.lastYearRevenue),
            ("Kostnad föregående år", row.lastYearCosts, row.exact.lastYearCosts),
            ("Netto föregående år", row.lastYearNet, nil),
        ]
        cells += lastYear.compactMap { column, tkr, exact in tkr.map { FigureCell(column: column, figure: ComparedFigure($0, exact: exact)) } }
        return FigureRow(id: row.id, label: row.label, cells: cells)
    }

    static func centreRow(_ row: OperatingStatement.CentreRow, id: String) -> FigureRow {
        FigureRow(id: id, label: row.label, cells: [
            FigureCell(column: "Utfall", figure: ComparedFigure(row.outcome, exact: row.exactOutcome)),
            FigureCell(column: "Budget", figure: ComparedFigure(row.budget, exact: row.exactBudget)),
            FigureCell(column: "Avvikelse", figure: ComparedFigure(row.deviation)),
        ])
    }
}
