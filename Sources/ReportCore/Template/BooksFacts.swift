/// What a new report folder can take from the books (`finsam-report init --sie`): the
/// association's name, organisation number and year, the cost centres, the account plan,
/// the accounts the plan's default mapping does not place, and last year's figures for
/// the multi-year overview. Everything else is the office's to write.
public struct BooksFacts: Sendable {
    public struct CostCentre: Equatable, Sendable {
        public var code: String
        public var name: String
    }

    public var name: String?
    public var organisationNumber: String?
    public var year: Int?
    /// The program that wrote the file (#PROGRAM), for the folder's opening comment.
    public var program: String?
    /// Dimension 1's objects (#OBJEKT 1), in code order.
    public var costCentres: [CostCentre]
    /// The other dimensions (#DIM) by name, with their number of objects.
    public var otherDimensions: [(name: String, objects: Int)]
    public var plan: AccountPlanInference
    /// True when the books carry a budget (#PBUDGET): no budget.csv is needed.
    public var hasBudget: Bool
    public var proposal: MappingProposal
    /// Last year's row of historik.yaml, when the books have last year's figures.
    public var lastYear: HistoryYear?

    public static func read(_ document: SIEDocument) throws -> BooksFacts {
        let books = ClosingEntries.separate(document.books, file: document.fileName).books
        let header = books.header
        let plan = AccountPlanInference.infer(books)
        let mapping = try BuiltInAccountPlans.mapping(plan.plan ?? BuiltInAccountPlans.defaultName)
        let centres = books.objects.values.filter { $0.ref.dimension == 1 }.sorted { $0.ref < $1.ref }
            .map { CostCentre(code: $0.ref.id, name: $0.name) }
        let others = books.dimensions.values.filter { $0.number != 1 }.sorted { $0.number < $1.number }.map { dimension in
            (name: dimension.name, objects: books.objects.keys.filter { $0.dimension == dimension.number }.count)
        }
        let year = books.fiscalYear(0).map { $0.start.year }
        return BooksFacts(
            name: header.companyName, organisationNumber: header.organisationNumber, year: year,
            program: header.program, costCentres: centres, otherDimensions: others, plan: plan,
            hasBudget: !books.periodBudgets.isEmpty,
            proposal: try MappingProposal.make(books, mapping: mapping, plan: plan.plan ?? "kommun-bas"),
            lastYear: year.flatMap { lastYearHistory(books, mapping: mapping, year: $0 - 1) })
    }

    /// Last year's overview figures in tkr, rounded as the report rounds this year's: the
    /// three lines so that they add up to the rounded result.
    static func lastYearHistory(_ books: Books, mapping: AccountMapping, year: Int) -> HistoryYear? {
        let ledger = LedgerView(books: books, mapping: mapping)
        guard ledger.hasLastYear, ledger.hasLastYearBalances else { return nil }
        let lines = mapping.incomeGroups.flatMap(\.lines)
        func amount(_ filter: (MappedLine) -> Bool) -> Money {
            lines.filter(filter).map { ledger.lineResult(-1, $0) }.sum()
        }
        let equity = ledger.kindOpening(0, .equity)
        let assets = mapping.balanceGroups.flatMap(\.lines).filter { $0.kind.reportSign == 1 }.map { ledger.lineOpening(0, $0) }.sum()
        let rounded = TkrRule.column([
            amount { $0.note == .memberContributions },
            amount { $0.kind == .revenue && $0.note != .memberContributions },
            amount { $0.kind == .cost },
        ])
        // The standard overview's stated rows, as the template's historik.yaml names them.
        let figures: [String: Int64] = [
            "intäkt_från_medlemmar": rounded.lines[0].units, "externa_projekt": rounded.lines[1].units,
            "verksamhetens_kostnader": rounded.lines[2].units, "årets_resultat": rounded.total.units,
            "eget_kapital": TkrRule.round(equity).units, "totala_tillgångar": TkrRule.round(assets).units,
        ]
        return HistoryYear(year: year, figures: figures, location: SourceLocation(file: "historik.yaml"))
    }
}
