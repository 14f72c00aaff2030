import ReportCore
import ReportLayout

/// Driftredovisning in tkr: every table the association described, with its columns and
/// rows as the model computed them. A row without a budget shows dashes; a table without
/// any budget shows its outcome alone, with a line under the tables saying so, and then
/// the board's own text on the deviation (texter/driftredovisning.md). Where the budget
/// comes from and how the figures are rounded is for the check report (CheckList).
enum AnnualOperatingStatement {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        guard let operating = model.operating else { return [] }
        var blocks: [Block] = [.heading(Heading(level: 1, operating.title))]
        let printed = operating.tables.filter { table in table.rows.contains { $0.kind == .line || $0.kind == .partOf } }
        blocks += printed.map { .table(self.table($0, title: operating.title, year: model.year)) }
        let withoutBudget = printed.filter(\.budgetLeftOut).map { "\($0.caption) har ingen budget för \(model.year) och redovisas med utfall, utan avvikelse." }
        if !withoutBudget.isEmpty { blocks.append(.paragraph(Paragraph(withoutBudget.joined(separator: " "), style: "bildtext"))) }
        return blocks + explanation(model)
    }

    /// The board's own text on the deviation from the budget (texter/driftredovisning.md),
    /// under the tables; its heading, if any, is left out.
    static func explanation(_ model: AnnualReportModel) -> [Block] {
        guard let text = model.texts.first(where: { $0.id == AnnualManagementReport.operatingId }) else { return [] }
        return ProseComposer.blocks(text.blocks.filter { $0.kind != .heading })
    }

    static func table(_ table: OperatingTable, title: String, year: Int) -> Table {
        let titles = table.columns.map { $0.titles.map { substituted($0, year: year) } }
        let rows = table.rows.map { row in
            TableRow(kind(row.kind), [AmountCells.label(row.label)] + row.printed.enumerated().map { index, value in
                cell(value, row: row, column: table.columns[index])
            })
        }
        let caption = table.budgetLeftOut ? "\(table.caption), utan budget" : table.caption
        return Table(columns: [AmountCells.labelColumn()] + table.columns.map { _ in AmountCells.amountColumn() },
                     headerRows: header(titles), rows: rows, caption: caption, summary: "\(title), \(table.caption.lowercased())")
    }

    /// One heading row when every column has one heading line; else a first row where
    /// neighbours with the same first line share one centred cell, and a second row.
    static func header(_ titles: [[String]]) -> [TableRow] {
        guard titles.contains(where: { $0.count > 1 }) else { return [AmountCells.header(["Belopp i tkr"] + titles.map { $0.first ?? "" })] }
        var groups: [(String, Int)] = []
        for first in titles.map({ $0.first ?? "" }) {
            if let last = groups.last, last.0 == first { groups[groups.count - 1].1 += 1 } else { groups.append((first, 1)) }
        }
        let top = [TableCell("")] + groups.map { TableCell($0.0, alignment: $0.1 > 1 ? .center : .right, columnSpan: $0.1) }
        return [TableRow(.header, top), AmountCells.header(["Belopp i tkr"] + titles.map { $0.count > 1 ? $0[1] : "" })]
    }

    /// A budget or deviation the row lacks is a dash: a budget of 0 would make the whole
    /// outcome read as a deviation.
    static func cell(_ value: Int64?, row: OperatingRow, column: OperatingColumn) -> TableCell {
        if value == nil, column.amount != .outcome, row.kind != .text, row.kind != .blank { return TableCell("–", alignment: .right) }
        return AmountCells.tkr(value.map { Tkr($0) })
    }

    static func kind(_ kind: ReportTableRow.Kind) -> TableRow.Kind {
        switch kind {
        case .total: return .total
        case .subtotal: return .subtotal
        default: return .body
        }
    }

    /// `{år}` → 2024, `{fjol}` → 2023.
    static func substituted(_ title: String, year: Int) -> String {
        title.replacingOccurrences(of: "{år}", with: String(year)).replacingOccurrences(of: "{fjol}", with: String(year - 1))
    }
}
