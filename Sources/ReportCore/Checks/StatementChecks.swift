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

    /// The equity accounts may change only by the result: a posting straight to equity
    /// makes the income statement and the balance sheet tell different stories.
    static func resultAndEquity(_ ledger: LedgerView, result: YearPair, file: String) -> [Finding] {
        var findings: [Finding] = []
        let movement = ledger.kindClosing(0, .equity) - ledger.kindOpening(0, .equity)
        if !movement.isZero {
            let change = movement + result.thisYear
            findings.append(Finding(.error, code: "resultat-eget-kapital",
                                    message: "Årets resultat \(result.thisYear.kronorText) är inte förändringen av eget kapital \(change.kronorText) (\(difference(change, result.thisYear))): eget kapital har bokförts direkt.",
                                    location: SourceLocation(file: file)))
        }
        if ledger.hasLastYearBalances, let last = result.lastYear {
            let before = ledger.kindOpening(-1, .equity)
            let expected = before + last
            let opening = ledger.kindOpening(0, .equity)
            if expected != opening {
                findings.append(Finding(.error, code: "resultat-eget-kapital",
                                        message: "Ingående eget kapital \(opening.kronorText) är inte föregående års ingående eget kapital \(before.kronorText) plus föregående års resultat \(last.kronorText) = \(expected.kronorText) (\(difference(opening, expected)))",
                                        location: SourceLocation(file: file)))
            }
        }
        return findings
    }

    /// The cash flow statement's bottom line against the cash and bank accounts' own
    /// change (UB − IB), each year it has.
    static func cashFlow(_ flow: YearPair?, ledger: LedgerView, year: Int, file: String) -> [Finding] {
        guard let flow else { return [] }
        var findings: [Finding] = []
        for (offset, statement) in [(0, flow.thisYear), (-1, flow.lastYear)] {
            guard let statement else { continue }
            let cash = ledger.kindClosing(offset, .cash) - ledger.kindOpening(offset, .cash)
            guard statement != cash else { continue }
            findings.append(Finding(.error, code: "kassaflode-avstamning",
                                    message: "Kassaflödesanalysen \(year + offset) stämmer inte med kassa och bank: förändring av likvida medel \(statement.kronorText), men kassa- och bankkontona ändrades med \(cash.kronorText) (\(difference(statement, cash)))",
                                    location: SourceLocation(file: file)))
        }
        return findings
    }

    static func operating(_ statement: OperatingStatement?, result: Money, file: String) -> [Finding] {
        guard let statement, statement.total.exact.net != result else { return [] }
        let net = statement.total.exact.net
        return [Finding(.error, code: "drift-summa",
                        message: "Driftredovisningens netto \(net.kronorText) är inte årets resultat \(result.kronorText) (\(difference(net, result))): alla intäkter och kostnader måste ha ett kostnadsställe i #PSALDO.",
                        location: SourceLocation(file: file))]
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
