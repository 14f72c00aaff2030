import ReportCore
import ReportLayout

/// Noter: the accounting principles (with the tkr rounding rule, stated here once), the
/// members' contributions and the described notes, in number order.
/// Each note's heading carries the anchor that the statements' "Not N" links point to.
enum AnnualNotes {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, "Noter"))]
        blocks += principles(model)
        var numbered: [(Int, [Block])] = model.noteTables.compactMap { note in
            note.number.map { ($0, StatementTables.noteBlocks(note, number: $0)) }
        }
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
}
