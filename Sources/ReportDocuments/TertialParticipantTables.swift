import ReportCore
import ReportLayout

/// The participant tables: flows per municipality, counts in an activity against its
/// budget, and the monthly registrations. Each caption names the population the table
/// counts, and where two tables total the same movement differently the note under the
/// second says why (seed 002 printed 207 and 208 in-flows side by side, unexplained).
enum TertialParticipantTables {
    /// Municipalities as rows, measures as columns: eight names side by side do not fit
    /// the measure at a readable size, eight rows do.
    static func flows(_ flows: ParticipantFlows, period: String) -> Table {
        let figure = TableColumn(.fixed(.mm(23)), numeric: true)
        let header = TableRow(.header, texts: ["Kommun", "Förväntad årsvolym", "Totalt perioden", "Varav unika",
                                               "Inflöde, årets nya", "Utflöde"])
        func cells(_ row: ParticipantFlows.Row) -> [TableCell] {
            [TableCell(row.municipality)] + [row.expectedAnnual, row.total, row.unique, row.inflow, row.outflow].map(AmountCells.integer)
        }
        var rows = flows.rows.map { TableRow(.body, cells($0)) }
        rows.append(TableRow(.total, cells(flows.totals)))
        return Table(columns: [TableColumn(.relative(1))] + Array(repeating: figure, count: 5), headerRows: [header], rows: rows,
                     caption: "In- och utflöden \(period), antal deltagare \(flows.population)",
                     summary: "Deltagarflöden per kommun")
    }

    /// The activity's counts by gender and municipality against the year's budgeted
    /// places; a municipality without a row in the file shows a dash and is named below.
    static func activity(_ activity: ActivityCounts, period: String) -> [Block] {
        let figure = TableColumn(.fixed(.mm(23)), numeric: true)
        let header = TableRow(.header, texts: ["Kommun", "Kvinnor", "Män", "Totalt", "Budgeterat årsvis"])
        func cells(_ row: ActivityCounts.Row) -> [TableCell] {
            guard row.offered else { return [TableCell(row.municipality)] + Array(repeating: TableCell("–"), count: 4) }
            return [TableCell(row.municipality)] + [row.women, row.men, row.total, row.budget].map(AmountCells.integer)
        }
        var rows = activity.rows.map { TableRow(.body, cells($0)) }
        rows.append(TableRow(.total, cells(activity.totals)))
        let table = Table(columns: [TableColumn(.relative(1))] + Array(repeating: figure, count: 4), headerRows: [header], rows: rows,
                          caption: "\(activity.activity), ackumulerat antal deltagare \(period)",
                          summary: "Antal i \(activity.activity) per kommun och kön")
        let without = activity.rows.filter { !$0.offered }.map(\.municipality)
        guard !without.isEmpty else { return [.table(table)] }
        // The file only lacks the row: say that, not why (the product never guesses a reason).
        let note = "– Underlaget för \(activity.activity) har ingen rad för \(list(without))."
        return [.table(table), .paragraph(Paragraph(note, style: "bildtext"))]
    }

    /// Per month: women, men and the month's total; the period's total last.
    static func monthly(_ monthly: MonthlyRegistrations, period: String) -> Table {
        let figure = TableColumn(.fixed(.mm(30)), numeric: true)
        let header = TableRow(.header, texts: ["Månad", "Kön", "Inregistrerade", "Utregistrerade"])
        var rows: [TableRow] = []
        for month in monthly.months {
            let name = capitalized(month.name)
            rows.append(TableRow(.body, [TableCell(name), TableCell("Kvinnor"), AmountCells.integer(month.women.registered),
                                         AmountCells.integer(month.women.deregistered)]))
            rows.append(TableRow(.body, [TableCell(""), TableCell("Män"), AmountCells.integer(month.men.registered),
                                         AmountCells.integer(month.men.deregistered)]))
            rows.append(TableRow(.subtotal, [TableCell("Totalt \(month.name)", columnSpan: 2), AmountCells.integer(month.total.registered),
                                             AmountCells.integer(month.total.deregistered)]))
        }
        rows.append(TableRow(.total, [TableCell("Totalt perioden", columnSpan: 2), AmountCells.integer(monthly.periodTotal.registered),
                                      AmountCells.integer(monthly.periodTotal.deregistered)]))
        return Table(columns: [TableColumn(.relative(1)), TableColumn(.relative(1)), figure, figure], headerRows: [header], rows: rows,
                     caption: "Antal in- och utregistrerade per månad \(period), \(monthly.population)",
                     summary: "In- och utregistreringar per månad och kön")
    }

    /// "Mark", "Mark och Vårgårda", "Bollebygd, Mark och Vårgårda".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " och " + names[names.count - 1]
    }

    /// "januari" → "Januari".
    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
