/// The accumulated income statement from the first month of the period to its last,
/// in kr with öre, revenue positive and costs negative.
public struct TertialIncomeStatement: Equatable, Sendable {
    public struct Line: Equatable, Sendable {
        public var id: String
        public var label: String
        public var amount: Money
        /// The accounts that make the line, for notes and for auditors.
        public var accounts: [String]
    }

    public struct Group: Equatable, Sendable {
        public var id: String
        public var heading: String
        /// Lines with an amount; lines of the mapping with nothing booked are left out.
        public var lines: [Line]
        public var sumLabel: String?
        public var sum: Money
        /// The running result after this group ("Verksamhetens nettokostnad", "Periodens resultat").
        public var resultLabel: String?
        public var result: Money?
    }

    public var groups: [Group]
    /// "Periodens resultat": the sum of every line.
    public var result: Money
    /// The last month the figures include ("april"), for the column heading "Ackumulerat april".
    public var throughMonthName: String
}

/// The follow-up per cost centre: the year's and the period's budget against the outcome
/// so far, exact and in tkr (costs negative).
public struct CostCentreFollowUp: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var code: String
        /// The name in the books' #OBJEKT; nil when the books name none (the table shows the code alone).
        public var name: String?
        /// False when the books hold no #PBUDGET row for the cost centre in the year (a
        /// project financed outside the budget): shown with its outcome only.
        public var hasBudget: Bool
        public var budget: Money
        public var periodBudget: Money
        public var outcome: Money
        public var budgetTkr: Int64
        public var periodBudgetTkr: Int64
        public var outcomeTkr: Int64
    }

    /// What the rows hold: costs alone, or revenue and costs (net) when a revenue account
    /// is booked on a cost centre.
    public enum Content: String, Equatable, Sendable {
        case costs, net
    }

    /// An income statement line's amount booked without a cost centre.
    public struct OutsideLine: Equatable, Sendable {
        public var label: String
        public var amount: Money
    }

    public var rows: [Row]
    public var content: Content
    public var totalBudget: Money
    public var totalPeriodBudget: Money
    public var totalOutcome: Money
    public var totalBudgetTkr: Int64
    public var totalPeriodBudgetTkr: Int64
    public var totalOutcomeTkr: Int64
    /// The period's result booked without a cost centre: outcome + this = the income
    /// statement's result.
    public var outsideCostCentres: Money
    /// The same, line by line of the income statement.
    public var outsideByLine: [OutsideLine]
    /// "Budget januari–december 2017", "Budget januari–april 2017", "Ackumulerat januari–april 2017".
    public var budgetHeading: String
    public var periodBudgetHeading: String
    public var outcomeHeading: String
}
