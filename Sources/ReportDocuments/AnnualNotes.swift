import ReportCore
import ReportLayout

/// Noter: the accounting principles (with the tkr rounding rule, stated here once), the
/// members' contributions and one note per statement line with its accounts and a sum.
/// Each note's heading carries the anchor that the statements' "Not N" links point to.
enum AnnualNotes {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, "Noter"))]
        blocks += principles(model)
        var numbered: [(Int, [Block])] = model.notes.map { ($0.number, accountNote($0)) }
        if let financing = model.memberFinancing, let number = financing.number {
            numbered.append((number, AnnualMemberFinancingNote.blocks(financing, number: number)))
        }
        for (_, note) in numbered.sorted(by: { $0.0 < $1.0 }) { blocks += note }
        return blocks
    }

    /// Not 1 when the folder has a principles text (the core then numbers the other
    /// notes from 2), else an unnumbered paragraph with the rounding rule.
    static func principles(_ model: AnnualReportModel) -> [Block] {
        let rule = Block.paragraph(Paragraph(model.roundingRule))
        guard let text = model.texts.first(where: { $0.id == AnnualManagementReport.principlesId }) else {
            return [.heading(Heading(level: 2, "Redovisningsprinciper", numbered: false)), rule]
        }
        let body = text.blocks.filter { $0.kind != .heading || $0.level ?? 1 > 1 }
        return [noteHeading(1, text.title ?? "Redovisningsprinciper")] + ProseComposer.blocks(body, headingLevelOffset: 1) + [rule]
    }

    static func noteHeading(_ number: Int, _ title: String) -> Block {
        .heading(Heading(level: 2, "Not\u{00A0}\(number) \(title)", numbered: false, anchor: AmountCells.anchor(note: number)))
    }

    static func accountNote(_ note: AccountNote) -> [Block] {
        let rows = note.rows.map { row in
            TableRow(.body, [TableCell(row.account), AmountCells.label(row.name), AmountCells.kronor(row.thisYear), AmountCells.kronor(row.lastYear)])
        }
        let total = TableRow(.total, [TableCell("Summa", columnSpan: 2), AmountCells.kronor(note.total.thisYear), AmountCells.kronor(note.total.lastYear)])
        let titles = ["Konto", "Benämning"] + note.columns
        let table = Table(
            columns: [TableColumn(.fixed(Points(40))), AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(titles, left: 2)],
            rows: rows + [total], summary: "Not \(note.number) \(note.title)")
        return [.keepTogether([noteHeading(note.number, note.title), .table(table)])]
    }
}
