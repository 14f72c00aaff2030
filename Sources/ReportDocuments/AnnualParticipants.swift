import ReportCore
import ReportLayout

/// Registered participants per municipality and gender: a table with sums and a bar chart
/// (which floats to the next page when it does not fit). The share of budgeted places is a
/// check, in the check report (CheckList); the board's text says it in its own words.
enum AnnualParticipants {
    static func blocks(_ participants: ParticipantTable?) -> [Block] {
        guard let participants, !participants.rows.isEmpty else { return [] }
        return [.keepTogether([.table(table(participants))]), .keepTogether([.chart(chart(participants))])]
    }

    static func table(_ participants: ParticipantTable) -> Table {
        let body = participants.rows.map(row)
        var total = row(participants.total)
        total.kind = .total
        return Table(
            columns: [AmountCells.labelColumn(), AmountCells.amountColumn(), AmountCells.amountColumn(), AmountCells.amountColumn()],
            headerRows: [AmountCells.header([ParticipantTable.municipalityHeading, ParticipantTable.womenHeading, ParticipantTable.menHeading,
                                              ParticipantTable.totalHeading])],
            rows: body + [total],
            summary: ParticipantTable.title)
    }

    static func row(_ row: ParticipantTable.Row) -> TableRow {
        TableRow(.body, [AmountCells.label(row.municipality), AmountCells.integer(row.women),
                         AmountCells.integer(row.men), AmountCells.integer(row.total)])
    }

    static func chart(_ participants: ParticipantTable) -> Chart {
        let rows = participants.rows
        let text = rows.map { "\($0.municipality) \($0.women) kvinnor och \($0.men) män" }.joined(separator: ", ")
        return Chart(kind: .groupedBar, title: ParticipantTable.title, categories: rows.map(\.municipality),
                     series: [ChartSeries(ParticipantTable.womenHeading, rows.map { Double($0.women) }),
                              ChartSeries(ParticipantTable.menHeading, rows.map { Double($0.men) })],
                     alternativeText: "Stapeldiagram över deltagare per kommun: \(text).")
    }

}
