/// A budget by row (`rad;belopp`) is written in the report's sign, a budget per cost centre
/// with revenue positive and costs negative. A flipped sign would print a budget and a
/// deviation that are both wrong, so a figure against its sign stops the report (a finding,
/// exit 1), naming the file, the line, the column and the row or cost centre.
enum BudgetSignChecks {
    static func run(_ lines: [BudgetLine]?, description: OperatingDescription?, ledger: LedgerView) -> [Finding] {
        guard let lines, let description else { return [] }
        let accounts = Set(ledger.books.accounts.keys).union(LedgerView.accountsWithAmounts(ledger.books)).sorted()
        var findings: [Finding] = []
        for row in description.rows where row.isAccountRow {
            let (sign, reason) = BudgetSign.of(row, ledger: ledger, accounts: accounts)
            guard let reason else { continue }
            let named = row.budgetLines ?? [row.id]
            for line in lines where named.contains(line.id) && !sign.allows(line.amount) {
                findings.append(Finding(.error, code: "budget-tecken", message: message(line, row: row, sign: sign, reason: reason),
                                        location: line.amountLocation))
            }
        }
        return findings
    }

    /// A budget per cost centre (`kostnadsställe;intäkter;kostnader`): revenue without sign,
    /// costs with a minus, as in the books. A figure against that stops the report at its
    /// cell, in the words of a row's budget above.
    static func centres(_ budgets: [CentreBudget]?) -> [Finding] {
        (budgets ?? []).flatMap { budget -> [Finding] in
            let subject = "Budgeten för kostnadsstället \"\(budget.centre)\""
            var findings: [Finding] = []
            if budget.revenue.isNegative {
                findings.append(Finding(.error, code: "budget-tecken", message: "\(subject) har intäkter \(budget.revenue.kronorText), men "
                                            + "intäkter skrivs utan minustecken; skriv \(typed(-budget.revenue)).",
                                        location: budget.revenueLocation))
            }
            if budget.costs.ore > 0 {
                findings.append(Finding(.error, code: "budget-tecken", message: "\(subject) har kostnader \(budget.costs.kronorText), men "
                                            + "kostnader skrivs med minustecken (som i bokföringen); skriv \(typed(-budget.costs)).",
                                        location: budget.costsLocation))
            }
            return findings
        }
    }

    static func message(_ line: BudgetLine, row: OperatingRowDescription, sign: BudgetSign, reason: BudgetSign.Reason) -> String {
        let subject = "Budgeten för raden \"\(line.id)\"" + (line.id == row.id ? "" : " (till raden \"\(row.id)\")")
        let written = sign == .minus ? "skrivs med minustecken" : "skrivs utan minustecken"
        let fix = "; skriv \(typed(-line.amount))."
        switch reason {
        case .stated:
            return "\(subject) är \(line.amount.kronorText), men raden har budgettecken: \(sign.rawValue) i driftredovisningen\(fix)"
        case .revenue:
            return "\(subject) är \(line.amount.kronorText), men raden är en intäkt (kontona hör till kontoplanens intäktsrader), "
                + "och intäkter \(written)\(fix)"
        case .cost:
            return "\(subject) är \(line.amount.kronorText), men raden är en kostnad (kontona hör till kontoplanens kostnadsrader), "
                + "och kostnader \(written)\(fix)"
        case .balance:
            return "\(subject) är \(line.amount.kronorText), men raden är ett saldo (eget kapital, skulder eller tillgångar), "
                + "som \(written)\(fix) Är beloppet verkligen negativt, skriv budgettecken: båda på raden i driftredovisningen."
        }
    }

    /// The amount as it is typed in the file: `-14060000`, `1250,50`.
    static func typed(_ amount: Money) -> String {
        amount.ore % 100 == 0 ? String(amount.ore / 100) : amount.decimalString.replacingOccurrences(of: ".", with: ",")
    }
}
