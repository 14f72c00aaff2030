/// Reads `driftredovisning:` of a `räkningar` file strictly: an unknown key, an unknown
/// kind or amount, a row summing a row that does not exist, and a row that takes both cost
/// centres and accounts are refused with the file and line.
enum OperatingDescriptionReader {
    static let keys = ["rubrik", "tabeller"]
    static let tableKeys = ["id", "rubrik", "kolumner", "rader"]
    static let columnKeys = ["rubrik", "år", "belopp", "del"]
    static let rowKeys = ["id", "text", "art", "kostnadsställen", "per_kostnadsställe", "konton", "rader", "belopp", "summerar",
                          "budget", "budgettecken", "roll"]

    static func read(_ node: YamlNode) throws -> OperatingDescription {
        try node.allowKeys(keys)
        let tables = try node.required("tabeller").items().map(table)
        if tables.isEmpty { throw node.error("Driftredovisningen behöver minst en tabell under \"tabeller\".") }
        let description = OperatingDescription(title: try node.optionalString("rubrik") ?? "Driftredovisning", tables: tables,
                                               location: node.location)
        try validate(description)
        return description
    }

    static func table(_ node: YamlNode) throws -> OperatingTableDescription {
        try node.allowKeys(tableKeys)
        let id = try node.string("id")
        let columns = try node.required("kolumner").items().map(column)
        if columns.isEmpty { throw node.error("En tabell i driftredovisningen behöver minst en kolumn.") }
        let rows = try node.required("rader").items().enumerated().map { try row($0.element, autoId: "\(id)_rad_\($0.offset + 1)") }
        return OperatingTableDescription(id: id, caption: try node.string("rubrik"), columns: columns, rows: rows, location: node.location)
    }

    static func column(_ node: YamlNode) throws -> OperatingColumnDescription {
        try node.allowKeys(columnKeys)
        let amount = try node.required("belopp").keyword(OperatingAmount.self, choices: "utfall, budget eller avvikelse")
        let year = try node.optional("år").map(DescriptionReader.year) ?? 0
        if year != 0 && amount != .outcome {
            throw try node.required("år").error("Budget och avvikelse finns bara för i år; fjolårets kolumn visar utfall.")
        }
        return OperatingColumnDescription(
            titles: try node.required("rubrik").strings(), year: year, amount: amount,
            side: try node.optional("del")?.keyword(OperatingSide.self, choices: "intäkter, kostnader eller netto") ?? .net)
    }

    static func row(_ node: YamlNode, autoId: String) throws -> OperatingRowDescription {
        try node.allowKeys(rowKeys)
        let kind = try node.optional("art")?.keyword(RowDescription.Kind.self, choices: "konton, summa, delsumma, varav, text eller tom")
            ?? .accounts
        let centres = try node.optional("kostnadsställen").map(centreSelection)
        let accounts = try node.optional("konton").map(MappingReader.ranges) ?? []
        let lines = try node.optional("rader")?.strings() ?? []
        let isAccountRow = kind == .accounts || kind == .partOf
        if isAccountRow, centres == nil, accounts.isEmpty, lines.isEmpty {
            throw node.error("En rad av art \(kind.rawValue) behöver \"kostnadsställen\", \"konton\" eller \"rader\" (ur kontoplanens mappning).")
        }
        if centres != nil, !accounts.isEmpty || !lines.isEmpty {
            throw node.error("En rad tar antingen \"kostnadsställen\" (bokfört per kostnadsställe) eller \"konton\"/\"rader\", inte båda.")
        }
        if !kind.sumsRows, let terms = try node.optional("summerar") {
            throw terms.error("Bara rader av art summa eller delsumma kan ha \"summerar\".")
        }
        if !isAccountRow, let budget = try node.optional("budget") ?? node.optional("budgettecken") {
            throw budget.error("Bara rader av art konton eller varav tar budget ur budgetfilen; en summa får sin av raderna den summerar.")
        }
        let role = try node.optional("roll").map { try $0.keyword(StatementRole.self, choices: StatementRole.result.written) }
        if let role, role != .result, let roleNode = try node.optional("roll") {
            throw roleNode.error("I driftredovisningen finns bara rollen \(StatementRole.result.written), men raden har \(role.written).")
        }
        return OperatingRowDescription(
            id: try node.optionalString("id") ?? autoId, label: try node.optionalString("text"), kind: kind, centres: centres,
            accounts: accounts, mappingLines: lines,
            measure: try node.optional("belopp")?.keyword(Measure.self, choices: "resultat, ib eller ub"),
            perCentre: try node.flag("per_kostnadsställe", default: false),
            terms: try node.optional("summerar").map(DescriptionReader.terms),
            budgetLines: try node.optional("budget")?.strings(),
            budgetSign: try node.optional("budgettecken")?.keyword(BudgetSign.self, choices: "plus, minus eller båda"),
            role: role, location: node.location)
    }

    static func centreSelection(_ node: YamlNode) throws -> CentreSelection {
        if node.node.scalar != nil, let word = try? node.string() {
            switch MappingReader.normalized(word) {
            case "ordinarie": return .ordinary
            case "projekt": return .project
            default: break
            }
        }
        guard let ranges = try? MappingReader.ranges(node) else {
            throw node.error("Ska vara \"ordinarie\", \"projekt\" eller en lista med kostnadsställen, som [1001, 3001-3019].")
        }
        return .ranges(ranges)
    }

    /// Every row id once, every summed row known and with amounts, per-centre rows only of
    /// cost centres.
    static func validate(_ description: OperatingDescription) throws {
        var known: [String: OperatingRowDescription] = [:]
        for row in description.rows {
            if known[row.id] != nil {
                throw InputError("Rad-id \"\(row.id)\" finns redan i driftredovisningen; varje rad behöver ett eget id.", at: row.location)
            }
            known[row.id] = row
        }
        var above: Set<String> = []
        for row in description.rows {
            defer { above.insert(row.id) }
            if row.perCentre && row.centres == nil {
                throw InputError("Raden \"\(row.id)\" har \"per_kostnadsställe\" men inga \"kostnadsställen\".", at: row.location)
            }
            for term in row.terms ?? [] {
                guard let summed = known[term.id] else {
                    let ids = description.rows.filter { $0.kind.hasAmounts }.map(\.id).joined(separator: ", ")
                    throw InputError("Raden \"\(row.id)\" summerar \"\(term.id)\", som inte finns bland driftredovisningens rader (\(ids)).",
                                     at: row.location)
                }
                if !above.contains(term.id) {
                    throw InputError("Raden \"\(row.id)\" summerar \"\(term.id)\", som står längre ned; en summa summerar rader ovanför sig.",
                                     at: row.location)
                }
                if !summed.kind.hasAmounts {
                    throw InputError("Raden \"\(row.id)\" summerar \"\(term.id)\", som är av art \(summed.kind.rawValue) och saknar belopp.",
                                     at: row.location)
                }
            }
        }
    }
}
