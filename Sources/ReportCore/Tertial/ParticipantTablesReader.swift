import Foundation

/// Reads the participant csv files named under `deltagare:` in rapport.yaml: `flöden`
/// (per municipality), `aktivitet` (one activity per municipality and gender) and
/// `månadsvis` (registrations per month and gender).
enum ParticipantTablesReader {
    static func read(_ node: YamlNode, folder: URL) throws -> ParticipantInputs {
        var inputs = ParticipantInputs()
        try node.allowKeys(["flöden", "aktivitet", "månadsvis"])
        if let flows = try node.optional("flöden") {
            try flows.allowKeys(["fil", "blad", "räknar"])
            let name = try flows.string("fil")
            inputs.flowFile = name
            inputs.flowPopulation = try flows.string("räknar")
            inputs.flows = try readFlows(try table(flows, name, folder))
        }
        if let activity = try node.optional("aktivitet") {
            try activity.allowKeys(["namn", "fil", "blad"])
            let name = try activity.string("fil")
            inputs.activityFile = name
            inputs.activityName = try activity.string("namn")
            inputs.activity = try readActivity(try table(activity, name, folder))
        }
        if let monthly = try node.optional("månadsvis") {
            try monthly.allowKeys(["fil", "blad", "räknar"])
            let name = try monthly.string("fil")
            inputs.monthlyFile = name
            inputs.monthlyPopulation = try monthly.string("räknar")
            inputs.monthly = try readMonthly(try table(monthly, name, folder))
        }
        return inputs
    }

    /// The node's `fil`, a csv file or a workbook whose sheet `blad` names.
    private static func table(_ node: YamlNode, _ name: String, _ folder: URL) throws -> CSVTable {
        let sheet = try node.optional("blad")
        return try CSVTable.load(path: TertialFolder.namedFile(node.required("fil"), folder: folder).path, displayName: name,
                                 sheet: try sheet?.string(), sheetLocation: try sheet?.location ?? node.required("fil").location)
    }

    static func readFlows(_ table: CSVTable) throws -> [FlowInput] {
        let columns = try ["till_och_med", "kommun", "förväntad_årsvolym", "totalt_perioden", "varav_unika", "inflöde", "utflöde"]
            .map(table.column)
        return try table.rows.map { row in
            let flow = FlowInput(through: try table.month(row, columns[0]), municipality: row.values[columns[1]],
                                 expectedAnnual: try table.count(row, columns[2]), total: try table.count(row, columns[3]),
                                 unique: try table.count(row, columns[4]), inflow: try table.count(row, columns[5]),
                                 outflow: try table.count(row, columns[6]), location: SourceLocation(file: table.file, line: row.line))
            guard flow.unique <= flow.total else {
                throw InputError("Antalet unika (\(flow.unique)) kan inte vara fler än periodens totalt (\(flow.total)).",
                                 at: table.location(row, columns[4]))
            }
            return flow
        }
    }

    static func readActivity(_ table: CSVTable) throws -> [ActivityInput] {
        let columns = try ["till_och_med", "kommun", "kvinnor", "män", "budgeterat_årsvis"].map(table.column)
        return try table.rows.map { row in
            ActivityInput(through: try table.month(row, columns[0]), municipality: row.values[columns[1]],
                          women: try table.count(row, columns[2]), men: try table.count(row, columns[3]),
                          budget: try table.count(row, columns[4]), location: SourceLocation(file: table.file, line: row.line))
        }
    }

    static func readMonthly(_ table: CSVTable) throws -> [MonthlyInput] {
        let columns = try ["månad", "kön", "inregistrerade", "utregistrerade"].map(table.column)
        return try table.rows.map { row in
            guard let gender = MonthlyInput.Gender(rawValue: row.values[columns[1]].lowercased()) else {
                throw InputError("Ska vara kvinna, man eller totalt, men är \"\(row.values[columns[1]])\".",
                                 at: table.location(row, columns[1]))
            }
            return MonthlyInput(month: try table.month(row, columns[0]), gender: gender,
                                registered: try table.count(row, columns[2]), deregistered: try table.count(row, columns[3]),
                                location: SourceLocation(file: table.file, line: row.line))
        }
    }
}
