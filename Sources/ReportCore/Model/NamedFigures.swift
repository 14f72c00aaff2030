/// The figures prose may refer to by name, formatted the Swedish way.
enum NamedFiguresBuilder {
    struct Parts {
        var year: Int
        var result: YearPair
        var solvency: Solvency
        var memberFinancing: MemberFinancingNote?
        var participants: ParticipantTable?
        var balanceRequirement: BalanceRequirement
        var board: BoardModel
        var operating: OperatingStatement?
        var costShares: [(String, Money)]
        var totalCosts: Money
        var operatingRevenue: Money
        var history: [HistoryYear]
    }

    static func build(_ parts: Parts, settings: ReportSettings) -> [String: NamedFigure] {
        var figures: [String: NamedFigure] = [:]
        func tkr(_ name: String, _ value: Tkr) { figures[name] = NamedFigure(text: value.formatted, value: value.description) }
        func kr(_ name: String, _ value: Money) { figures[name] = NamedFigure(text: value.formattedKronor, value: value.decimalString) }
        func int(_ name: String, _ value: Int) { figures[name] = NamedFigure(text: SwedishNumberFormat.integer(Int64(value)), value: String(value)) }
        func text(_ name: String, _ value: String) { figures[name] = NamedFigure(text: value, value: value) }

        figures["ar"] = NamedFigure(text: String(parts.year), value: String(parts.year))
        figures["foregaende_ar"] = NamedFigure(text: String(parts.year - 1), value: String(parts.year - 1))
        text("forbundets_namn", settings.association.name)
        text("beslutsdatum", settings.decisionDate.description)
        text("beslutsort", settings.decisionPlace)
        int("antal_anstallda", settings.employees)
        kr("resultat_kr", parts.result.thisYear)
        tkr("resultat_tkr", TkrRule.round(parts.result.thisYear))
        if let last = parts.result.lastYear { tkr("resultat_foregaende_ar_tkr", TkrRule.round(last)) }
        tkr("eget_kapital_tkr", parts.solvency.equityTkr)
        kr("eget_kapital_kr", parts.solvency.equity)
        tkr("totala_tillgangar_tkr", parts.solvency.totalAssetsTkr)
        text("soliditet_procent", "\(parts.solvency.percent)\u{00A0}%")
        tkr("balanskravsresultat_tkr", parts.balanceRequirement.resultTkr)
        tkr("verksamhetens_kostnader_tkr", TkrRule.round(parts.totalCosts))
        tkr("verksamhetens_intakter_mkr", Tkr(units: millions(parts.operatingRevenue), decimals: 1))
        if let financing = parts.memberFinancing {
            tkr("medlemsfinansiering_tkr", TkrRule.round(financing.total))
            tkr("medlemsfinansiering_mkr", Tkr(units: millions(financing.total), decimals: 1))
        }
        if let participants = parts.participants {
            int("deltagare_totalt", participants.total.total)
            int("deltagare_kvinnor", participants.total.women)
            int("deltagare_man", participants.total.men)
            if let places = participants.budgetedPlaces { int("budgeterade_platser", places) }
            if let share = participants.shareOfPlacesPerMille { text("platser_andel_procent", percentText(permille: share)) }
        }
        if let last = parts.history.first(where: { $0.year == parts.year - 1 }), let counts = last.participants {
            int("deltagare_kvinnor_foregaende_ar", counts.women)
            int("deltagare_man_foregaende_ar", counts.men)
            int("deltagare_totalt_foregaende_ar", counts.women + counts.men)
        }
        if let operating = parts.operating {
            if let net = operating.budgetNet { tkr("budget_netto_tkr", TkrRule.round(net)) }
            let budgeted = operating.budgetedCentreCosts.values.sum()
            if !budgeted.isZero {
                text("andel_av_budget_anvand_procent", percentText(permille: perMilleShare(operating.centreCosts.values.sum(), of: budgeted)))
            }
        }
        int("styrelse_antal_ledamoter", parts.board.seatsOnDecisionDate)
        for (name, amount) in parts.costShares where !parts.totalCosts.isZero {
            text("andel_\(name)_procent", percentText(permille: perMilleShare(amount, of: parts.totalCosts)))
        }
        return figures
    }

    /// amount / total in thousandths, rounded half away from zero, exactly (no floating point).
    static func perMilleShare(_ amount: Money, of total: Money) -> Int {
        Int(roundedQuotient(amount.ore * 1000, total.ore))
    }

    /// Millions of kronor with one decimal, half away from zero, as tenths.
    static func millions(_ amount: Money) -> Int64 {
        roundedQuotient(amount.ore, 10_000_000)
    }
}
