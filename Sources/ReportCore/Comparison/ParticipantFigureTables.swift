/// The participants as the annual report prints them: per municipality and gender with
/// their sum, and the caption's budgeted places and the share of them taken.
extension FigureTables {
    static func participants(_ participants: ParticipantTable) -> [FigureTable] {
        guard !participants.rows.isEmpty else { return [] }
        var rows = participants.rows.map { row($0, id: $0.municipality) } + [row(participants.total, id: "summa")]
        if let places = participants.budgetedPlaces {
            rows.append(FigureRow(id: "budgeterade_platser", label: ParticipantTable.budgetedPlacesLabel, cells: [
                FigureCell(column: "Antal", figure: ComparedFigure(printed: Int64(places), unit: .count)),
            ]))
        }
        if let share = participants.shareOfPlacesPerMille {
            rows.append(FigureRow(id: "andel_av_platser", label: ParticipantTable.shareOfPlacesLabel, cells: [
                FigureCell(column: "Andel", figure: ComparedFigure(printed: Int64(share), unit: .perMille)),
            ]))
        }
        return [FigureTable(key: "deltagare", section: ParticipantTable.title, rows: rows)]
    }

    private static func row(_ row: ParticipantTable.Row, id: String) -> FigureRow {
        FigureRow(id: id, label: row.municipality, cells: [
            FigureCell(column: ParticipantTable.womenHeading, figure: ComparedFigure(printed: Int64(row.women), unit: .count)),
            FigureCell(column: ParticipantTable.menHeading, figure: ComparedFigure(printed: Int64(row.men), unit: .count)),
            FigureCell(column: ParticipantTable.totalHeading, figure: ComparedFigure(printed: Int64(row.total), unit: .count)),
        ])
    }
}
