/// Computes the annual report's model from a folder's inputs and runs every check. The
/// model is nil when an error finding forbids making the report.
public enum AnnualReportBuilder {
    /// `withProvenance: false` leaves `provenance` empty: where each figure came from is for
    /// the specification, the auditors' package and `explain`, and a plain render of the
    /// report needs none of it (18 M instructions of a render of 1 560 M).
    public static func build(_ inputs: ReportInputs, withProvenance: Bool = true) -> (model: AnnualReportModel?, findings: [Finding]) {
        let (model, findings) = compute(inputs, withProvenance: withProvenance)
        let errors = findings.contains { $0.severity == .error }
        return (errors ? nil : model, findings)
    }

    /// The model and the findings, whatever the findings say (for `check` and for tests).
    public static func compute(_ inputs: ReportInputs, withProvenance: Bool = true) -> (model: AnnualReportModel, findings: [Finding]) {
        let settings = inputs.settings
        let ledger = LedgerView(books: inputs.books, mapping: inputs.mapping)
        let file = inputs.booksFile
        let numbers = DescribedNotes.numbers(inputs.statements, hasPrinciples: inputs.texts.contains { $0.id == "redovisningsprinciper" })
        let evaluator = StatementEvaluator(ledger: ledger, set: inputs.statements)
        let tables = StatementTableBuilder(evaluator: evaluator, year: settings.year, noteNumbers: numbers)
        let statements = inputs.statements.statements.map { tables.build($0) }
        let noteTables = inputs.statements.notes.compactMap { note in numbers[note.id].map { tables.build(note, number: $0) } }
        let key = StatementKeyFigures.compute(evaluator, set: inputs.statements)
        let drift = OperatingStatementBuilder.build(ledger, description: inputs.statements.operating, year: settings.year,
                                                    budget: inputs.budget, budgetLines: inputs.budgetLines)
        let operating = drift?.statement
        let requirement = BalanceRequirementBuilder.build(result: key.result.thisYear, input: settings.balanceRequirement)
        let solvency = OverviewBuilder.solvency(equity: key.equity.closing, assets: key.totalAssets.closing)
        let solvencyLast = OverviewBuilder.solvency(equity: key.equity.opening, assets: key.totalAssets.opening)
        let financing = memberFinancing(inputs, ledger: ledger, numbers: numbers)
        let participants = inputs.participants.map {
            ParticipantTableBuilder.build($0, members: inputs.members, budgetedPlaces: settings.budgetedPlaces)
        }
        let board = BoardBuilder.build(inputs.board, year: settings.year, decisionDate: settings.decisionDate)
        let parts = NamedFiguresBuilder.Parts(
            year: settings.year, result: key.result, solvency: solvency, memberFinancing: financing, participants: participants,
            balanceRequirement: requirement, board: board, operating: operating,
            costShares: costShares(settings, operating), totalCosts: totalOf(ledger, .cost),
            operatingRevenue: operatingRevenue(ledger), history: inputs.history)
        var figures = NamedFiguresBuilder.build(parts, settings: settings)
        NamedFiguresBuilder.statementFigures(statements, into: &figures)
        NamedFiguresBuilder.moreFigures(parts, openingEquity: key.equity.opening, into: &figures)
        let (texts, proseFindings) = ProseResolver.resolve(inputs.texts, figures: figures, folder: inputs.folder)
        let (overview, overviewFindings) = OverviewBuilder.make(inputs, evaluator: evaluator, figures: figures)

        var findings = inputs.booksFindings
        findings += InputChecks.mapping(ledger, file: file, excluded: inputs.excludedAccounts)
        findings += DescriptionChecks.coverage(inputs.statements, evaluator)
        findings += DescriptionChecks.unprintedGroupLabels(inputs.statements, inputs.mapping)
        findings += ContributionChecks.rule(inputs.members, ledger: ledger)
        findings += ContributionBooksChecks.annual(inputs, booked: financing?.total, ledger: ledger)
        findings += StatementChecks.balance(key, file: file)
        findings += StatementChecks.resultAndEquity(evaluator, set: inputs.statements, result: key.result, file: file)
        findings += StatementChecks.cashFlow(key.cashFlow, evaluator, set: inputs.statements, year: settings.year, file: file)
        findings += NoteSumChecks.run(inputs.statements, evaluator, numbers: numbers, year: settings.year)
        findings += StatementChecks.operating(operating, result: key.result.thisYear, file: file)
        findings += BudgetSignChecks.run(inputs.budgetLines, description: inputs.statements.operating, ledger: ledger)
        findings += BudgetSignChecks.centres(inputs.budget)
        findings += StatementChecks.balanceRequirement(requirement, location: settings.balanceRequirement.location)
        findings += proseFindings
        findings += InputChecks.participants(inputs.participants, table: participants)
        findings += overviewFindings
        if financing != nil {
            findings += MemberChecks.contributionRule(inputs.members, file: inputs.members.first?.location.file ?? "medlemmar.yaml")
        }
        findings += BoardChecks.run(inputs.board, members: inputs.members, year: settings.year, decisionDate: settings.decisionDate)

        var model = AnnualReportModel(
            association: settings.association, year: settings.year, decisionDate: settings.decisionDate,
            decisionPlace: settings.decisionPlace, layout: settings.layout, employees: settings.employees,
            furniture: settings.furniture,
            keyFigures: key, operating: operating,
            balanceRequirement: requirement, solvency: solvency, solvencyLastYear: solvencyLast, overview: overview,
            statements: statements, noteTables: noteTables.sorted { ($0.number ?? 0) < ($1.number ?? 0) },
            memberFinancing: financing, participants: participants, board: board, signing: settings.signing, texts: texts,
            figures: figures, roundingRule: TkrRule.rule)
        guard withProvenance else { return (model, findings) }
        model.provenance = ProvenanceBuilder.build(.init(
            evaluator: evaluator, set: inputs.statements, year: settings.year, tables: statements + model.noteTables, operating: operating,
            operatingAmounts: drift?.amounts ?? [:], memberFinancing: financing, members: inputs.members, figures: figures, result: key.result, solvency: solvency))
        return (model, findings)
    }

    private static func memberFinancing(_ inputs: ReportInputs, ledger: LedgerView, numbers: [String: Int]) -> MemberFinancingNote? {
        // A folder that describes the note itself (as booked, per member) gets no population split.
        guard !inputs.statements.notes.contains(where: { $0.id == DescribedNotes.memberNote }),
              let line = inputs.mapping.allLines.first(where: { $0.note == .memberContributions }) else { return nil }
        return MemberFinancingBuilder.build(total: ledger.lineResult(0, line), members: inputs.members,
                                            number: numbers[DescribedNotes.memberNote], title: line.label)
    }

    private static func totalOf(_ ledger: LedgerView, _ kind: MappedLine.Kind) -> Money {
        ledger.mapping.incomeGroups.flatMap(\.lines).filter { $0.kind == kind }.map { ledger.lineResult(0, $0) }.sum()
    }

    /// Revenue other than the members' contributions (the seed's "4,7 miljoner").
    private static func operatingRevenue(_ ledger: LedgerView) -> Money {
        ledger.mapping.incomeGroups.first?.lines.filter { $0.kind == .revenue && $0.note != .memberContributions }
            .map { ledger.lineResult(0, $0) }.sum() ?? .zero
    }

    private static func costShares(_ settings: ReportSettings, _ operating: OperatingStatement?) -> [(String, Money)] {
        guard let operating else { return [] }
        return settings.costShares.map { share in
            (share.name, operating.centreCosts.filter { code, _ in share.centres.contains { $0.contains(code) } }.map(\.value).sum())
        }
    }
}
