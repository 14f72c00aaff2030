/// Period balances (#PSALDO without objects) against the year's figures.
///
/// For result accounts a period balance is the month's movement, so the months add up
/// to the year's result (#RES). For balance accounts SIE 4B gives the balance at the end
/// of the period, opening balance included, so the last period equals the closing
/// balance (#UB); some programs write the month's movement instead, so a file where the
/// opening balance plus the months equals the closing balance is accepted as well.
enum PeriodBalanceCheck {
    private struct Key: Hashable { var year: Int; var account: String }

    static func run(_ context: BooksCheckContext) -> [Finding] {
        var groups: [Key: [PeriodAmount]] = [:]
        for amount in context.books.periodBalances where amount.objects.isEmpty {
            groups[Key(year: amount.year, account: amount.account), default: []].append(amount)
        }
        let keys = groups.keys.sorted { $0.year != $1.year ? $0.year > $1.year : $0.account < $1.account }
        var findings: [Finding] = []
        for key in keys {
            guard let amounts = groups[key], let first = amounts.first else { continue }
            let finding = context.kind(of: key.account).isBalanceAccount
                ? checkBalanceAccount(key.year, key.account, amounts, context)
                : checkResultAccount(key.year, key.account, amounts, context)
            if var finding {
                finding.location = finding.location ?? context.location(first.line)
                findings.append(finding)
            }
        }
        return findings
    }

    private static func checkResultAccount(_ year: Int, _ account: String, _ amounts: [PeriodAmount],
                                           _ context: BooksCheckContext) -> Finding? {
        let results = context.books.results
        guard results.keys.contains(where: { $0.year == year }) else { return nil }
        let sum = amounts.reduce(CheckedSum()) { $0 + $1.amount }
        let entry = results[YearAccount(year: year, account: account)]
        let result = entry?.amount ?? .zero
        if sum.overflowed { return CheckMessages.overflow(context.accountLabel(account), context, line: amounts.first?.line) }
        guard sum.money != result else { return nil }
        let message = "\(context.accountLabel(account)): periodsaldona (#PSALDO) år \(year) summerar till \(sum.money.kronorText), "
            + "men resultatet (#RES) är \(result.kronorText)" + CheckMessages.difference(sum.money, result)
        return Finding(.error, code: "psaldo-avvikelse", message: message, location: context.location(amounts.first?.line))
    }

    private static func checkBalanceAccount(_ year: Int, _ account: String, _ amounts: [PeriodAmount],
                                            _ context: BooksCheckContext) -> Finding? {
        let books = context.books
        guard books.closingBalances.keys.contains(where: { $0.year == year }) else { return nil }
        let key = YearAccount(year: year, account: account)
        let opening = books.openingBalances[key]?.amount ?? .zero
        let closing = books.closingBalances[key]?.amount ?? .zero
        guard let last = amounts.max(by: { $0.period < $1.period }) else { return nil }
        if last.amount == closing { return nil }
        let movements = amounts.reduce(CheckedSum(opening)) { $0 + $1.amount }
        if movements.overflowed { return CheckMessages.overflow(context.accountLabel(account), context, line: last.line) }
        if movements.money == closing { return nil }
        let message = "\(context.accountLabel(account)): periodsaldona (#PSALDO) år \(year) stämmer inte med utgående balans "
            + "\(closing.kronorText): saldot för sista perioden \(last.period) är \(last.amount.kronorText)"
            + CheckMessages.difference(last.amount, closing)
            + ", och ingående balans \(opening.kronorText) plus periodernas förändringar blir \(movements.money.kronorText)"
        return Finding(.error, code: "psaldo-avvikelse", message: message, location: context.location(last.line))
    }
}
