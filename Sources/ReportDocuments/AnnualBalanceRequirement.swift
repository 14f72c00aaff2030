import ReportCore
import ReportLayout

/// Balanskravsresultat in tkr, and, when it is negative, the board's plan to restore it or
/// its reference to synnerliga skäl.
enum AnnualBalanceRequirement {
    static func blocks(_ requirement: BalanceRequirement) -> [Block] {
        let rows = requirement.rows.map { row in
            TableRow(.body, [TableCell(row.sign), AmountCells.label(row.label), AmountCells.tkr(row.tkr)])
        }
        let total = TableRow(.total, [TableCell("="), AmountCells.label("Balanskravsresultat"), AmountCells.tkr(requirement.resultTkr)])
        let table = Table(
            columns: [TableColumn(.fixed(Points(26))), AmountCells.labelColumn(), AmountCells.amountColumn()],
            headerRows: [TableRow(.header, [TableCell(""), TableCell("Belopp i tkr"), TableCell("tkr", alignment: .right)])],
            rows: rows + [total], summary: "Balanskravsresultat")
        var blocks: [Block] = [.keepTogether([.table(table)])]
        if let plan = requirement.recoveryPlan { blocks += recoveryPlan(plan) }
        if let reasons = requirement.exceptionalReasons {
            blocks.append(.paragraph(Paragraph([.bold("Synnerliga skäl: "), .text(reasons)])))
        }
        return blocks
    }

    static func recoveryPlan(_ plan: RecoveryPlan) -> [Block] {
        let decided = plan.decided.map { " (beslutad \($0))" } ?? ""
        let rows = plan.steps.map { TableRow(.body, [AmountCells.label(String($0.year)), AmountCells.kronor($0.amount)]) }
        let total = TableRow(.total, [AmountCells.label("Summa"), AmountCells.kronor(plan.total)])
        let table = Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["År", "Återställs, kr"])],
            rows: rows + [total], summary: "Åtgärdsplan")
        return [.keepTogether([.paragraph(Paragraph([.bold("Åtgärdsplan\(decided): "), .text(plan.text)])), .table(table)])]
    }
}
