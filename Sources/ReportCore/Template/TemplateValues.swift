/// The tokens of the bundled templates, from what the books know (nothing without them).
public enum TemplateValues {
    public static let commentWords = [
        "år": "året", "fjol": "föregående år", "förfjol": "året före", "beslutsår": "ÅÅÅÅ", "namn": "förbundet",
        "kontoplan_skäl": "Ange vilken kontoplan bokföringen följer.",
    ]

    public static func make(_ facts: BooksFacts?, booksFile: String?) -> [String: String] {
        var values: [String: String] = ["från_bokföringen": ""]
        guard let facts else { return values }
        values["bokföring"] = booksFile
        values["från_bokföringen"] = " från bokföringen " + (booksFile ?? "") + (facts.program.map { " (\($0))" } ?? "")
        if let name = facts.name, !name.isEmpty { values["namn"] = TemplateText.quoted(name) }
        if let number = facts.organisationNumber, !number.isEmpty { values["organisationsnummer"] = number }
        if let year = facts.year {
            values["år"] = String(year)
            values["fjol"] = String(year - 1)
            values["förfjol"] = String(year - 2)
            values["beslutsår"] = String(year + 1)
            values["folkmängd_datum"] = "\(year - 1)-06-30"
        }
        if let plan = facts.plan.plan { values["kontoplan"] = plan }
        values["kontoplan_skäl"] = "Kontoplanen är \(facts.plan.plan ?? "okänd"): \(facts.plan.reason)."
        if let history = facts.lastYear {
            values["historik_källa"] = " Året \(history.year) är räknat ur bokföringens föregående år."
            for (token, row) in [("h_medlemmar", "intäkt_från_medlemmar"), ("h_externa", "externa_projekt"),
                                 ("h_kostnader", "verksamhetens_kostnader"), ("h_resultat", "årets_resultat"),
                                 ("h_eget_kapital", "eget_kapital"), ("h_tillgångar", "totala_tillgångar")] {
                values[token] = history.figures[row].map(String.init)
            }
        }
        if needsBudgetFile(facts) {
            values["budget_rad"] = "  budget: budget.csv            # budget per kostnadsställe (bokföringen har ingen #PBUDGET)"
        }
        if facts.proposal.yaml != nil {
            values["mappning_rad"] = "  mappning: mappning.yaml        # förslag: konton som standardmappningen inte placerar"
        }
        return values
    }

    /// A tertial report's mappning.yaml is its whole income statement: the plan's default.
    public static func tertialMapping(_ plan: String?) throws -> String {
        let name = plan ?? "kommun-bas"
        return [
            "# Vilka konton som bildar vilken rad i tertialrapportens resultaträkning: hela resultaträkningen,",
            "# här \(name == "bas" ? "BAS" : "Kommun-Bas")-kontoplanens standard\(plan == nil ? " (bokföringen visade inte kontoplanen; byt till BAS om den följer BAS)" : ""). Ändra rader och kontointervall",
            "# efter förbundets egna konton; varje konto med belopp ska höra till exakt en rad.",
            try MappingProposal.planText(name),
        ].joined(separator: "\n") + "\n"
    }

    public static func needsBudgetFile(_ facts: BooksFacts) -> Bool { !facts.hasBudget && !facts.costCentres.isEmpty }

    /// budget.csv with a row per cost centre of the books, the amounts left to the office.
    public static func budgetCSV(_ facts: BooksFacts) -> String {
        var lines = [
            "# Budget \(facts.year.map(String.init) ?? "") per kostnadsställe i kronor, enligt verksamhetsplanen. Kostnader skrivs med",
            "# minustecken. Kostnadsställena är bokföringens (#OBJEKT 1).",
            "kostnadsställe;intäkter;kostnader",
        ]
        for centre in facts.costCentres {
            lines.append("# \(centre.code) \(centre.name): budgeterade intäkter och kostnader")
            lines.append("\(centre.code);\(Placeholders.marker);\(Placeholders.marker)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
