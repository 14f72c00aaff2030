import ReportCore
import ReportLayout

/// Balanskravsresultat in tkr, and, when it is negative, the board's plan to restore it or
/// its reference to synnerliga skäl.
enum AnnualBalanceRequirement {
    static func blocks(_ requirement: BalanceRequirement) -> [Block] {
        let rows = requirement.rows.map { row in
            TableRow(.body, [TableCell(row.sign), AnnualCells.label(row.label), AnnualCells.tkr(row.tkr)])
        }
        let total = TableRow(.total, [TableCell("="), AnnualCells.label("Balanskravsresultat"), AnnualCells.tkr(requirement.resultTkr)])
        let table = Table(
            columns: [TableColumn(.fixed(Points(26))), AnnualCells.labelColumn(), AnnualCells.amountColumn()],
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
        let rows = plan.steps.map { TableRow(.body, [AnnualCells.label(String($0.year)), AnnualCells.kronor($0.amount)]) }
        let total = TableRow(.total, [AnnualCells.label("Summa"), AnnualCells.kronor(plan.total)])
        let table = Table(
            columns: [AnnualCells.labelColumn(), AnnualCells.amountColumn()],
            headerRows: [AnnualCells.header(["År", "Återställs, kr"])],
            rows: rows + [total], summary: "Åtgärdsplan")
        return [.keepTogether([.paragraph(Paragraph([.bold("Åtgärdsplan\(decided): "), .text(plan.text)])), .table(table)])]
    }
}
