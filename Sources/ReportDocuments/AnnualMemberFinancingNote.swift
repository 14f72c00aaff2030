import ReportCore
import ReportLayout

/// The members' contributions note in tkr with one decimal: the member parties' shares,
/// then the municipalities' quarter split by population.
enum AnnualMemberFinancingNote {
    static func blocks(_ note: MemberFinancingNote, number: Int) -> [Block] {
        let rows = note.rows.map { TableRow(.body, [AnnualCells.label($0.label), AnnualCells.tkr($0.tkr)]) }
        let parties = Table(
            columns: [AnnualCells.labelColumn(), AnnualCells.amountColumn()],
            headerRows: [AnnualCells.header(["Ägarparternas bidrag", "tkr"])],
            rows: rows + [TableRow(.total, [AnnualCells.label("Totalt"), AnnualCells.tkr(note.totalTkr)])],
            summary: "Ägarparternas bidrag")
        var blocks: [Block] = [AnnualNotes.noteHeading(number, note.title), .table(parties)]
        if !note.municipalities.isEmpty { blocks.append(.table(municipalities(note))) }
        return [.keepTogether(blocks)]
    }

    static func municipalities(_ note: MemberFinancingNote) -> Table {
        let rows = note.municipalities.map { row in
            TableRow(.body, [AnnualCells.label(row.name), AnnualCells.integer(row.population), AnnualCells.tkr(row.tkr)])
        }
        let date = note.populationDate.map { " \($0)" } ?? ""
        let total = TableRow(.total, [AnnualCells.label("Summa kommuner"),
                                      AnnualCells.integer(note.municipalities.map(\.population).reduce(0, +)),
                                      AnnualCells.tkr(note.municipalTotalTkr)])
        return Table(
            columns: [AnnualCells.labelColumn(), AnnualCells.amountColumn(), AnnualCells.amountColumn()],
            headerRows: [AnnualCells.header(["Kommunernas andel", "Invånare\(date)", "tkr"])],
            rows: rows + [total], summary: "Kommunernas andel efter befolkning")
    }
}
