/// Computes the tertial report and its letters from the folder's inputs, with every
/// finding of the checks. The model is nil only when an error forbids the report.
public enum TertialReportBuilder {
    public static func build(_ inputs: TertialInputs) -> (model: TertialReportModel?, findings: [Finding]) {
        let period = inputs.period
        var findings = inputs.readFindings
        let statement = TertialStatementCalculator.compute(books: inputs.books, booksFile: inputs.booksFile,
                                                           mapping: inputs.mapping, period: period)
        findings += statement.findings
        let centres = CostCentreCalculator.compute(books: inputs.books, booksFile: inputs.booksFile, period: period,
                                                   statement: statement.statement)
        findings += centres.findings
        let municipalities = inputs.members.filter { $0.kind == .municipality }.map(\.shortName)
        let participants = ParticipantCalculator.compute(inputs.participants, municipalities: municipalities, period: period)
        findings += participants.findings
        let contributions = contributionSummary(inputs)
        findings += contributions.findings
        let forecast = ResultForecastCalculator.compute(books: inputs.books, booksFile: inputs.booksFile, period: period,
                                                        result: statement.statement.result, method: inputs.forecastMethod)
        findings += forecast.findings
        let values = reportValues(inputs, statement.statement, contributions.summary, forecast.forecast)
        let body = MarkdownTemplate.resolve(inputs.reportText, values: values, kind: nil, tables: TertialTable.reportTables,
                                          folder: inputs.folder)
        findings += body.findings
        let context = MemberFiguresCalculator.Context(inputs: inputs, participants: participants.tables, costCentres: centres.followUp,
                                                      forecast: forecast.forecast)
        let figures = MemberFiguresCalculator.compute(context, contributions: contributions.summary)
        findings += figures.findings
        let letters = MemberLetterBuilder.build(inputs, contributions: contributions.summary, figures: figures.figures,
                                                reportValues: values)
        findings += letters.findings
        let model = TertialReportModel(
            associationName: inputs.association.name, organisationNumber: inputs.association.organisationNumber.isEmpty ? nil : inputs.association.organisationNumber,
            period: period, periodName: period.name, title: "Tertialrapport \(period.name)",
            footerText: "\(inputs.association.name), tertialrapport, \(period.name)", body: body.parts,
            incomeStatement: statement.statement, costCentres: centres.followUp, participants: participants.tables,
            contributions: contributions.summary, letters: letters.letters, forecast: forecast.forecast,
            roundingRule: TkrRule.rule)
        return (findings.contains { $0.severity == .error } ? nil : model, findings)
    }

    private static func contributionSummary(_ inputs: TertialInputs) -> (summary: ContributionSummary, findings: [Finding]) {
        let split = MemberContributionSplit.split(inputs.contributions, members: inputs.members)
        let parts = zip(inputs.members, split.parts).map { MemberContribution(memberName: $0.name, kind: $0.kind, amount: $1) }
        let summary = ContributionSummary(year: inputs.contributions.year, total: inputs.contributions.total, perMember: parts,
                                          rule: MemberContributionSplit.rule)
        let typed = zip(inputs.members, split.parts).map { ContributionBooksChecks.Member(record: $0, typed: $1) }
        let booked = split.findings.contains { $0.severity == .error } ? [] : ContributionBooksChecks.tertial(
            inputs.contributions, members: typed, books: inputs.books, booksFile: inputs.booksFile, period: inputs.period)
        return (summary, split.findings + booked)
    }

    /// The figures the report's text and the letters may name.
    static func reportValues(_ inputs: TertialInputs, _ statement: TertialIncomeStatement,
                             _ contributions: ContributionSummary, _ forecast: ResultForecast?) -> [String: String] {
        var values = [
            "period": inputs.period.name,
            "förbund.namn": inputs.association.name,
            "periodens_resultat": TertialFigures.kronor(statement.result),
            "medlemsbidrag_år": String(contributions.year),
            "medlemsbidrag_totalt": TertialFigures.kronor(contributions.total),
            "medlemsbidrag_totalt_tkr": TertialFigures.tkr(contributions.total),
        ]
        if let forecast {
            values["periodens_budget"] = TertialFigures.kronor(forecast.periodBudget)
            values["prognos_år"] = TertialFigures.kronor(forecast.forecast)
            values["budget_år"] = TertialFigures.kronor(forecast.yearBudget)
        }
        return values
    }
}
