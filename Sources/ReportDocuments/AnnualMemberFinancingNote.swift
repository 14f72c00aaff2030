import ReportCore
import ReportLayout

/// The members' contributions note in tkr with one decimal: the member parties' shares,
/// then the municipalities' quarter split by population.
enum AnnualMemberFinancingNote {
    static func blocks(_ note: MemberFinancingNote, number: Int) -> [Block] {
        let rows = note.rows.map { TableRow(.body, [AmountCells.label($0.label), AmountCells.tkr($0.tkr)]) }
        let parties = Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["Ägarparternas bidrag", "tkr"])],
            rows: rows + [TableRow(.total, [AmountCells.label("Totalt"), AmountCells.tkr(note.totalTkr)])],
            summary: "Ägarparternas bidrag")
        var blocks: [Block] = [AnnualNotes.noteHeading(number, note.title), .table(parties)]
        if !note.municipalities.isEmpty { blocks.append(.table(municipalities(note))) }
        return [.keepTogether(blocks)]
    }

    static func municipalities(_ note: MemberFinancingNote) -> Table {
        let rows = note.municipalities.map { row in
            TableRow(.body, [AmountCells.label(row.name), AmountCells.integer(row.population), AmountCells.tkr(row.tkr)])
        }
        let date = note.populationDate.map { " \($0)" } ?? ""
        let total = TableRow(.total, [AmountCells.label("Summa kommuner"),
                                      AmountCells.integer(note.municipalities.map(\.population).reduce(0, +)),
                                      AmountCells.tkr(note.municipalTotalTkr)])
        return Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header(["Kommunernas andel", "Invånare\(date)", "tkr"])],
            rows: rows + [total], summary: "Kommunernas andel efter befolkning")
    }
}
