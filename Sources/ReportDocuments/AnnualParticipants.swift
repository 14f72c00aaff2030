import ReportCore
import ReportLayout

/// Registered participants per municipality and gender: a table with sums and a bar chart,
/// and the share of budgeted places taken.
enum AnnualParticipants {
    static func blocks(_ participants: ParticipantTable?) -> [Block] {
        guard let participants, !participants.rows.isEmpty else { return [] }
        // The chart and its caption float together (to the next page, when they do not fit).
        var figure: [Block] = [.chart(chart(participants))]
        if let places = participants.budgetedPlaces, let share = participants.shareOfPlacesPerMille {
            let text = "\(ParticipantTable.budgetedPlacesLabel): \(number(places)). Deltagare: \(number(participants.total.total)), "
                + "det vill säga \(share / 10),\(share % 10)\u{00A0}% av de budgeterade platserna."
            figure.append(.paragraph(Paragraph(text, style: "bildtext")))
        }
        return [.keepTogether([.table(table(participants))]), .keepTogether(figure)]
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

    static func number(_ value: Int) -> String { SwedishNumberFormat.integer(Int64(value)) }
}
