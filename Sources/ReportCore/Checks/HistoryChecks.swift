/// The multi-year overview's figures must hold together each year (a sum row is the sum
/// of its rows), from year to year (equity grows by the year's result) and against the
/// books (last year's history is what last year's books give).
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

    /// One column's figures as the checks see them.
    struct Year {
        var year: Int
        var figures: [String: Int64]
        var predecessor: String?
        var computed: Bool
        var location: SourceLocation?
    }

    static func run(_ description: OverviewDescription, thisYear: Year, history: [HistoryYear], lastYear: OverviewFigures?) -> [Finding] {
        var findings: [Finding] = []
        let years = history.map { Year(year: $0.year, figures: $0.figures, predecessor: $0.predecessor, computed: false, location: $0.location) }
        for past in years where past.predecessor == nil && past.year >= thisYear.year {
            findings.append(Finding(.error, code: "historik-ar",
                                    message: "Historiken anger året \(past.year), men rapporten gäller \(thisYear.year); historiken är tidigare års siffror.",
                                    location: past.location))
        }
        for past in years { findings += sums(description, past) }
        findings += equityChain(description, [thisYear] + years.filter { $0.predecessor == nil && $0.year < thisYear.year })
        for caption in Set(years.compactMap(\.predecessor)).sorted() {
            findings += equityChain(description, years.filter { $0.predecessor == caption })
        }
        if let lastYear, let past = history.first(where: { $0.predecessor == nil && $0.year == thisYear.year - 1 }) {
            findings += againstBooks(description, past, lastYear)
        }
        return findings
    }

    /// Every sum row against its terms, within what rounding the terms and the sum explains.
    static func sums(_ description: OverviewDescription, _ past: Year) -> [Finding] {
        description.rows.compactMap { row -> Finding? in
            let terms = row.sumTerms
            guard !terms.isEmpty, let stated = past.figures[row.id] else { return nil }
            let parts = terms.map { term in term.sign * (past.figures[term.id] ?? 0) }
            let sum = parts.reduce(0, +)
            let figures = terms.count + 1
            guard abs(sum - stated) > tolerance(figures: figures) else { return nil }
            let written = parts.enumerated().map { index, part in
                index == 0 ? SwedishNumberFormat.integer(part) : (part < 0 ? "\u{2212} " : "+ ") + SwedishNumberFormat.integer(abs(part))
            }.joined(separator: " ")
            return Finding(.error, code: "historik-rader", message:
                "Historiken \(past.year): \(written) = \(SwedishNumberFormat.integer(sum)) tkr, men \(MultiYearOverview.inSentence(row.label)) anges som \(SwedishNumberFormat.integer(stated)) tkr (skillnad \(abs(sum - stated)); \(toleranceText(figures)))",
                location: past.location)
        }
    }

    /// Equity each year is last year's equity plus the year's result, for consecutive years
    /// of one organisation (a merger may bring in capital, so a predecessor's last year is
    /// not chained to the association's first).
    static func equityChain(_ description: OverviewDescription, _ years: [Year]) -> [Finding] {
        guard let equity = description.row(role: .equity), let result = description.row(role: .result) else { return [] }
        var findings: [Finding] = []
        for (later, earlier) in zip(years, years.dropFirst()) where later.year == earlier.year + 1 {
            guard let before = earlier.figures[equity.id], let after = later.figures[equity.id], let change = later.figures[result.id] else { continue }
            let expected = before + change
            guard abs(expected - after) > tolerance(figures: 3) else { continue }
            findings.append(Finding(.error, code: "historik-eget-kapital", message:
                "\(equity.label) \(later.year) är \(SwedishNumberFormat.integer(after)) tkr, men \(earlier.year) års \(SwedishNumberFormat.integer(before)) tkr plus \(MultiYearOverview.inSentence(result.label)) \(SwedishNumberFormat.integer(change)) tkr blir \(SwedishNumberFormat.integer(expected)) tkr (skillnad \(abs(expected - after)); \(toleranceText(3)))",
                location: later.computed ? earlier.location : later.location))
        }
        return findings
    }

    /// Last year's history against last year's books: a figure rounded on its own within
    /// half a tkr of its exact amount, a row under a sum (rounded so that the sum adds up)
    /// within one tkr.
    static func againstBooks(_ description: OverviewDescription, _ past: HistoryYear, _ books: OverviewFigures) -> [Finding] {
        let summed = Set(description.rows.flatMap { $0.sumTerms.map(\.id) })
        return description.rows.compactMap { row -> Finding? in
            guard row.unit == .tkr, let exact = books.exact[row.id], let stated = past.figures[row.id] else { return nil }
            let off = abs(stated * Tkr(0).unitOre - exact.ore)
            let isTerm = summed.contains(row.id)
            guard isTerm ? off >= Tkr(0).unitOre : off > Tkr(0).unitOre / 2 else { return nil }
            let given = isTerm ? "\(exact.kronorText), och en rad under en summa får avvika mindre än 1 tkr från sitt exakta belopp"
                : "\(exact.kronorText) = \(TkrRule.round(exact).formatted) tkr"
            return Finding(.error, code: "historik-foregaende-ar", message:
                "Historiken \(past.year) anger \(MultiYearOverview.inSentence(row.label)) \(SwedishNumberFormat.integer(stated)) tkr, men bokföringens föregående år ger \(given)",
                location: past.location)
        }
    }
}
