/// rapport.yaml → ReportSettings and the paths of the other inputs.
enum SettingsReader {
    struct Files {
        var books = "bokforing.se"
        var board = "styrelse.yaml"
        var members = "medlemmar.yaml"
        var participants: String? = "deltagare.csv"
        var history: String? = "historik.yaml"
        var mapping: String? = "mappning.yaml"
        var budget: String? = "budget.csv"
        var texts = "texter"
    }

    static func read(_ root: YamlNode) throws -> (ReportSettings, Files) {
        try ReportKind.require(.annualReport, in: root)
        let association = try root.required("förbund")
        let decision = try root.required("beslut")
        let settings = ReportSettings(
            year: try root.int("år"),
            association: try AssociationIdentity.read(association, complete: true),
            decisionDate: try decision.date("datum"), decisionPlace: try decision.string("ort"),
            layout: try root.optionalString("layout") ?? "arsredovisning",
            employees: try root.optionalInt("antal_anställda") ?? 0,
            budgetedPlaces: try root.optionalInt("budgeterade_platser"),
            balanceRequirement: try balanceRequirement(root.optional("balanskrav")),
            costShares: try costShares(root.optional("andelar")))
        return (settings, try files(root.optional("filer")))
    }

    private static func files(_ node: YamlNode?) throws -> Files {
        var files = Files()
        guard let node else { return files }
        files.books = try node.optionalString("bokföring") ?? files.books
        files.board = try node.optionalString("styrelse") ?? files.board
        files.members = try node.optionalString("medlemmar") ?? files.members
        files.participants = try node.optionalString("deltagare") ?? files.participants
        files.history = try node.optionalString("historik") ?? files.history
        files.mapping = try node.optionalString("mappning") ?? files.mapping
        files.budget = try node.optionalString("budget") ?? files.budget
        files.texts = try node.optionalString("texter") ?? files.texts
        return files
    }

    private static func balanceRequirement(_ node: YamlNode?) throws -> BalanceRequirementInput {
        var input = BalanceRequirementInput()
        guard let node else { return input }
        input.location = node.location
        input.realisedGains = try node.optionalMoney("realisationsvinster") ?? .zero
        input.realisedGainsExempt = try node.optionalMoney("realisationsvinster_enligt_undantag") ?? .zero
        input.realisedLossesExempt = try node.optionalMoney("realisationsförluster_enligt_undantag") ?? .zero
        input.unrealisedSecurities = try node.optionalMoney("orealiserade_värdepapper") ?? .zero
        input.reversedUnrealisedSecurities = try node.optionalMoney("återföring_orealiserade_värdepapper") ?? .zero
        input.exceptionalReasons = try node.optionalString("synnerliga_skäl")
        if let plan = try node.optional("åtgärdsplan") {
            input.plan = RecoveryPlanInput(
                decided: try plan.optionalDate("beslutad"), text: try plan.string("text"),
                steps: try plan.required("återställning").items().map {
                    RecoveryStep(year: try $0.int("år"), amount: try $0.required("belopp").money())
                }, location: plan.location)
        }
        return input
    }

    private static func costShares(_ node: YamlNode?) throws -> [CostShareInput] {
        guard let node else { return [] }
        return try node.items().map { item in
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
