/// Checks that the computed statements agree with each other, to the öre.
enum StatementChecks {
    static func kr(_ amount: Money) -> String { amount.formattedKronor + " kr" }

    static func difference(_ a: Money, _ b: Money) -> String { "skillnad \((a - b).formattedKronor.replacingOccurrences(of: "\u{2212}", with: "")) kr" }

    static func balance(_ sheet: BalanceSheet, file: String) -> [Finding] {
        var findings: [Finding] = []
        for (label, assets, other) in [("Ingående balans", sheet.totalAssets.opening, sheet.totalEquityAndLiabilities.opening),
                                       ("Balansräkningen", sheet.totalAssets.closing, sheet.totalEquityAndLiabilities.closing)] {
            guard let assets, let other, assets != other else { continue }
            findings.append(Finding(.error, code: "balansrakning-obalans",
                                    message: "\(label) balanserar inte: tillgångar \(kr(assets)), eget kapital och skulder \(kr(other)) (\(difference(assets, other)))",
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
                                    message: "Årets resultat \(kr(result.thisYear)) är inte förändringen av eget kapital \(kr(change)) (\(difference(change, result.thisYear))): eget kapital har bokförts direkt.",
                                    location: SourceLocation(file: file)))
        }
        if ledger.hasLastYearBalances, let last = result.lastYear {
            let before = ledger.kindOpening(-1, .equity)
            let expected = before + last
            let opening = ledger.kindOpening(0, .equity)
            if expected != opening {
                findings.append(Finding(.error, code: "resultat-eget-kapital",
                                        message: "Ingående eget kapital \(kr(opening)) är inte föregående års ingående eget kapital \(kr(before)) plus föregående års resultat \(kr(last)) = \(kr(expected)) (\(difference(opening, expected)))",
                                        location: SourceLocation(file: file)))
            }
        }
        return findings
    }

    static func cashFlow(_ flow: CashFlowStatement, year: Int, file: String) -> [Finding] {
        var findings: [Finding] = []
        let columns: [(Int, Money?, Money?)] = [(year, flow.changeInLiquidFunds.thisYear, flow.cashAccountsChange.thisYear),
                                                (year - 1, flow.changeInLiquidFunds.lastYear, flow.cashAccountsChange.lastYear)]
        for (column, statement, cash) in columns {
            guard let statement, let cash, statement != cash else { continue }
            findings.append(Finding(.error, code: "kassaflode-avstamning",
                                    message: "Kassaflödesanalysen \(column) stämmer inte med kassa och bank: förändring av likvida medel \(kr(statement)), men kassa- och bankkontona ändrades med \(kr(cash)) (\(difference(statement, cash)))",
                                    location: SourceLocation(file: file)))
        }
        return findings
    }

    static func notes(_ notes: [AccountNote], year: Int, file: String) -> [Finding] {
        var findings: [Finding] = []
        for note in notes {
            for (column, rows, line) in [(year, note.total.thisYear, note.lineAmounts.thisYear),
                                         (year - 1, note.total.lastYear ?? .zero, note.lineAmounts.lastYear ?? .zero)] where rows != line {
                let statement = note.statement == "balans" ? "balansräkningen" : "resultaträkningen"
                findings.append(Finding(.error, code: "not-summa",
                                        message: "Not \(note.number) \(note.title) (\(column)): kontona summerar till \(kr(rows)), men raden i \(statement) är \(kr(line)) (\(difference(rows, line)))",
                                        location: SourceLocation(file: file)))
            }
        }
        return findings
    }

    static func operating(_ statement: OperatingStatement?, result: Money, file: String) -> [Finding] {
        guard let statement, statement.total.exact.net != result else { return [] }
        let net = statement.total.exact.net
        return [Finding(.error, code: "drift-summa",
                        message: "Driftredovisningens netto \(kr(net)) är inte årets resultat \(kr(result)) (\(difference(net, result))): alla intäkter och kostnader måste ha ett kostnadsställe i #PSALDO.",
                        location: SourceLocation(file: file))]
    }

    static func balanceRequirement(_ requirement: BalanceRequirement, location: SourceLocation?) -> [Finding] {
        guard requirement.result.isNegative else { return [] }
        let deficit = -requirement.result
        if let plan = requirement.recoveryPlan {
            guard plan.total < deficit else { return [] }
            return [Finding(.error, code: "balanskrav-plan",
                            message: "Åtgärdsplanen återställer \(kr(plan.total)), men balanskravsresultatet är \(kr(requirement.result)) (\(difference(deficit, plan.total)) saknas)",
                            location: location)]
        }
        if requirement.exceptionalReasons != nil { return [] }
        return [Finding(.error, code: "balanskrav-plan",
                        message: "Balanskravsresultatet är negativt (\(kr(requirement.result))): rapport.yaml behöver en åtgärdsplan (balanskrav: åtgärdsplan) eller synnerliga skäl.",
                        location: location ?? SourceLocation(file: "rapport.yaml"))]
    }
}
