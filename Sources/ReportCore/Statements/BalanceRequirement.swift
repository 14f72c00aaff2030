/// Balanskravsresultat (kommunallagen 11 kap.): the year's result adjusted for realised
/// and unrealised gains and losses. A negative result needs a plan or synnerliga skäl.
public struct BalanceRequirement: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var sign: String
        public var label: String
        public var amount: Money
        public var tkr: Tkr
    }

    public var rows: [Row]
    public var result: Money
    public var resultTkr: Tkr
    public var recoveryPlan: RecoveryPlan?
    public var exceptionalReasons: String?
}

public struct RecoveryPlan: Equatable, Sendable, Codable {
    public var decided: CalendarDate?
    public var text: String
    public var steps: [RecoveryStep]
    public var total: Money
}

enum BalanceRequirementBuilder {
    static func build(result: Money, input: BalanceRequirementInput) -> BalanceRequirement {
        let lines: [(String, String, Money)] = [
            ("", "Årets resultat enligt resultaträkningen", result),
            ("−", "Samtliga realisationsvinster", -input.realisedGains),
            ("+", "Realisationsvinster enligt undantagsmöjlighet", input.realisedGainsExempt),
            ("+", "Realisationsförluster enligt undantagsmöjlighet", input.realisedLossesExempt),
            ("−/+", "Orealiserade vinster och förluster i värdepapper", input.unrealisedSecurities),
            ("+/−", "Återföring av orealiserade vinster och förluster i värdepapper", input.reversedUnrealisedSecurities),
        ]
        let rounded = rounded(result: result, adjustments: lines.dropFirst().map(\.2))
        let rows = lines.indices.map {
            BalanceRequirement.Row(sign: lines[$0].0, label: lines[$0].1, amount: lines[$0].2, tkr: rounded.lines[$0])
        }
        let plan = input.plan.map {
            RecoveryPlan(decided: $0.decided, text: $0.text, steps: $0.steps, total: $0.steps.map(\.amount).sum())
        }
        return BalanceRequirement(rows: rows, result: lines.map(\.2).sum(), resultTkr: rounded.total,
                                  recoveryPlan: plan, exceptionalReasons: input.exceptionalReasons)
    }

    /// The year's result prints as it does everywhere else (rounded on its own), the
    /// balance-requirement result is rounded from its exact value, and the adjustments
    /// share the difference by largest remainder, so that the column adds up. The
    /// difference always lies between the adjustments' floors and their floors plus the
    /// number of adjustments with a remainder.
    static func rounded(result: Money, adjustments: [Money]) -> (lines: [Tkr], total: Tkr) {
        let resultTkr = TkrRule.round(result)
        let total = TkrRule.round(result + adjustments.sum())
        let parts = LargestRemainder.split(numerators: adjustments.map(\.ore), denominator: total.unitOre,
                                           target: total.units - resultTkr.units)
        return ([resultTkr] + parts.map { Tkr($0) }, total)
    }
}
