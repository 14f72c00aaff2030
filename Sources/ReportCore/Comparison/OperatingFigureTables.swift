/// The operating report (driftredovisning) as figure tables: one per described table,
/// keyed "drift:<table id>", rows by their id (a cost centre by its code), columns named by
/// what they show ("Utfall, intäkt", "Budget", "Avvikelse", "Utfall föregående år").
extension FigureTables {
    static func operating(_ operating: OperatingStatement) -> [FigureTable] {
        operating.tables.filter { !$0.rows.isEmpty }.map { table in
            FigureTable(key: "drift:" + table.id, section: "\(operating.title), \(table.caption)",
                        rows: table.rows.filter { $0.kind != .text && $0.kind != .blank }.map { row(_: $0, table) })
        }
    }

    static func row(_ row: OperatingRow, _ table: OperatingTable) -> FigureRow {
        let cells = table.columns.indices.compactMap { index -> FigureCell? in
            guard let printed = row.printed[index] else { return nil }
            return FigureCell(column: columnName(table.columns[index]), figure: ComparedFigure(Tkr(printed), exact: row.exact[index]))
        }
        return FigureRow(id: row.centre ?? row.id, label: row.label, cells: cells)
    }

    static func columnName(_ column: OperatingColumn) -> String {
        let amount = ["utfall": "Utfall", "budget": "Budget", "avvikelse": "Avvikelse"][column.amount.rawValue] ?? column.amount.rawValue
        let year = column.year < 0 ? " föregående år" : ""
        let side = [OperatingSide.revenue: ", intäkt", .costs: ", kostnad", .net: ""][column.side] ?? ""
        return amount + year + side
    }
}
