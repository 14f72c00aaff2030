/// rapport.yaml → ReportSettings (the files it names: `FolderFiles`).
enum SettingsReader {
    static func read(_ root: YamlNode) throws -> ReportSettings {
        try ReportKind.require(.annualReport, in: root)
        try root.allowKeys(["typ", "år", "förbund", "beslut", "layout", "antal_anställda", "budgeterade_platser",
                            "balanskrav", "andelar", "filer", "räkningar", "kontoplan", "innehåll", "underskrift"])
        let association = try root.required("förbund")
        let decision = try root.required("beslut")
        try decision.allowKeys(["datum", "ort"])
        var settings = ReportSettings(
            year: try root.year("år"),
            association: try AssociationIdentity.read(association, complete: true),
            decisionDate: try decision.date("datum"), decisionPlace: try decision.string("ort"),
            layout: try root.optionalString("layout") ?? "arsredovisning",
            employees: try root.optionalInt("antal_anställda", in: 0...) ?? 0,
            budgetedPlaces: try root.optionalInt("budgeterade_platser", in: 0...),
            balanceRequirement: try balanceRequirement(root.optional("balanskrav")),
            costShares: try costShares(root.optional("andelar")))
        settings.statements = try root.optionalString("räkningar") ?? settings.statements
        settings.furniture = try furniture(root)
        if let plan = try root.optional("kontoplan") {
            let name = MappingReader.normalized(try plan.string()).replacingOccurrences(of: "_", with: "-")
            let known = try BuiltInAccountPlans.names()
            guard known.contains(name) else {
                throw plan.error("Okänd kontoplan \"\(try plan.string())\": ska vara \(known.joined(separator: " eller ")).")
            }
            settings.accountPlan = name
        }
        settings.signing = try signing(root.optional("underskrift")?.optional("sätt"))
        return settings
    }

    private static func balanceRequirement(_ node: YamlNode?) throws -> BalanceRequirementInput {
        var input = BalanceRequirementInput()
        guard let node else { return input }
        try node.allowKeys(["realisationsvinster", "realisationsvinster_enligt_undantag", "realisationsförluster_enligt_undantag",
                            "orealiserade_värdepapper", "återföring_orealiserade_värdepapper", "synnerliga_skäl", "åtgärdsplan"])
        input.location = node.location
        input.realisedGains = try node.optionalMoney("realisationsvinster") ?? .zero
        input.realisedGainsExempt = try node.optionalMoney("realisationsvinster_enligt_undantag") ?? .zero
        input.realisedLossesExempt = try node.optionalMoney("realisationsförluster_enligt_undantag") ?? .zero
        input.unrealisedSecurities = try node.optionalMoney("orealiserade_värdepapper") ?? .zero
        input.reversedUnrealisedSecurities = try node.optionalMoney("återföring_orealiserade_värdepapper") ?? .zero
        input.exceptionalReasons = try node.optionalString("synnerliga_skäl")
        if let plan = try node.optional("åtgärdsplan") {
            try plan.allowKeys(["beslutad", "text", "återställning"])
            input.plan = RecoveryPlanInput(
                decided: try plan.optionalDate("beslutad"), text: try plan.string("text"),
                steps: try plan.required("återställning").items().map {
                    try $0.allowKeys(["år", "belopp"])
                    return RecoveryStep(year: try $0.year("år"), amount: try $0.required("belopp").money())
                }, location: plan.location)
        }
        return input
    }

    private static func signing(_ node: YamlNode?) throws -> SigningVariant {
        guard let node else { return .wetInk }
        let text = try node.string()
        guard let variant = SigningVariant.read(text) else {
            throw node.error("Ska vara \(SigningVariant.choices), men är \"\(text)\".")
        }
        return variant
    }

    private static func costShares(_ node: YamlNode?) throws -> [CostShareInput] {
        guard let node else { return [] }
        return try node.items().map { item in
            try item.allowKeys(["namn", "text", "kostnadsställen"])
            let centres = try item.required("kostnadsställen")
            return CostShareInput(name: try item.string("namn"), label: try item.optionalString("text") ?? "",
                                  centres: try centres.strings().map { text in
                                      guard let range = AccountRange(text) else {
                                          throw centres.error("Ska vara ett kostnadsställe eller intervall som 3001-3019, men är \"\(text)\".")
                                      }
                                      return range
                                  })
        }
    }
}
