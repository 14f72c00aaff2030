/// The participant tables with their totals; each table says whom it counts, so that
/// two totals of the same kind (the flow table's in-flow, the monthly table's
/// registrations) are never shown without saying why they differ.
public struct ParticipantTables: Equatable, Sendable {
    public var flows: ParticipantFlows?
    public var activity: ActivityCounts?
    public var monthly: MonthlyRegistrations?
    /// Where two tables count the same movement for different populations.
    public var reconciliations: [ParticipantReconciliation]
}

public struct ParticipantFlows: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var municipality: String
        public var expectedAnnual: Int
        public var total: Int
        public var unique: Int
        public var inflow: Int
        public var outflow: Int
    }

    /// "folkbokförda i de åtta kommunerna".
    public var population: String
    public var rows: [Row]
    public var totals: Row
    public var source: String
}

public struct ActivityCounts: Equatable, Sendable {
    public struct Row: Equatable, Sendable {
        public var municipality: String
        /// False for a municipality without the activity (no row in the file): shown empty.
        public var offered: Bool
        public var women: Int
        public var men: Int
        public var total: Int
        public var budget: Int
    }

    /// "Aktiv hälsa".
    public var activity: String
    public var rows: [Row]
    public var totals: Row
    public var source: String
}

public struct MonthlyRegistrations: Equatable, Sendable {
    public struct Counts: Equatable, Sendable {
        public var registered: Int
        public var deregistered: Int

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(registered: lhs.registered + rhs.registered, deregistered: lhs.deregistered + rhs.deregistered)
        }
    }

    public struct Month: Equatable, Sendable {
        public var month: YearMonth
        /// "januari".
        public var name: String
        public var women: Counts
        public var men: Counts
        /// Women + men.
        public var total: Counts
    }

    /// Whom the table counts, from the folder (e.g. "samtliga unikt registrerade i förbundet").
    public var population: String
    public var months: [Month]
    /// The "Totalt perioden" row: the sum of the months.
    public var periodTotal: Counts
    public var source: String
}

/// Two tables counting the same movement for different populations: both figures, whom
/// each counts, and the sentence the report prints under the tables.
public struct ParticipantReconciliation: Equatable, Sendable {
    public struct Figure: Equatable, Sendable {
        public var value: Int
        public var population: String
        public var table: String
    }

    /// "inflöde" or "utflöde".
    public var subject: String
    public var first: Figure
    public var second: Figure
    public var explanation: String
}
