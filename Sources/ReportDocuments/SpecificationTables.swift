import ReportCore
import ReportLayout

/// The specification's tables: a statement or note with each line's accounts (number,
/// name from the books, exact amount per column) above the line's sum, sums as the
/// statement has them, and the printed figure where the table prints a rounded unit.
enum SpecificationTables {
    static func statement(_ table: ReportTable, _ provenance: ModelProvenance) -> Table {
        let amounts = table.columnTitles.count
        let columns = [TableColumn(.fixed(Points(40))), AmountCells.labelColumn()] + (0..<amounts).map { _ in AmountCells.amountColumn() }
        let titles = ["Konto", "Belopp i kr"] + table.columnTitles.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }
        var rows: [TableRow] = []
        for row in table.rows {
            switch row.kind {
            case .blank: continue
            case .text: rows.append(AmountCells.headingRow(row.label, columns: columns.count))
            default:
                guard let trail = provenance.rows.first(where: { $0.id == row.id && $0.table == table.id }) else { continue }
                rows += lines(row, trail, unit: table.unit, columns: amounts)
            }
        }
        return Table(columns: columns, headerRows: [AmountCells.header(titles, left: 2)], rows: rows,
                     summary: "Specifikation: \(table.number.map { "Not \($0) " } ?? "")\(table.title)")
    }

    /// A line's accounts and its sum; a single account's line (a note's account row) is
    /// one row; a sum is its own row. The printed figure follows where rounding changed it.
    static func lines(_ row: ReportTableRow, _ trail: RowProvenance, unit: AmountUnit, columns: Int) -> [TableRow] {
        let isSum = trail.cells.contains { $0.rule.kind == "summa" }
        let accounts = isSum ? [] : orderedAccounts(trail)
        var result: [TableRow] = []
        if accounts.count == 1, accounts[0].account == row.account {
            result.append(TableRow(.body, [TableCell(row.account ?? ""), AmountCells.label(row.label)] + exactCells(trail, columns)))
        } else {
            for account in accounts {
                let cells = (0..<columns).map { index -> TableCell in
                    let cell = trail.cells.first { $0.index == index }
                    let amounts = cell?.amounts.filter { $0.account == account.account } ?? []
                    return amounts.isEmpty ? AmountCells.empty() : money(amounts.map(\.amount).sum())
                }
                result.append(TableRow(.body, [TableCell(account.account), AmountCells.label(account.name)] + cells))
            }
            let label = isSum || accounts.isEmpty ? row.label : "Summa \(row.label)"
            result.append(TableRow(isSum ? .total : .subtotal, [TableCell(""), AmountCells.label(label)] + exactCells(trail, columns)))
        }
        if trail.cells.contains(where: { !$0.rounding.remainder.isZero }) { result.append(printedRow(trail, unit: unit, columns: columns)) }
        return result
    }

    /// Each account once, in the order the columns name them.
    static func orderedAccounts(_ trail: RowProvenance) -> [BookAmount] {
        var seen: [BookAmount] = []
        for amount in trail.cells.flatMap(\.amounts) where !seen.contains(where: { $0.account == amount.account }) {
            seen.append(amount)
        }
        return seen
    }

    static func exactCells(_ trail: RowProvenance, _ columns: Int) -> [TableCell] {
        (0..<columns).map { index in trail.cells.first { $0.index == index }.map { money($0.exact) } ?? AmountCells.empty() }
    }

    /// "Tryckt, tkr" with the printed figures; a figure moved by largest remainder is marked.
    static func printedRow(_ trail: RowProvenance, unit: AmountUnit, columns: Int) -> TableRow {
        let moved = trail.cells.contains { $0.rounding.method == "största_rest" }
        let label = "Tryckt i \(unit == .tkr ? "tkr" : "kr")" + (moved ? " (största rest)" : "")
        let cells = (0..<columns).map { index -> TableCell in
            guard let cell = trail.cells.first(where: { $0.index == index }) else { return AmountCells.empty() }
            return TableCell(SwedishNumberFormat.integer(cell.rounding.printed), numeric: true)
        }
        return TableRow(.body, [TableCell(""), TableCell([.italic(label)])] + cells)
    }

    static func money(_ amount: Money) -> TableCell { TableCell(amount.formattedKronor, numeric: true) }

    /// The members' contributions: each share as weight of the whole, in kronor and tkr.
    static func memberSplit(_ split: MemberSplitProvenance) -> Table {
        var rows = split.amounts.map { amount in
            TableRow(.body, [TableCell("\(amount.account) \(amount.name)"), TableCell("\(amount.source) \(amount.year)"),
                             money(amount.amount), AmountCells.empty()])
        }
        rows.append(TableRow(.subtotal, [AmountCells.label("Bokfört medlemsbidrag"), TableCell(""), money(split.total), AmountCells.empty()]))
        rows += split.shares.map { share in
            TableRow(.body, [AmountCells.label(share.label), TableCell("\(SwedishNumberFormat.integer(share.weight)) av "
                + SwedishNumberFormat.integer(share.of), numeric: true), money(share.amount), AmountCells.tkr(share.tkr)])
        }
        return Table(columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
                     headerRows: [AmountCells.header(["Konto eller medlem", "Andel", "Belopp i kr", "tkr"])], rows: rows,
                     summary: "Specifikation: medlemsbidragens fördelning")
    }
}
