/// Every account with an amount belongs to exactly one account row of the income
/// statement (its revenue and cost accounts) or of the balance sheet (its balance
/// accounts), as the statements are described. `varav` rows and notes do not count.
enum DescriptionChecks {
    static func coverage(_ set: StatementSet, _ evaluator: StatementEvaluator) -> [Finding] {
        let ledger = evaluator.ledger
        var findings: [Finding] = []
        for statement in set.statements where statement.kind == .income || statement.kind == .balance {
            let rows = statement.rows.filter { $0.kind == .accounts }.map { ($0, Set(evaluator.accounts(of: $0))) }
            let wanted = ledger.lineOfAccount.filter { _, line in
                ledger.linesById[line].map { $0.kind.isBalance == (statement.kind == .balance) } ?? false
            }.keys.sorted()
            for account in wanted {
                let holding = rows.filter { $0.1.contains(account) }.map(\.0)
                let name = ledger.accountName(account)
                let label = "Konto \(account)" + (name.isEmpty ? "" : " \(name)")
                if holding.isEmpty {
                    findings.append(Finding(.error, code: "konto-utan-rad",
                                            message: "\(label) har belopp men hör inte till någon rad i \"\(statement.title)\" (\(set.source)).",
                                            location: statement.location))
                } else if holding.count > 1 {
                    findings.append(Finding(.error, code: "konto-flera-rader",
                                            message: "\(label) hör till flera rader i \"\(statement.title)\": \(holding.map { "\"\($0.id)\"" }.joined(separator: " och ")).",
                                            location: holding[1].location))
                }
            }
        }
        return findings
    }
}
