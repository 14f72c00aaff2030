/// Named figures from the described statements, for prose: every statement row by its id
/// (`rad_<id>_kr`, `_tkr`, `_mkr`, and `_foregaende_ar_` the same for last year), and the
/// opening and closing equity, the result in millions and the cost per participant.
extension NamedFiguresBuilder {
    static func statementFigures(_ tables: [ReportTable], into figures: inout [String: NamedFigure]) {
        for table in tables where table.kind != .note {
            let now = table.columnYears.lastIndex(of: 0)
            let last = table.columnYears.lastIndex(of: -1)
            for row in table.rows {
                if let column = now, let value = row.exact[column] { amounts("rad_\(row.id)", value, into: &figures) }
                if let column = last, let value = row.exact[column] { amounts("rad_\(row.id)_foregaende_ar", value, into: &figures) }
            }
        }
    }

    static func amounts(_ name: String, _ value: Money, into figures: inout [String: NamedFigure]) {
        figures[name + "_kr"] = NamedFigure(text: value.formattedKronor, value: value.decimalString)
        let tkr = TkrRule.round(value)
        figures[name + "_tkr"] = NamedFigure(text: tkr.formatted, value: tkr.description)
        let mkr = Tkr(units: millions(value), decimals: 1)
        figures[name + "_mkr"] = NamedFigure(text: mkr.formatted, value: mkr.description)
    }

    static func moreFigures(_ parts: Parts, openingEquity: Money?, into figures: inout [String: NamedFigure]) {
        let result = Tkr(units: millions(parts.result.thisYear), decimals: 1)
        figures["resultat_mkr"] = NamedFigure(text: result.formatted, value: result.description)
        figures["eget_kapital_utgaende_tkr"] = NamedFigure(text: parts.solvency.equityTkr.formatted, value: parts.solvency.equityTkr.description)
        if let openingEquity {
            let opening = TkrRule.round(openingEquity)
            figures["eget_kapital_ingaende_tkr"] = NamedFigure(text: opening.formatted, value: opening.description)
        }
        if let participants = parts.participants, participants.total.total > 0 {
            let perParticipant = roundedQuotient(-parts.totalCosts.ore, Int64(participants.total.total) * 100)
            figures["kostnad_per_deltagare_kr"] = NamedFigure(text: SwedishNumberFormat.integer(perParticipant), value: String(perParticipant))
        }
    }
}
