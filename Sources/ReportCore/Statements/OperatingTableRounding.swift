/// Rounds an operating table once to tkr and decides its printed columns: each column by
/// `TableRounding` (a sum from its exact value, its rows by largest remainder); a net column
/// beside its revenue and cost columns is their printed sum, a deviation beside its outcome
/// and budget their printed difference. Last year's columns go when no row has a figure
/// there, budget and deviation when no row has a budget.
enum OperatingTableRounding {
    /// The table, and which of the described columns it kept.
    static func finish(_ table: OperatingTableDescription, _ evaluated: [OperatingStatementBuilder.Evaluated]) -> (OperatingTable, [Int]) {
        let rounding = evaluated.map { row in
            StatementTableBuilder.Evaluated(
                row: ReportTableRow(id: row.row.id, label: row.row.label, kind: row.row.kind, account: nil, exact: row.row.exact,
                                    printed: [], note: nil, accounts: []),
                sign: 1, displaySign: 1, terms: row.terms, hideWhenZero: false)
        }
        let fixed = Set(evaluated.indices.filter { evaluated[$0].row.role == .result })
        var printed = TableRounding.round(rounding, unit: .tkr, fixed: fixed)
        var derived = table.columns.map { _ in false }
        let order = table.columns.indices.filter { table.columns[$0].amount != .deviation }
            + table.columns.indices.filter { table.columns[$0].amount == .deviation }
        for index in order {
            guard let parts = parts(of: table.columns[index], in: table.columns) else { continue }
            derived[index] = true
            for row in printed.indices {
                guard let first = printed[row][parts.0], let second = printed[row][parts.1] else { printed[row][index] = nil; continue }
                printed[row][index] = first + parts.sign * second
            }
        }
        let hasBudget = evaluated.contains { row in
            zip(table.columns, row.row.exact).contains { column, value in column.amount == .budget && value != nil }
        }
        let kept = table.columns.indices.filter { index in
            let column = table.columns[index]
            if column.amount != .outcome && !hasBudget { return false }
            return column.year == 0 || evaluated.contains { $0.row.exact[index] != nil }
        }
        let columns = kept.map { index in
            let column = table.columns[index]
            return OperatingColumn(titles: column.titles, year: column.year, amount: column.amount, side: column.side, derived: derived[index])
        }
        let rows = evaluated.indices.map { index in
            var row = evaluated[index].row
            row.exact = kept.map { row.exact[$0] }
            row.printed = kept.map { printed[index][$0] }
            return row
        }
        let described = table.columns.contains { $0.amount != .outcome }
        return (OperatingTable(id: table.id, caption: table.caption, columns: columns, rows: rows, budgetLeftOut: described && !hasBudget), kept)
    }

    /// The two columns a column is printed from, with the second's sign: net from revenue
    /// and costs (derived first, left to right), deviation from outcome and budget.
    static func parts(of column: OperatingColumnDescription, in columns: [OperatingColumnDescription]) -> (Int, Int, sign: Int64)? {
        func find(_ amount: OperatingAmount, _ side: OperatingSide, year: Int) -> Int? {
            columns.firstIndex { $0.amount == amount && $0.side == side && $0.year == year }
        }
        if column.amount == .deviation {
            guard let outcome = find(.outcome, column.side, year: 0), let budget = find(.budget, column.side, year: 0) else { return nil }
            return (outcome, budget, -1)
        }
        guard column.side == .net, let revenue = find(column.amount, .revenue, year: column.year),
              let costs = find(column.amount, .costs, year: column.year) else { return nil }
        return (revenue, costs, 1)
    }
}
