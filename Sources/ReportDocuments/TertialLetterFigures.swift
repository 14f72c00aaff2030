import ReportCore
import ReportLayout

/// The member's own figures in its letter, where the template says `{{ tabell.nyckeltal }}`:
/// participants against the expected annual volume, the activity against its places, the
/// cost centres against the period's budget, the contribution booked so far, and the
/// association's result against budget with the year's forecast and its method.
enum TertialLetterFigures {
    static func blocks(_ figures: MemberFigures, period: ReportPeriod) -> [Block] {
        var blocks: [Block] = []
        if let table = participants(figures, period: period) { blocks.append(.table(table)) }
        blocks.append(.table(costCentres(figures, period: period)))
        blocks.append(.table(contribution(figures.contribution, period: period)))
        if let forecast = figures.forecast { blocks += result(forecast, period: period) }
        return blocks
    }

    private static func labelled(_ rows: [(String, String)]) -> [TableRow] {
        rows.map { TableRow(.body, [TableCell($0.0), TableCell($0.1, alignment: .right)]) }
    }

    private static func twoColumns() -> [TableColumn] { [TableColumn(.relative(1)), TableColumn(.automatic, numeric: true)] }

    static func participants(_ figures: MemberFigures, period: ReportPeriod) -> Table? {
        guard let people = figures.participants else { return nil }
        let share = people.shareOfExpectedPermille.map { " (\(percentText(permille: $0)))" } ?? ""
        var rows = [("Deltagare under perioden", "\(people.total) av förväntade \(people.expectedAnnual) för året\(share)"),
                    ("Tid av året", "\(people.monthsElapsed) av \(people.monthsInYear) månader (\(percentText(permille: people.elapsedPermille)))"),
                    ("Varav unika", "\(people.unique)"), ("Nya under året (inflöde)", "\(people.inflow)"), ("Utflöde", "\(people.outflow)")]
        if let activity = figures.activity {
            let share = activity.sharePermille.map { " (\(percentText(permille: $0)))" } ?? ""
            rows.append((activity.name, "\(activity.count) av \(activity.budgetedPlaces) budgeterade platser\(share)"))
        }
        let whose = figures.scope == .member ? "folkbokförda i \(figures.subject)" : "hela förbundet"
        return Table(columns: twoColumns(), headerRows: [], rows: labelled(rows),
                     caption: "Antal deltagare \(period.name), \(whose)", summary: "Deltagare och förväntad årsvolym")
    }

    static func costCentres(_ figures: MemberFigures, period: ReportPeriod) -> Table {
        let amount = TableColumn(.automatic, numeric: true)
        let header = TableRow(.header, texts: ["Kostnadsställe", "Budget perioden", "Utfall perioden", "Utfall − budget"])
        func row(_ label: String, budget: Money?, outcome: Money, kind: TableRow.Kind) -> TableRow {
            let deviation = budget.map { AmountCells.kronor(outcome - $0) } ?? TableCell("–", alignment: .right)
            return TableRow(kind, [TableCell(label), budget.map { AmountCells.kronor($0) } ?? TableCell("–", alignment: .right),
                                   AmountCells.kronor(outcome), deviation])
        }
        var rows = figures.costCentres.map { centre in
            row("\(centre.code) \(centre.name ?? "")", budget: centre.hasBudget ? centre.periodBudget : nil, outcome: centre.outcome, kind: .body)
        }
        let unbudgeted = figures.costCentreOutcomeWithoutBudget
        if figures.scope == .association && !unbudgeted.isZero {
            rows.append(row("Med budget", budget: figures.costCentrePeriodBudget, outcome: figures.costCentreOutcome - unbudgeted, kind: .body))
            rows.append(row("Utan budget, endast utfall", budget: nil, outcome: unbudgeted, kind: .body))
        }
        let totalLabel = figures.scope == .member ? "Summa" : "Samtliga kostnadsställen"
        var total = row(totalLabel, budget: figures.costCentrePeriodBudget, outcome: figures.costCentreOutcome, kind: .total)
        // Outcome without a budget is no deviation from one: the total's deviation is left out then.
        if !unbudgeted.isZero { total.cells[3] = TableCell("–", alignment: .right) }
        rows.append(total)
        let whose = figures.scope == .member ? "\(genitive(figures.subject)) kostnadsställen" : "förbundets kostnadsställen"
        return Table(columns: [TableColumn(.relative(1)), amount, amount, amount], headerRows: [header], rows: rows,
                     caption: "Kostnader på \(whose), \(period.name), kr", summary: "Kostnader mot periodens budget")
    }

    static func contribution(_ contribution: MemberFigures.Contribution, period: ReportPeriod) -> Table {
        var rows = [TableRow(.body, [TableCell("Bidrag för \(contribution.year)"), AmountCells.kronor(contribution.forYear)])]
        if let booked = contribution.bookedInPeriod {
            let share = contribution.bookedPermille.map { " (\(percentText(permille: $0)) av året)" } ?? ""
            rows.append(TableRow(.body, [TableCell("Bokfört \(period.name)\(share)"), AmountCells.kronor(booked)]))
        }
        return Table(columns: twoColumns(), headerRows: [], rows: rows, caption: "Medlemsbidrag \(contribution.year), kr",
                     summary: "Medlemsbidraget för året och det som är bokfört")
    }

    static func result(_ forecast: ResultForecast, period: ReportPeriod) -> [Block] {
        let rows = [
            TableRow(.body, [TableCell("Periodens resultat, \(period.name)"), AmountCells.kronor(forecast.periodResult)]),
            TableRow(.body, [TableCell("Budget för perioden"), AmountCells.kronor(forecast.periodBudget)]),
            TableRow(.body, [TableCell("Utfall − budget"), AmountCells.kronor(forecast.periodResult - forecast.periodBudget)]),
            TableRow(.total, [TableCell("Prognos för helåret \(period.end.year)"), AmountCells.kronor(forecast.forecast)]),
            TableRow(.body, [TableCell("Budget för helåret"), AmountCells.kronor(forecast.yearBudget)]),
        ]
        let table = Table(columns: twoColumns(), headerRows: [], rows: rows, caption: "Förbundets resultat \(period.end.year), kr",
                          summary: "Resultat mot budget och prognos för året")
        return [.table(table), .paragraph(Paragraph(method(forecast) + " " + aim(forecast), style: "bildtext"))]
    }

    /// "Marks", "Borås": Swedish genitive, no extra s after s, x or z.
    static func genitive(_ name: String) -> String {
        guard let last = name.last?.lowercased() else { return name }
        return ["s", "x", "z"].contains(last) ? name : name + "s"
    }

    /// The forecast's method, in words.
    static func method(_ forecast: ResultForecast) -> String {
        switch forecast.method {
        case .budgetProfile:
            guard let rest = forecast.remainingMonthsName else { return "Prognosen är årets utfall." }
            return "Prognosen följer budgetprofilen: periodens utfall och budgeten för \(rest)."
        case .linear:
            return "Prognosen är linjär: periodens utfall för \(forecast.monthsElapsed) månader räknat upp till \(forecast.monthsInYear)."
        }
    }

    /// What the year's budget aims at.
    static func aim(_ forecast: ResultForecast) -> String {
        forecast.yearBudget.isZero ? "Budgeten för året ger ett nollresultat."
            : "Budgeten för året ger ett resultat på \(forecast.yearBudget.formattedKronor) kr."
    }
}
