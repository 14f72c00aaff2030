/// The figures prose may refer to by name, formatted the Swedish way.
enum NamedFiguresBuilder {
    struct Parts {
        var year: Int
        var income: IncomeStatement
        var solvency: Solvency
        var memberFinancing: MemberFinancingNote?
        var participants: ParticipantTable?
        var balanceRequirement: BalanceRequirement
        var board: BoardModel
        var operating: OperatingStatement?
        var overview: MultiYearOverview
        var costShares: [(String, Money)]
        var totalCosts: Money
        var operatingRevenue: Money
    }

    static func build(_ parts: Parts, settings: ReportSettings) -> [String: NamedFigure] {
        var figures: [String: NamedFigure] = [:]
        func tkr(_ name: String, _ value: Tkr) { figures[name] = NamedFigure(text: value.formatted, value: value.description) }
        func kr(_ name: String, _ value: Money) { figures[name] = NamedFigure(text: value.formattedKronor, value: value.decimalString) }
        func int(_ name: String, _ value: Int) { figures[name] = NamedFigure(text: SwedishNumberFormat.integer(Int64(value)), value: String(value)) }
        func text(_ name: String, _ value: String) { figures[name] = NamedFigure(text: value, value: value) }

        figures["ar"] = NamedFigure(text: String(parts.year), value: String(parts.year))
        text("forbundets_namn", settings.association.name)
        text("beslutsdatum", settings.decisionDate.description)
        text("beslutsort", settings.decisionPlace)
        int("antal_anstallda", settings.employees)
        kr("resultat_kr", parts.income.result.thisYear)
        tkr("resultat_tkr", TkrRule.round(parts.income.result.thisYear))
        if let last = parts.income.result.lastYear { tkr("resultat_foregaende_ar_tkr", TkrRule.round(last)) }
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
            if let share = participants.shareOfPlacesPerMille { text("platser_andel_procent", perMille(share)) }
        }
        if let operating = parts.operating { tkr("budget_netto_tkr", operating.total.budget) }
        int("styrelse_antal_ledamoter", parts.board.seatsOnDecisionDate)
        for (name, amount) in parts.costShares where !parts.totalCosts.isZero {
            let share = Int((Double(amount.ore) * 1000 / Double(parts.totalCosts.ore)).rounded())
            text("andel_\(name)_procent", perMille(share))
        }
        return figures
    }

    /// Millions of kronor with one decimal, half away from zero, as tenths.
    static func millions(_ amount: Money) -> Int64 {
        let unit: UInt64 = 10_000_000
        let magnitude = (amount.ore.magnitude + unit / 2) / unit
        return amount.ore < 0 ? -Int64(magnitude) : Int64(magnitude)
    }

    /// 986 → "98,6 %"
    static func perMille(_ value: Int) -> String {
        let sign = value < 0 ? String(SwedishNumberFormat.minusSign) : ""
        return "\(sign)\(abs(value) / 10),\(abs(value) % 10)\u{00A0}%"
    }
}
