/// Turns a csv table into a printable one: amount columns are recognised (every value
/// parses exactly as Money), formatted the Swedish way and, if asked, summed exactly.
enum PlainTableBuilder {
    static func build(_ csv: CSVTable, caption: String?, totalLabel: String?) throws -> PlainTable {
        var numeric = Set<Int>()
        for (index, column) in csv.header.enumerated() where index > 0 {
            let values = csv.rows.map { $0.cells[column] ?? "" }
            if !values.isEmpty, values.allSatisfy({ (try? Money.parse($0)) != nil }) { numeric.insert(index) }
        }
        var totals: [Int: Money] = [:]
        var rows: [[String]] = []
        for row in csv.rows {
            rows.append(csv.header.enumerated().map { index, column in
                let value = row.cells[column] ?? ""
                guard numeric.contains(index), let amount = try? Money.parse(value) else { return value }
                totals[index, default: .zero] += amount
                return amount.formattedKronor
            })
        }
        // The csv reader lower-cases column names for matching; print them capitalised.
        let header = csv.header.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return PlainTable(caption: caption, header: header, rows: rows, numericColumns: numeric,
                          totalLabel: totalLabel, totals: totalLabel == nil ? [:] : totals)
    }
}
