/// The multi-year overview's columns must be consistent each year (members + projects +
/// costs = result), from year to year (equity grows by the result), and last year's
/// history must agree with the books' last-year figures.
enum HistoryChecks {
    static func run(_ overview: MultiYearOverview, history: [HistoryYear], lastYear: (result: Money, equity: Money, assets: Money)?) -> [Finding] {
        var findings: [Finding] = []
        let location = { (year: Int) in history.first { $0.year == year }?.location }
        for column in overview.columns where !column.computed {
            let sum = column.memberRevenue.units + column.externalRevenue.units + column.costs.units
            if sum != column.result.units {
                findings.append(Finding(.error, code: "historik-rader",
                                        message: "Historiken \(column.year): \(column.memberRevenue.formatted) + \(column.externalRevenue.formatted) \(signed(column.costs)) = \(SwedishNumberFormat.integer(sum)) tkr, men årets resultat anges som \(column.result.formatted) tkr (skillnad \(abs(sum - column.result.units)))",
                                        location: location(column.year)))
            }
        }
        for (later, earlier) in zip(overview.columns, overview.columns.dropFirst()) where later.year == earlier.year + 1 {
            let expected = earlier.equity.units + later.result.units
            if expected != later.equity.units {
                findings.append(Finding(.error, code: "historik-eget-kapital",
                                        message: "Eget kapital \(later.year) är \(later.equity.formatted) tkr, men \(earlier.year) års \(earlier.equity.formatted) tkr plus årets resultat \(later.result.formatted) tkr blir \(SwedishNumberFormat.integer(expected)) tkr (skillnad \(abs(expected - later.equity.units)))",
                                        location: location(later.computed ? earlier.year : later.year)))
            }
        }
        if let lastYear, let current = overview.columns.first, let past = history.first(where: { $0.year == current.year - 1 }) {
            for (label, stated, books) in [("årets resultat", past.result, lastYear.result), ("eget kapital", past.equity, lastYear.equity),
                                           ("totala tillgångar", past.totalAssets, lastYear.assets)] {
                let rounded = TkrRule.round(books).units
                guard Int64(stated) != rounded else { continue }
                findings.append(Finding(.error, code: "historik-foregaende-ar",
                                        message: "Historiken \(past.year) anger \(label) \(SwedishNumberFormat.integer(Int64(stated))) tkr, men bokföringens föregående år ger \(books.kronorText) = \(SwedishNumberFormat.integer(rounded)) tkr",
                                        location: past.location))
            }
        }
        return findings
    }

    private static func signed(_ value: Tkr) -> String {
        value.units < 0 ? "\u{2212} " + Tkr(units: -value.units, decimals: value.decimals).formatted : "+ " + value.formatted
    }
}
