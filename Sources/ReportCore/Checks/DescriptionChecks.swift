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

    /// A heading that mappning.yaml writes on a group it overrides must reach the page:
    /// when no row of the statements prints it (they write their own text, or none takes
    /// the group's result), the folder is told so at the field, never left to wonder.
    static func unprintedGroupLabels(_ set: StatementSet, _ mapping: AccountMapping) -> [Finding] {
        mapping.overriddenLabels.filter { !set.printedGroupLabels.contains(PrintedGroupLabel(group: $0.group, field: $0.field)) }.map { label in
            let how = label.field == .result
                ? "ingen rad tar gruppens resultat (gruppresultat: \(label.group))"
                : "raderna för gruppen har egen text eller ingen rad visar gruppens \(label.field.rawValue)"
            return Finding(.warning, code: "mappning-rubrik-oanvand",
                           message: "Gruppen \"\(label.group)\" har \(label.field.rawValue) här, men den syns inte i rapporten: i \(set.source) \(how). Skriv texten i räkningarna eller ta bort fältet.",
                           location: label.location)
        }
    }
}
