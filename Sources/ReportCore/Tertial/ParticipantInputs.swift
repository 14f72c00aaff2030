/// The participant tables as typed in the folder's csv files: one row per municipality
/// (flows, activity) or per month and gender (registrations).
public struct ParticipantInputs: Equatable, Sendable {
    public var flows: [FlowInput]
    /// Whom the flow table counts ("folkbokförda i de åtta kommunerna").
    public var flowPopulation: String
    public var flowFile: String
    public var activityName: String
    public var activity: [ActivityInput]
    public var activityFile: String
    public var monthly: [MonthlyInput]
    /// Whom the monthly table counts (e.g. "samtliga unikt registrerade i förbundet").
    public var monthlyPopulation: String
    public var monthlyFile: String

    public init(flows: [FlowInput] = [], flowPopulation: String = "", flowFile: String = "", activityName: String = "",
                activity: [ActivityInput] = [], activityFile: String = "", monthly: [MonthlyInput] = [],
                monthlyPopulation: String = "", monthlyFile: String = "") {
        self.flows = flows
        self.flowPopulation = flowPopulation
        self.flowFile = flowFile
        self.activityName = activityName
        self.activity = activity
        self.activityFile = activityFile
        self.monthly = monthly
        self.monthlyPopulation = monthlyPopulation
        self.monthlyFile = monthlyFile
    }
}

public struct FlowInput: Equatable, Sendable {
    public var through: YearMonth
    public var municipality: String
    public var expectedAnnual: Int
    public var total: Int
    public var unique: Int
    public var inflow: Int
    public var outflow: Int
    public var location: SourceLocation

    public init(through: YearMonth, municipality: String, expectedAnnual: Int, total: Int, unique: Int, inflow: Int, outflow: Int,
                location: SourceLocation) {
        self.through = through
        self.municipality = municipality
        self.expectedAnnual = expectedAnnual
        self.total = total
        self.unique = unique
        self.inflow = inflow
        self.outflow = outflow
        self.location = location
    }
}

public struct ActivityInput: Equatable, Sendable {
    public var through: YearMonth
    public var municipality: String
    public var women: Int
    public var men: Int
    public var budget: Int
    public var location: SourceLocation

    public init(through: YearMonth, municipality: String, women: Int, men: Int, budget: Int, location: SourceLocation) {
        self.through = through
        self.municipality = municipality
        self.women = women
        self.men = men
        self.budget = budget
        self.location = location
    }
}

public struct MonthlyInput: Equatable, Sendable {
    public enum Gender: String, Equatable, Sendable { case woman = "kvinna", man = "man", total = "totalt" }

    public var month: YearMonth
    public var gender: Gender
    public var registered: Int
    public var deregistered: Int
    public var location: SourceLocation

    public init(month: YearMonth, gender: Gender, registered: Int, deregistered: Int, location: SourceLocation) {
        self.month = month
        self.gender = gender
        self.registered = registered
        self.deregistered = deregistered
        self.location = location
    }
}
