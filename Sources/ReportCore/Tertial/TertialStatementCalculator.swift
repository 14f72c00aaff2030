/// The accumulated income statement from the books' period balances (#PSALDO without
/// objects) for the months of the period, grouped by the account mapping.
enum TertialStatementCalculator {
    static func compute(books: Books, booksFile: String, mapping: AccountMapping, period: ReportPeriod)
        -> (statement: TertialIncomeStatement, findings: [Finding]) {
        let amounts = accountAmounts(books, period)
        var findings = missingMonths(books, booksFile, period)
        findings += mappingFindings(amounts, books, booksFile, mapping, period)
        var groups: [TertialIncomeStatement.Group] = []
        var running = Money.zero
        for group in mapping.incomeGroups {
            let lines = group.lines.compactMap { line -> TertialIncomeStatement.Line? in
                let accounts = amounts.keys.filter { account in line.ranges.contains { $0.contains(account) } }.sorted()
                let amount = -accounts.map { amounts[$0] ?? .zero }.sum()
                return accounts.isEmpty && amount.isZero ? nil : .init(id: line.id, label: line.label, amount: amount, accounts: accounts)
            }
            let sum = lines.map(\.amount).sum()
            running += sum
            groups.append(.init(id: group.id, heading: group.label, lines: lines, sumLabel: group.sumLabel, sum: sum,
                                resultLabel: group.resultLabel, result: group.resultLabel == nil ? nil : running))
        }
        let statement = TertialIncomeStatement(groups: groups, result: running, throughMonthName: ReportPeriod.monthName(period.end))
        findings += resultCheck(statement, amounts, period)
        return (statement, findings)
    }

    /// Result accounts' movements in the period, SIE sign, per account.
    static func accountAmounts(_ books: Books, _ period: ReportPeriod) -> [String: Money] {
        var amounts: [String: Money] = [:]
        for row in books.periodBalances where row.objects.isEmpty && period.contains(row.period) {
            let kind = books.accounts[row.account]?.effectiveKind ?? Account(number: row.account, name: "").effectiveKind
            guard !kind.isBalanceAccount else { continue }
            amounts[row.account, default: .zero] += row.amount
        }
        return amounts.filter { !$0.value.isZero }
    }

    /// A month of the period without #PSALDO inside the books is a warning (it counts as
    /// zero). A month after the last month the books have any amount in is outside the
    /// books, an error: the report would print the earlier months' figures under the
    /// period's name, or a result of 0 kr for a period the export does not hold at all.
    private static func missingMonths(_ books: Books, _ file: String, _ period: ReportPeriod) -> [Finding] {
        let present = Set(books.periodBalances.map(\.period))
        let last = lastMonth(books)
        if let outside = outsideTheBooks(period, last: last, file: file) { return [outside] }
        return period.months.filter { !present.contains($0) }.map { month in
            Finding(.warning, code: "tertial-period-saknas",
                    message: "Bokföringen har inga periodsaldon (#PSALDO) för \(ReportPeriod.monthName(month)) \(month.year); "
                        + "rapporten för \(period.name) räknar den månaden som noll.",
                    location: SourceLocation(file: file))
        }
    }

    /// The error for a period that reaches past `last` (nil: the books hold every month of it).
    private static func outsideTheBooks(_ period: ReportPeriod, last: YearMonth?, file: String) -> Finding? {
        let retry = "Exportera bokföringen på nytt efter periodens slut, eller välj en period som bokföringen täcker"
        guard let last else {
            return Finding(.error, code: outsideCode, message: "Perioden \(period.name) ligger utanför bokföringen, som har inga "
                               + "periodsaldon eller verifikationer; rapporten skulle visa 0 kr för hela perioden. \(retry).",
                           location: SourceLocation(file: file))
        }
        if period.start > last {
            return Finding(.error, code: outsideCode, message: "Perioden \(period.name) ligger utanför bokföringen, som har belopp "
                               + "till och med \(ReportPeriod.monthName(last)) \(last.year); "
                               + "rapporten skulle visa 0 kr för hela perioden. \(retry).",
                           location: SourceLocation(file: file))
        }
        guard period.end > last, let held = ReportPeriod(start: period.start, end: last),
              let missing = ReportPeriod(start: last.next, end: period.end) else { return nil }
        return Finding(.error, code: outsideCode, message: "Perioden \(period.name) går längre än bokföringen, som har belopp till "
                           + "och med \(ReportPeriod.monthName(last)) \(last.year); rapporten skulle visa \(held.name) under rubriken "
                           + "\(period.name) och räkna \(missing.name) som noll. Exportera bokföringen på nytt efter periodens slut, "
                           + "eller välj en period som slutar senast \(ReportPeriod.monthName(last)) \(last.year).",
                       location: SourceLocation(file: file))
    }

    static let outsideCode = "tertial-period-utanfor-bokforingen"

    /// The last month with a period balance or a voucher.
    static func lastMonth(_ books: Books) -> YearMonth? {
        let balances = books.periodBalances.filter { !$0.amount.isZero }.map(\.period)
        let vouchers = books.vouchers.map { YearMonth(year: $0.date.year, month: $0.date.month) }
        return (balances + vouchers).max()
    }

    private static func mappingFindings(_ amounts: [String: Money], _ books: Books, _ file: String, _ mapping: AccountMapping,
                                        _ period: ReportPeriod) -> [Finding] {
        amounts.keys.sorted().compactMap { account in
            let lines = mapping.incomeGroups.flatMap(\.lines).filter { line in line.ranges.contains { $0.contains(account) } }
            guard lines.count != 1 else { return nil }
            let name = books.accounts[account].map { "\(account) \($0.name)" } ?? account
            let amount = (amounts[account] ?? .zero).formattedKronor
            let message = lines.isEmpty
                ? "Konto \(name) har \(amount) kr för \(period.name) men hör inte till någon rad i resultaträkningens mappning."
                : "Konto \(name) (\(amount) kr) hör till flera rader i mappningen: \(lines.map(\.label).joined(separator: ", "))."
            return Finding(.error, code: "tertial-konto-omappat", message: message,
                           location: SourceLocation(file: file, line: books.accounts[account]?.line))
        }
    }

    /// The statement's result must be the sum of every result account's movement.
    private static func resultCheck(_ statement: TertialIncomeStatement, _ amounts: [String: Money], _ period: ReportPeriod) -> [Finding] {
        let fromBooks = -amounts.values.sum()
        let fromLines = statement.groups.flatMap(\.lines).map(\.amount).sum()
        guard fromBooks != fromLines || statement.result != fromLines else { return [] }
        return [Finding(.error, code: "tertial-resultat-summa",
                        message: "Periodens resultat \(statement.result.kronorText) är inte summan av raderna "
                            + "\(fromLines.kronorText) eller av bokföringens resultatkonton \(fromBooks.kronorText) "
                            + "(\(period.name)).")]
    }
}
