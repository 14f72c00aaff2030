/// Column widths from the columns' rules and the cells' content: fixed columns as given,
/// automatic ones as wide as their widest line (shrunk towards their longest unbreakable
/// piece when space is short), relative ones share what is left.
struct TableColumns {
    let table: Table
    let available: Points
    let name: String

    /// Per column: (widest natural line, widest unbreakable piece), padding included.
    typealias Content = (natural: Points, minimum: Points)

    func widths(content: [Content]) throws -> [Points] {
        var widths = [Points](repeating: .zero, count: table.columns.count)
        var fixedSum = Points.zero
        for (index, column) in table.columns.enumerated() {
            if case let .fixed(width) = column.width { widths[index] = width; fixedSum += width }
        }
        guard fixedSum <= available + Points(0.01) else {
            throw LayoutError.columnsTooWide(table: name, needed: fixedSum, available: available)
        }
        let autos = indices { $0 == .automatic }
        let relatives = indices { if case .relative = $0 { return true } else { return false } }
        let relativeMinimum = relatives.reduce(Points.zero) { $0 + content[$1].minimum }
        let remaining = available - fixedSum - relativeMinimum
        let autoNatural = autos.reduce(Points.zero) { $0 + content[$1].natural }
        let autoMinimum = autos.reduce(Points.zero) { $0 + content[$1].minimum }
        if autoNatural <= remaining {
            for index in autos { widths[index] = content[index].natural }
            distribute(remaining - autoNatural, relatives: relatives, autos: autos, content: content, into: &widths)
        } else {
            let share = autoNatural > autoMinimum ? max(0, min(1, (remaining - autoMinimum) / (autoNatural - autoMinimum))) : 0
            for index in autos { widths[index] = content[index].minimum + (content[index].natural - content[index].minimum) * share }
            for index in relatives { widths[index] = content[index].minimum }
        }
        return widths
    }

    private func indices(where predicate: (TableColumn.Width) -> Bool) -> [Int] {
        table.columns.indices.filter { predicate(table.columns[$0].width) }
    }

    /// Leftover space goes to relative columns by weight; without any, to the first text column
    /// (the label column of a financial table), so the table fills the measure.
    private func distribute(_ leftover: Points, relatives: [Int], autos: [Int], content: [Content], into widths: inout [Points]) {
        if !relatives.isEmpty {
            let weights = relatives.map { index -> Double in
                if case let .relative(weight) = table.columns[index].width { return max(weight, 0) }
                return 0
            }
            let total = weights.reduce(0, +)
            for (index, weight) in zip(relatives, weights) {
                widths[index] = content[index].minimum + leftover * (total > 0 ? weight / total : 1 / Double(relatives.count))
            }
        } else if let label = autos.first(where: { !table.columns[$0].numeric }) ?? autos.first {
            widths[label] += leftover
        }
    }
}
