/// The participant tables for the period: rows in the members' order, totals, the
/// checks of the typed totals, and the reconciliation of tables that count different
/// populations.
enum ParticipantCalculator {
    static func compute(_ inputs: ParticipantInputs, municipalities: [String], period: ReportPeriod)
        -> (tables: ParticipantTables, findings: [Finding]) {
        var findings: [Finding] = []
        let flows = flowTable(inputs, municipalities, period, &findings)
        let activity = activityTable(inputs, municipalities, period, &findings)
        let monthly = monthlyTable(inputs, period, &findings)
        let reconciliations = reconcile(flows, monthly)
        findings += reconciliations.map { item in
            Finding(.warning, code: "tertial-deltagare-populationer", message: item.explanation,
                    location: SourceLocation(file: item.first.table))
        }
        return (ParticipantTables(flows: flows, activity: activity, monthly: monthly, reconciliations: reconciliations), findings)
    }

    private static func unknown(_ name: String, _ location: SourceLocation, _ municipalities: [String]) -> Finding {
        Finding(.error, code: "tertial-kommun-okand",
                message: "Kommunen \"\(name)\" finns inte bland medlemmarna (\(municipalities.joined(separator: ", "))).",
                location: location)
    }

    private static func flowTable(_ inputs: ParticipantInputs, _ municipalities: [String], _ period: ReportPeriod,
                                  _ findings: inout [Finding]) -> ParticipantFlows? {
        let rows = inputs.flows.filter { $0.through == period.end }
        guard !inputs.flowFile.isEmpty else { return nil }
        guard !rows.isEmpty else {
            findings.append(Finding(.warning, code: "tertial-deltagare-saknas",
                                    message: "Deltagarflöden saknas för \(period.name) (inga rader till och med \(period.end)).",
                                    location: SourceLocation(file: inputs.flowFile)))
            return nil
        }
        for row in rows where !municipalities.contains(row.municipality) {
            findings.append(unknown(row.municipality, row.location, municipalities))
        }
        let ordered = municipalities.compactMap { name in rows.first { $0.municipality == name } }.map {
            ParticipantFlows.Row(municipality: $0.municipality, expectedAnnual: $0.expectedAnnual, total: $0.total, unique: $0.unique,
                                 inflow: $0.inflow, outflow: $0.outflow)
        }
        let totals = ordered.reduce(ParticipantFlows.Row(municipality: "Totalt", expectedAnnual: 0, total: 0, unique: 0, inflow: 0, outflow: 0)) {
            .init(municipality: $0.municipality, expectedAnnual: $0.expectedAnnual + $1.expectedAnnual, total: $0.total + $1.total,
                  unique: $0.unique + $1.unique, inflow: $0.inflow + $1.inflow, outflow: $0.outflow + $1.outflow)
        }
        return ParticipantFlows(population: inputs.flowPopulation, rows: ordered, totals: totals, source: inputs.flowFile)
    }

    private static func activityTable(_ inputs: ParticipantInputs, _ municipalities: [String], _ period: ReportPeriod,
                                      _ findings: inout [Finding]) -> ActivityCounts? {
        let rows = inputs.activity.filter { $0.through == period.end }
        guard !inputs.activityFile.isEmpty, !rows.isEmpty else { return nil }
        for row in rows where !municipalities.contains(row.municipality) {
            findings.append(unknown(row.municipality, row.location, municipalities))
        }
        let ordered = municipalities.map { name -> ActivityCounts.Row in
            guard let row = rows.first(where: { $0.municipality == name }) else {
                return .init(municipality: name, offered: false, women: 0, men: 0, total: 0, budget: 0)
            }
            return .init(municipality: name, offered: true, women: row.women, men: row.men, total: row.women + row.men, budget: row.budget)
        }
        let totals = ordered.reduce(ActivityCounts.Row(municipality: "Totalt", offered: true, women: 0, men: 0, total: 0, budget: 0)) {
            .init(municipality: $0.municipality, offered: true, women: $0.women + $1.women, men: $0.men + $1.men,
                  total: $0.total + $1.total, budget: $0.budget + $1.budget)
        }
        return ActivityCounts(activity: inputs.activityName, rows: ordered, totals: totals, source: inputs.activityFile)
    }

    private static func monthlyTable(_ inputs: ParticipantInputs, _ period: ReportPeriod, _ findings: inout [Finding])
        -> MonthlyRegistrations? {
        guard !inputs.monthlyFile.isEmpty else { return nil }
        typealias Counts = MonthlyRegistrations.Counts
        let months = period.months.compactMap { month -> MonthlyRegistrations.Month? in
            let rows = inputs.monthly.filter { $0.month == month }
            func counts(_ gender: MonthlyInput.Gender) -> Counts? {
                rows.first { $0.gender == gender }.map { Counts(registered: $0.registered, deregistered: $0.deregistered) }
            }
            guard let women = counts(.woman), let men = counts(.man) else {
                findings.append(Finding(.warning, code: "tertial-manad-saknas",
                                        message: "In- och utregistreringar för \(ReportPeriod.monthName(month)) \(month.year) saknas "
                                            + "(rader för både kvinna och man behövs).",
                                        location: SourceLocation(file: inputs.monthlyFile)))
                return nil
            }
            let total = women + men
            if let typed = rows.first(where: { $0.gender == .total }), typed.registered != total.registered || typed.deregistered != total.deregistered {
                findings.append(Finding(.error, code: "tertial-manad-totalt",
                                        message: "Totalt för \(ReportPeriod.monthName(month)) \(month.year) är \(typed.registered) in och "
                                            + "\(typed.deregistered) ut, men kvinnor + män är \(total.registered) in och \(total.deregistered) ut.",
                                        location: typed.location))
            }
            return .init(month: month, name: ReportPeriod.monthName(month), women: women, men: men, total: total)
        }
        guard !months.isEmpty else { return nil }
        let periodTotal = months.map(\.total).reduce(Counts(registered: 0, deregistered: 0), +)
        return MonthlyRegistrations(population: inputs.monthlyPopulation, months: months, periodTotal: periodTotal,
                                    source: inputs.monthlyFile)
    }

    /// The flow table's in- and out-flow against the monthly table's registrations.
    static func reconcile(_ flows: ParticipantFlows?, _ monthly: MonthlyRegistrations?) -> [ParticipantReconciliation] {
        guard let flows, let monthly else { return [] }
        let pairs = [("inflöde", "inregistrerade", flows.totals.inflow, monthly.periodTotal.registered),
                     ("utflöde", "utregistrerade", flows.totals.outflow, monthly.periodTotal.deregistered)]
        return pairs.filter { $0.2 != $0.3 }.map { subject, monthlyName, fromFlows, fromMonthly in
            let first = ParticipantReconciliation.Figure(value: fromFlows, population: flows.population, table: flows.source)
            let second = ParticipantReconciliation.Figure(value: fromMonthly, population: monthly.population, table: monthly.source)
            let explanation = "Tabellernas \(subject) skiljer sig: \(fromFlows) i flödestabellen räknar \(flows.population), "
                + "\(fromMonthly) \(monthlyName) i månadstabellen räknar \(monthly.population) "
                + "(skillnad \(fromMonthly - fromFlows))."
            return ParticipantReconciliation(subject: subject, first: first, second: second, explanation: explanation)
        }
    }
}
