import ReportCore
import ReportLayout

/// The economy tables: the income statement accumulated to the period's end (kr with
/// öre) and the follow-up per cost centre (the year's budget against the outcome so far,
/// tkr), with the sentences that tie the second to the first.
enum TertialFinanceTables {
    static func incomeStatement(_ statement: TertialIncomeStatement, period: String) -> Table {
        let amount = TableColumn(.fixed(.mm(38)), numeric: true)
        let header = TableRow(.header, [TableCell("Resultaträkning, kr"), TableCell("Ackumulerat \(statement.throughMonthName)")])
        var rows: [TableRow] = []
        for group in statement.groups {
            rows.append(TableRow(.body, [AmountCells.bold(group.heading), AmountCells.empty()]))
            rows += group.lines.map { TableRow(.body, [TableCell($0.label), AmountCells.kronor($0.amount)]) }
            if let label = group.sumLabel {
                rows.append(TableRow(.subtotal, [TableCell(label), AmountCells.kronor(group.sum)]))
            }
            if let label = group.resultLabel, let result = group.result {
                let kind: TableRow.Kind = group.id == statement.groups.last?.id ? .total : .subtotal
                rows.append(TableRow(kind, [TableCell(label), AmountCells.kronor(result)]))
            }
        }
        if statement.groups.last?.resultLabel == nil {
            rows.append(TableRow(.total, [TableCell("Periodens resultat"), AmountCells.kronor(statement.result)]))
        }
        return Table(columns: [TableColumn(.relative(1)), amount], headerRows: [header], rows: rows,
                     caption: "Resultaträkning \(period), ackumulerat", summary: "Resultaträkning")
    }

    /// The cost centres with a budget first, then those the books give no budget (a
    /// project financed outside it) under their own heading, with their outcome only: a
    /// budget of 0 beside them would read as an overrun.
    static func costCentres(_ followUp: CostCentreFollowUp, roundingRule: String) -> [Block] {
        let figure = TableColumn(.fixed(.mm(27)), numeric: true)
        let header = TableRow(.header, texts: ["Kod", "Kostnadsställe", followUp.budgetHeading, followUp.periodBudgetHeading,
                                               followUp.outcomeHeading])
        func row(_ row: CostCentreFollowUp.Row) -> TableRow {
            let budgets = row.hasBudget ? [AmountCells.integer(row.budgetTkr), AmountCells.integer(row.periodBudgetTkr)]
                : [TableCell("–", alignment: .right), TableCell("–", alignment: .right)]
            return TableRow(.body, [TableCell(row.code), TableCell(row.name ?? "(namn saknas i bokföringen)")] + budgets
                + [AmountCells.integer(row.outcomeTkr)])
        }
        var rows = followUp.rows.filter(\.hasBudget).map(row)
        let unbudgeted = followUp.rows.filter { !$0.hasBudget }
        if !unbudgeted.isEmpty {
            rows.append(TableRow(.body, [TableCell([.bold("Utan budget i bokföringen, endast utfall")], columnSpan: 5)]))
            rows += unbudgeted.map(row)
        }
        rows.append(TableRow(.total, [TableCell("Totalt", columnSpan: 2), AmountCells.integer(followUp.totalBudgetTkr),
                                      AmountCells.integer(followUp.totalPeriodBudgetTkr), AmountCells.integer(followUp.totalOutcomeTkr)]))
        let table = Table(columns: [TableColumn(.automatic), TableColumn(.relative(1)), figure, figure, figure], headerRows: [header],
                          rows: rows, caption: caption(followUp.content), summary: "Uppföljning per kostnadsställe")
        return [.table(table), .paragraph(Paragraph(note(followUp, roundingRule), style: "bildtext"))]
    }

    /// The caption names what the rows hold.
    static func caption(_ content: CostCentreFollowUp.Content) -> String {
        switch content {
        case .costs: return "Kostnader per kostnadsställe, budget och utfall, tkr"
        case .net: return "Nettokostnad per kostnadsställe (intäkter minus kostnader), budget och utfall, tkr"
        }
    }

    /// Which cost centres have no budget, and the rounding rule. How the table meets the
    /// income statement is a check, for the check report (TertialCheckText).
    private static func note(_ followUp: CostCentreFollowUp, _ roundingRule: String) -> String {
        var sentences: [String] = []
        let unbudgeted = followUp.rows.filter { !$0.hasBudget }.map(\.code)
        if !unbudgeted.isEmpty {
            sentences.append("Bokföringen har ingen budget för " + TertialParticipantTables.list(unbudgeted)
                + "; de visas med sitt utfall och ingår i totalen.")
        }
        sentences.append(roundingRule)
        return sentences.joined(separator: " ")
    }
}
