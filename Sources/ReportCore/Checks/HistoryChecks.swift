/// The multi-year overview's columns must be consistent each year (members + projects +
/// costs = result), from year to year (equity grows by the result), and last year's
/// history must agree with the books' last-year figures.
///
/// Each figure is rounded to tkr on its own, so it is off its exact value by at most
/// 0,5 tkr: a sum of rounded figures may miss the rounded total by the rounding of its
/// terms. The checks allow that (`tolerance`) and say so; anything beyond is an error.
enum HistoryChecks {
    /// The largest difference that correct rounding of `figures` numbers can make, whole tkr:
    /// each is off by at most one half, so n figures by less than n/2 in all but the case
    /// where every one of them lies exactly on a half.
    static func tolerance(figures: Int) -> Int64 { Int64((figures - 1) / 2) }

    static func toleranceText(_ figures: Int) -> String {
        "var och en av de \(figures) talen är avrundad till tkr för sig, så avrundningen förklarar högst ±\(tolerance(figures: figures)) tkr"
    }

    static func run(_ overview: MultiYearOverview, history: [HistoryYear], lastYear: (result: Money, equity: Money, assets: Money)?) -> [Finding] {
        var findings: [Finding] = []
        let location = { (year: Int) in history.first { $0.year == year }?.location }
        for column in overview.columns where !column.computed {
            let sum = column.memberRevenue.units + column.externalRevenue.units + column.costs.units
            if abs(sum - column.result.units) > tolerance(figures: 4) {
                findings.append(Finding(.error, code: "historik-rader",
                                        message: "Historiken \(column.year): \(column.memberRevenue.formatted) + \(column.externalRevenue.formatted) \(signed(column.costs)) = \(SwedishNumberFormat.integer(sum)) tkr, men årets resultat anges som \(column.result.formatted) tkr (skillnad \(abs(sum - column.result.units)); \(toleranceText(4)))",
                                        location: location(column.year)))
            }
        }
        for (later, earlier) in zip(overview.columns, overview.columns.dropFirst()) where later.year == earlier.year + 1 {
            let expected = earlier.equity.units + later.result.units
            if abs(expected - later.equity.units) > tolerance(figures: 3) {
                findings.append(Finding(.error, code: "historik-eget-kapital",
                                        message: "Eget kapital \(later.year) är \(later.equity.formatted) tkr, men \(earlier.year) års \(earlier.equity.formatted) tkr plus årets resultat \(later.result.formatted) tkr blir \(SwedishNumberFormat.integer(expected)) tkr (skillnad \(abs(expected - later.equity.units)); \(toleranceText(3)))",
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
