/// Where the named figures come from: a statement row's (`rad_<id>_kr`, `_tkr`, `_mkr`,
/// last year's as `_foregaende_ar_`), a sum of mapping lines' accounts (the result, the
/// equity, the costs), or an input file. Book amounts are given only where they add up to
/// the figure's exact value.
struct FigureTrail {
    let ledger: LedgerView
    let reportYear: Int
    let rows: [RowProvenance]

    func figures(_ figures: [String: NamedFigure], exact: [String: Money]) -> [String: FigureProvenance] {
        var result: [String: FigureProvenance] = [:]
        for (name, figure) in figures {
            result[name] = rowFigure(name, figure) ?? booksFigure(name, figure, exact: exact)
                ?? FigureProvenance(value: figure.value, rule: Self.inputRule(name), rows: [], amounts: [], exact: nil)
        }
        return result
    }

    /// `rad_<id>[_foregaende_ar]_(kr|tkr|mkr)`: the row's cell of that year.
    func rowFigure(_ name: String, _ figure: NamedFigure) -> FigureProvenance? {
        guard name.hasPrefix("rad_"), let unit = ["_kr", "_tkr", "_mkr"].first(where: name.hasSuffix) else { return nil }
        var id = String(name.dropFirst(4).dropLast(unit.count))
        let lastYear = id.hasSuffix("_foregaende_ar")
        if lastYear { id = String(id.dropLast("_foregaende_ar".count)) }
        let year = reportYear + (lastYear ? -1 : 0)
        guard let row = rows.first(where: { $0.id == id && $0.tableKind != "not" }),
              let cell = row.cells.last(where: { $0.year == year }) else { return nil }
        let units = ["_kr": "i kronor och öre", "_tkr": "avrundad till tkr (hälften bort från noll)",
                     "_mkr": "i miljoner kronor med en decimal (hälften bort från noll)"]
        return FigureProvenance(value: figure.value, rule: "Raden \"\(row.label)\" i \(row.tableTitle.lowercased()), \(cell.column), \(units[unit]!).",
                                rows: [row.id], amounts: cell.amounts, exact: cell.exact)
    }

    /// Figures that are sums of mapping lines' accounts.
    func booksFigure(_ name: String, _ figure: NamedFigure, exact: [String: Money]) -> FigureProvenance? {
        guard let (rule, parts) = Self.bookRules(name), let value = exact[name] else { return nil }
        let amounts = parts.flatMap { part in
            ledger.mapping.allLines.filter(part.lines).flatMap { line in
                ledger.accounts(of: line.id).map { account -> BookAmount in
                    let booked = part.measure == .result ? ledger.result(part.year, account) : ledger.closing(part.year, account)
                    return BookAmount(account: account, name: ledger.accountName(account), costCentre: nil, year: reportYear + part.year,
                                      source: part.measure == .result ? "#RES" : "#UB", booked: booked,
                                      amount: Money(ore: (part.measure == .result ? -1 : line.kind.reportSign) * booked.ore), vouchers: nil)
                }
            }
        }.filter { !$0.booked.isZero }
        let adds = amounts.map(\.amount).sum() == value
        return FigureProvenance(value: figure.value, rule: rule, rows: [], amounts: adds ? amounts : [], exact: value)
    }

    /// Lines of the mapping, a year and the amount each account gives.
    struct Part {
        var lines: (MappedLine) -> Bool
        var year: Int
        var measure: Measure
    }

    static func bookRules(_ name: String) -> (String, [Part])? {
        let result = Part(lines: { !$0.kind.isBalance }, year: 0, measure: .result)
        switch name {
        case "resultat_kr", "resultat_tkr", "resultat_mkr":
            return ("Årets resultat: intäkts- och kostnadskontonas #RES, intäkter positiva och kostnader negativa.", [result])
        case "resultat_foregaende_ar_tkr":
            return ("Fjolårets resultat: intäkts- och kostnadskontonas #RES för fjolåret.", [Part(lines: result.lines, year: -1, measure: .result)])
        case "verksamhetens_kostnader_tkr":
            return ("Kostnadskontonas #RES, finansiella kostnader medräknade.", [Part(lines: { $0.kind == .cost }, year: 0, measure: .result)])
        case "medlemsfinansiering_tkr", "medlemsfinansiering_mkr":
            return ("Medlemsbidragens konton (#RES).", [Part(lines: { $0.note == .memberContributions }, year: 0, measure: .result)])
        case "totala_tillgangar_tkr":
            return ("Tillgångskontonas utgående balans (#UB).",
                    [Part(lines: { $0.kind.isBalance && $0.kind.reportSign == 1 }, year: 0, measure: .closing)])
        case "eget_kapital_tkr", "eget_kapital_kr", "eget_kapital_utgaende_tkr":
            return ("Eget kapital vid årets slut: eget kapital-kontonas utgående balans (#UB, före bokslut) och årets resultat (#RES).",
                    [Part(lines: { $0.kind == .equity }, year: 0, measure: .closing), result])
        default:
            return nil
        }
    }

    static func inputRule(_ name: String) -> String {
        if name.hasPrefix("deltagare") || name.hasPrefix("budgeterade_platser") || name.hasPrefix("platser_") || name.hasPrefix("kostnad_per_deltagare") {
            return "Ur deltagaruppgifterna (och för kostnad per deltagare: verksamhetens kostnader delat med antalet deltagare)."
        }
        if name.hasPrefix("styrelse") { return "Ur styrelse.yaml: ledamöter som sitter på beslutsdagen." }
        if name.hasPrefix("andel_") { return "Kostnadsställenas utfall i driftredovisningen delat med verksamhetens kostnader, i promille avrundat." }
        if name.hasPrefix("eget_kapital") || name.hasPrefix("soliditet") {
            return "Balansräkningens eget kapital; soliditet är eget kapital delat med totala tillgångar, i hela procent."
        }
        if name.hasPrefix("balanskrav") { return "Balanskravsutredningen: årets resultat med justeringarna i rapport.yaml." }
        if name.hasPrefix("budget") { return "Driftredovisningens budget, summa netto." }
        if name.hasPrefix("verksamhetens_intakter") { return "Intäkterna utom medlemsbidragen, i miljoner kronor med en decimal." }
        return "Ur rapport.yaml eller rapportmappens filer."
    }
}

/// The members' contributions note: the booked total from its accounts and each
/// member's weight in the split (`MemberFinancingBuilder`).
enum MemberSplitTrail {
    static func build(_ financing: MemberFinancingNote, members: [MemberRecord], ledger: LedgerView, reportYear: Int) -> MemberSplitProvenance {
        let lines = ledger.mapping.allLines.filter { $0.note == .memberContributions }
        let amounts = lines.flatMap { ledger.accounts(of: $0.id) }.map { account in
            BookAmount(account: account, name: ledger.accountName(account), costCentre: nil, year: reportYear, source: "#RES",
                       booked: ledger.result(0, account), amount: -ledger.result(0, account), vouchers: nil)
        }.filter { !$0.booked.isZero }
        let weights = MemberFinancingBuilder.shares(members).weights
        let total = weights.reduce(0, +)
        var shares = financing.rows.enumerated().map { index, row in
            MemberShare(label: row.label, weight: index < weights.count ? weights[index] : 0, of: total, amount: row.amount, tkr: row.tkr)
        }
        let people = financing.municipalities.map { Int64($0.population) }.reduce(0, +)
        shares += financing.municipalities.map {
            MemberShare(label: $0.name, weight: Int64($0.population), of: people, amount: $0.amount, tkr: $0.tkr)
        }
        return MemberSplitProvenance(
            rule: "Det bokförda medlemsbidraget fördelas: staten hälften, regionen en fjärdedel och kommunerna en fjärdedel, "
                + "kommunerna emellan efter folkmängd; ören och tiondels tkr fördelas med största rest så att raderna blir summan.",
            total: financing.total, amounts: amounts, shares: shares)
    }
}
