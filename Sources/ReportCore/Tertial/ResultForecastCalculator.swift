/// The association's result against budget and the year's forecast. The budget of the
/// result is the books' #PBUDGET rows without object on result accounts (the account
/// totals; rows per cost centre only break them down).
enum ResultForecastCalculator {
    static func compute(books: Books, booksFile: String, period: ReportPeriod, result: Money, method: ForecastMethod)
        -> (forecast: ResultForecast?, findings: [Finding]) {
        let year = ReportPeriod.wholeYear(period.end.year)
        let rows = books.periodBudgets.filter { $0.objects.isEmpty && CostCentreCalculator.isResultAccount($0.account, books) }
        guard period.start == year.start else {
            return (nil, [Finding(.warning, code: "tertial-prognos-period",
                                  message: "Perioden \(period.name) börjar inte i januari; breven får ingen prognos för året.",
                                  location: SourceLocation(file: booksFile))])
        }
        if method == .budgetProfile && rows.isEmpty {
            return (nil, [Finding(.error, code: "tertial-prognos-budget",
                                  message: "Prognosen enligt budgetprofil behöver bokföringens budget för resultatkontona "
                                      + "(#PBUDGET utan kostnadsställe), men bokföringen har ingen; ange prognos: linjär "
                                      + "i rapport.yaml eller lägg in budgeten.",
                                  location: SourceLocation(file: booksFile))])
        }
        func budget(_ months: ReportPeriod) -> Money { -rows.filter { months.contains($0.period) }.map(\.amount).sum() }
        let elapsed = period.months.count, periodBudget = budget(period), yearBudget = budget(year)
        let remaining = ReportPeriod(start: period.end.next, end: year.end)
        let forecast: Money
        switch method {
        case .budgetProfile: forecast = result + (yearBudget - periodBudget)
        case .linear: forecast = Money(ore: roundedQuotient(result.ore * 12, Int64(elapsed)))
        }
        return (ResultForecast(method: method, periodResult: result, periodBudget: periodBudget, yearBudget: yearBudget,
                               forecast: forecast, monthsElapsed: elapsed, monthsInYear: 12,
                               remainingMonthsName: method == .budgetProfile && period.end.month < 12 ? remaining?.name : nil), [])
    }
}
