/// Checks that the computed statements agree with each other, to the öre.
enum StatementChecks {
    static func difference(_ a: Money, _ b: Money) -> String { "skillnad \(Money(ore: Int64((a - b).ore.magnitude)).kronorText)" }

    static func balance(_ figures: StatementKeyFigures, file: String) -> [Finding] {
        var findings: [Finding] = []
        let assets = figures.totalAssets, other = figures.totalEquityAndLiabilities
        for (label, assets, other) in [("Ingående balans", assets.opening, other.opening),
                                       ("Balansräkningen", assets.closing, other.closing)] where assets != other {
            findings.append(Finding(.error, code: "balansrakning-obalans",
                                    message: "\(label) balanserar inte: tillgångar \(assets.kronorText), eget kapital och skulder \(other.kronorText) (\(difference(assets, other)))",
                                    location: SourceLocation(file: file)))
        }
        return findings
    }

    /// The equity accounts (those of the balance sheet's `eget_kapital` row, its result
    /// left out) may change only by the result: a posting straight to equity makes the
    /// income statement and the balance sheet tell different stories. And this year's
    /// opening equity is last year's opening plus last year's result.
    static func resultAndEquity(_ evaluator: StatementEvaluator, set: StatementSet, result: YearPair, file: String) -> [Finding] {
        guard let row = set.row(.equity) else { return [] }
        let accounts = evaluator.balanceAccounts(of: row)
        var findings: [Finding] = []
        let movement = evaluator.total(accounts, year: 0, measure: .change)
        if !movement.isZero {
            let change = movement + result.thisYear
            findings.append(Finding(.error, code: "resultat-eget-kapital",
                                    message: "Årets resultat \(result.thisYear.kronorText) är inte förändringen av eget kapital \(change.kronorText) (\(difference(change, result.thisYear))): eget kapital har bokförts direkt.",
                                    location: SourceLocation(file: file)))
        }
        if evaluator.ledger.hasLastYearBalances, let last = result.lastYear {
            let before = evaluator.total(accounts, year: -1, measure: .opening)
            let expected = before + last
            let opening = evaluator.total(accounts, year: 0, measure: .opening)
            if expected != opening {
                findings.append(Finding(.error, code: "resultat-eget-kapital",
                                        message: "Ingående eget kapital \(opening.kronorText) är inte föregående års ingående eget kapital \(before.kronorText) plus föregående års resultat \(last.kronorText) = \(expected.kronorText) (\(difference(opening, expected)))",
                                        location: SourceLocation(file: file)))
            }
        }
        return findings
    }

    /// The cash flow statement's bottom line (`årets_kassaflöde`) against the change
    /// (UB − IB) of the accounts of its `likvida_medel` row, each year it has.
    static func cashFlow(_ flow: YearPair?, _ evaluator: StatementEvaluator, set: StatementSet, year: Int, file: String) -> [Finding] {
        guard let flow, let row = set.row(.cash) else { return [] }
        let accounts = evaluator.balanceAccounts(of: row)
        var findings: [Finding] = []
        for (offset, statement) in [(0, flow.thisYear), (-1, flow.lastYear)] {
            guard let statement else { continue }
            let cash = evaluator.total(accounts, year: offset, measure: .change)
            guard statement != cash else { continue }
            findings.append(Finding(.error, code: "kassaflode-avstamning",
                                    message: "Kassaflödesanalysen \(year + offset) stämmer inte med likvida medel: årets kassaflöde är \(statement.kronorText), men kontona i raden \"\(row.label ?? row.id)\" (\(accounts.joined(separator: ", "))) ändrades med \(cash.kronorText) (\(difference(statement, cash)))",
                                    location: SourceLocation(file: file)))
        }
        return findings
    }

    /// Each operating row marked `roll: årets_resultat` is the year's result.
    static func operating(_ statement: OperatingStatement?, result: Money, file: String) -> [Finding] {
        guard let statement else { return [] }
        return statement.resultRows.sorted { $0.key < $1.key }.filter { $0.value != result }.map { label, net in
            Finding(.error, code: "drift-summa",
                    message: "Driftredovisningens rad \"\(label)\" (\(net.kronorText)) är inte årets resultat \(result.kronorText) (\(difference(net, result))): varje intäkt och kostnad måste höra till en rad i driftredovisningen, och där raderna tar kostnadsställen ha ett kostnadsställe i #PSALDO.",
                    location: SourceLocation(file: file))
        }
    }

    static func balanceRequirement(_ requirement: BalanceRequirement, location: SourceLocation?) -> [Finding] {
        guard requirement.result.isNegative else { return [] }
        let deficit = -requirement.result
        if let plan = requirement.recoveryPlan {
            guard plan.total < deficit else { return [] }
            return [Finding(.error, code: "balanskrav-plan",
                            message: "Åtgärdsplanen återställer \(plan.total.kronorText), men balanskravsresultatet är \(requirement.result.kronorText) (\(difference(deficit, plan.total)) saknas)",
                            location: location)]
        }
        if requirement.exceptionalReasons != nil { return [] }
        return [Finding(.error, code: "balanskrav-plan",
                        message: "Balanskravsresultatet är negativt (\(requirement.result.kronorText)): rapport.yaml behöver en åtgärdsplan (balanskrav: åtgärdsplan) eller synnerliga skäl.",
                        location: location ?? SourceLocation(file: "rapport.yaml"))]
    }
}
