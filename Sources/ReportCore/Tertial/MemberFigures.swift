/// What a member can read in its letter, each figure computed from the inputs: for a
/// municipality its own participants, activity, cost centres and contribution; for the
/// state agencies and the region the association's totals and their own contribution.
/// Every letter also carries the association's result against budget and the forecast.
public struct MemberFigures: Equatable, Sendable, Codable {
    /// Whose figures these are: the municipality's own, or the whole association's.
    public enum Scope: String, Equatable, Sendable, Codable {
        case member = "medlem", association = "förbundet"
    }

    public struct Participants: Equatable, Sendable, Codable {
        public var total: Int
        public var expectedAnnual: Int
        public var unique: Int
        public var inflow: Int
        public var outflow: Int
        /// The period's months and the year's, to read the share of the annual volume against.
        public var monthsElapsed: Int
        public var monthsInYear: Int
        /// total / expectedAnnual and monthsElapsed / monthsInYear in per mille, rounded half
        /// away from zero (nil without an expected volume).
        public var shareOfExpectedPermille: Int?
        public var elapsedPermille: Int
    }

    public struct Activity: Equatable, Sendable, Codable {
        public var name: String
        public var count: Int
        public var budgetedPlaces: Int
        /// count / budgetedPlaces in per mille (nil without budgeted places).
        public var sharePermille: Int?
    }

    public struct CostCentre: Equatable, Sendable, Codable {
        public var code: String
        public var name: String?
        public var hasBudget: Bool
        public var periodBudget: Money
        public var outcome: Money
    }

    public struct Contribution: Equatable, Sendable, Codable {
        public var year: Int
        public var forYear: Money
        /// Booked on the member's `bidragskonto` in the period; nil when medlemmar.yaml names no account.
        public var bookedInPeriod: Money?
        public var account: String?
        /// bookedInPeriod / forYear in per mille.
        public var bookedPermille: Int?
    }

    public var scope: Scope
    /// "Borås" or the association's name: whose participants and cost centres.
    public var subject: String
    public var participants: Participants?
    public var activity: Activity?
    /// A municipality's own cost centres, one by one; empty for the association (totals only).
    public var costCentres: [CostCentre]
    public var costCentreOutcome: Money
    public var costCentrePeriodBudget: Money
    /// The part of `costCentreOutcome` on cost centres the books give no budget (projects).
    public var costCentreOutcomeWithoutBudget: Money
    public var contribution: Contribution
    public var forecast: ResultForecast?
}

/// "40,8 %": a per-mille figure as a Swedish percentage with one decimal.
public func percentText(permille value: Int) -> String {
    "\(value < 0 ? String(SwedishNumberFormat.minusSign) : "")\(abs(value) / 10),\(abs(value) % 10)\u{00A0}%"
}

/// `part / whole` in per mille, rounded half away from zero; nil when `whole` is zero.
func permille(_ part: Int64, of whole: Int64) -> Int? {
    whole == 0 ? nil : Int(roundedQuotient(part * 1000, whole))
}

/// How the year's result is forecast from the period (`prognos` in rapport.yaml).
public enum ForecastMethod: String, Equatable, Sendable, CaseIterable, Codable {
    /// The period's outcome plus the budget for the rest of the year.
    case budgetProfile = "budgetprofil"
    /// The period's outcome scaled to twelve months.
    case linear = "linjar"
}

/// The association's result for the period against its budget, and the forecast for the
/// year with its method and what the budget aims at.
public struct ResultForecast: Equatable, Sendable, Codable {
    public var method: ForecastMethod
    public var periodResult: Money
    /// The budget's result for the period's months and for the whole year (#PBUDGET rows
    /// without object on result accounts).
    public var periodBudget: Money
    public var yearBudget: Money
    public var forecast: Money
    public var monthsElapsed: Int
    public var monthsInYear: Int
    /// "maj–december 2017": the months the budget profile adds; nil for the linear method
    /// or when the period ends in December.
    public var remainingMonthsName: String?
}
