/// Everything a report folder holds, read and typed, before any computation.
public struct ReportInputs: Sendable {
    public var folder: String
    public var settings: ReportSettings
    public var books: Books
    /// The books file's name as the user wrote it in rapport.yaml (for messages).
    public var booksFile: String
    /// The SIE reader's findings and the bookkeeping checks' findings.
    public var booksFindings: [Finding]
    public var mapping: AccountMapping
    /// The statements and notes as described (built-in or the folder's own).
    public var statements: StatementSet
    public var board: BoardInput
    public var members: [MemberRecord]
    /// medlemmar.yaml's `medlemsbidrag`, when typed: checked against the booked contributions.
    public var contributions: ContributionSettings?
    public var participants: ParticipantsInput?
    public var history: [HistoryYear]
    /// Budget per cost centre from a csv, when the SIE file has no #PBUDGET.
    public var budget: [CentreBudget]?
    /// A budget file by row (`rad;belopp`) instead of per cost centre.
    public var budgetLines: [BudgetLine]?
    public var texts: [ProseSource]
    /// What reading the folder noted beside the books (an absent optional file).
    public var inputFindings: [Finding] = []
    /// Accounts mappning.yaml leaves out of the report, with the reason.
    public var excludedAccounts: [ExcludedAccounts] = []

    public init(folder: String, settings: ReportSettings, books: Books, booksFile: String, booksFindings: [Finding],
                mapping: AccountMapping, statements: StatementSet, board: BoardInput, members: [MemberRecord], participants: ParticipantsInput?,
                history: [HistoryYear], budget: [CentreBudget]?, texts: [ProseSource]) {
        self.folder = folder
        self.settings = settings
        self.books = books
        self.booksFile = booksFile
        self.booksFindings = booksFindings
        self.mapping = mapping
        self.statements = statements
        self.board = board
        self.members = members
        self.participants = participants
        self.history = history
        self.budget = budget
        self.texts = texts
    }
}

/// rapport.yaml
public struct ReportSettings: Sendable, Equatable {
    public var year: Int
    public var association: AssociationIdentity
    public var decisionDate: CalendarDate
    public var decisionPlace: String
    public var layout: String
    public var employees: Int
    public var budgetedPlaces: Int?
    public var balanceRequirement: BalanceRequirementInput
    /// Named shares of the year's costs for prose, e.g. "andel_aktiv_kraft_procent".
    public var costShares: [CostShareInput]
    /// The statement descriptions: a built-in name ("standard") or a file in the folder.
    public var statements = BuiltInStatements.defaultName
    /// The account plan the books follow ("kommun-bas" or "bas"), whose mapping is the default.
    public var accountPlan = "kommun-bas"
    public var furniture = PageFurniture()
    /// Paper or digital signatures (`underskrift: sätt`).
    public var signing: SigningVariant = .wetInk
}

/// The adjustments from the year's result to the balanskravsresultat (kr), and the plan
/// that a negative balanskravsresultat needs.
public struct BalanceRequirementInput: Sendable, Equatable {
    public var realisedGains = Money.zero
    public var realisedGainsExempt = Money.zero
    public var realisedLossesExempt = Money.zero
    public var unrealisedSecurities = Money.zero
    public var reversedUnrealisedSecurities = Money.zero
    public var plan: RecoveryPlanInput?
    public var exceptionalReasons: String?
    public var location: SourceLocation?

    public init() {}
}

public struct RecoveryPlanInput: Sendable, Equatable {
    public var decided: CalendarDate?
    public var text: String
    public var steps: [RecoveryStep]
    public var location: SourceLocation
}

public struct RecoveryStep: Sendable, Equatable, Codable {
    public var year: Int
    public var amount: Money
}

public struct CostShareInput: Sendable, Equatable {
    public var name: String
    public var label: String
    public var centres: [AccountRange]
}

/// A Markdown text of the folder, read but not yet parsed.
public struct ProseSource: Sendable, Equatable {
    public var file: String
    public var id: String
    public var text: String
}
