/// Rounds a table once to its unit, per column. A sum is rounded half away from zero from
/// its exact value; the rows it adds (when they are all in the table) by largest
/// remainder, so that the printed rows add up to the printed sum. The last sum is rounded
/// first, so that a total governs its subtotals; rows in `fixed` (the year's result, printed
/// the same everywhere) are rounded on their own first. Kronor with öre are printed exact.
enum TableRounding {
    static func round(_ rows: [StatementTableBuilder.Evaluated], unit: AmountUnit, fixed: Set<Int> = []) -> [[Int64?]] {
        let columns = rows.first?.row.exact.count ?? 0
        var printed = rows.map { _ in [Int64?](repeating: nil, count: columns) }
        for column in 0..<columns {
            let values = roundColumn(rows, column, unit: unit, fixed: fixed)
            for index in rows.indices { printed[index][column] = values[index].map { rows[index].displaySign * $0 } }
        }
        return printed
    }

    static func roundColumn(_ rows: [StatementTableBuilder.Evaluated], _ column: Int, unit: AmountUnit, fixed: Set<Int> = []) -> [Int64?] {
        let exact = rows.map { $0.row.exact[column]?.ore }
        guard unit.ore > 1 else { return exact }
        var rounded = [Int64?](repeating: nil, count: rows.count)
        for index in fixed { rounded[index] = exact[index].map { roundedQuotient($0, unit.ore) } }
        for index in rows.indices.reversed() {
            guard let terms = rows[index].terms, let value = exact[index] else { continue }
            let sum = rounded[index] ?? roundedQuotient(value, unit.ore)
            rounded[index] = sum
            let open = terms.compactMap { term in rounded[term.index] == nil ? exact[term.index].map { (term, $0) } : nil }
            let fixed = terms.compactMap { term in rounded[term.index].map { term.sign * $0 } }.reduce(0, +)
            let target = sum * rows[index].sign - fixed
            let numerators = open.map { $0.0.sign * $0.1 }
            guard let parts = split(numerators, unit: unit.ore, target: target) else { continue }
            for ((term, _), part) in zip(open, parts) { rounded[term.index] = term.sign * part }
        }
        for index in rows.indices where rounded[index] == nil {
            rounded[index] = exact[index].map { roundedQuotient($0, unit.ore) }
        }
        return rounded
    }

    /// Largest remainder, when the target can be reached from the floors.
    static func split(_ numerators: [Int64], unit: Int64, target: Int64) -> [Int64]? {
        let floors = numerators.map { LargestRemainder.floorDiv($0, unit) }.reduce(0, +)
        guard floors <= target, target <= floors + Int64(numerators.count) else { return nil }
        return LargestRemainder.split(numerators: numerators, denominator: unit, target: target)
    }
}
