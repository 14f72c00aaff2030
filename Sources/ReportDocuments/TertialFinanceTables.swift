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

    static func costCentres(_ followUp: CostCentreFollowUp, roundingRule: String) -> [Block] {
        let figure = TableColumn(.fixed(.mm(33)), numeric: true)
        let header = TableRow(.header, texts: ["Kod", "Kostnadsställe", "\(followUp.budgetHeading), tkr",
                                               "\(followUp.outcomeHeading), tkr"])
        var rows = followUp.rows.map { row in
            TableRow(.body, [TableCell(row.code), TableCell(row.name), AmountCells.integer(row.budgetTkr), AmountCells.integer(row.outcomeTkr)])
        }
        rows.append(TableRow(.total, [TableCell("Totalt", columnSpan: 2), AmountCells.integer(followUp.totalBudgetTkr),
                                      AmountCells.integer(followUp.totalOutcomeTkr)]))
        let table = Table(columns: [TableColumn(.automatic), TableColumn(.relative(1)), figure, figure], headerRows: [header], rows: rows,
                          caption: "Uppföljning per kostnadsställe, nettokostnad och finansnetto",
                          summary: "Uppföljning per kostnadsställe")
        return [.table(table), .paragraph(Paragraph(note(followUp, roundingRule), style: "bildtext"))]
    }

    /// How the table meets the income statement: what is booked outside the cost centres.
    private static func note(_ followUp: CostCentreFollowUp, _ roundingRule: String) -> String {
        var sentences: [String] = []
        if !followUp.outsideCostCentres.isZero {
            let result = followUp.totalOutcome + followUp.outsideCostCentres
            sentences.append("Utöver kostnadsställena är \(followUp.outsideCostCentres.formattedKronor) kr bokfört utan kostnadsställe "
                + "(bland annat medlemsbidrag, ESF-medel och finansiella poster); med dem blir utfallet "
                + "\(followUp.totalOutcome.formattedKronor) kr periodens resultat \(result.formattedKronor) kr.")
        }
        sentences.append(roundingRule)
        return sentences.joined(separator: " ")
    }
}
