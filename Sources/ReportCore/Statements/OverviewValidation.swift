/// The checks the overview's description passes against the statements it reads: every
/// statement row it takes exists and has amounts, every role it names is carried by a
/// statement row, sums and ratios name overview rows in tkr, and no row is summed twice
/// or sums itself. Each refusal names the file and line of the overview's row.
enum OverviewValidation {
    static func validate(_ overview: OverviewDescription, set: StatementSet) throws {
        let statementRows = Dictionary(set.all.flatMap(\.rows).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let roles = Set(set.all.flatMap(\.rows).compactMap(\.role))
        var seen: [String: OverviewDescription.Row] = [:]
        var summedBy: [String: String] = [:]
        var seenRoles: [StatementRole: String] = [:]
        for row in overview.rows {
            if seen[row.id] != nil {
                throw InputError("Flerårsöversikten har redan en rad med id \"\(row.id)\"; varje rad behöver ett eget id.", at: row.location)
            }
            seen[row.id] = row
            if let role = row.role {
                if let other = seenRoles[role] {
                    throw InputError("Rollen \(role.written) står redan på flerårsöversiktens rad \"\(other)\".", at: row.location)
                }
                seenRoles[role] = row.id
            }
            try validateSource(row, overview: overview, statementRows: statementRows, roles: roles, source: set.source)
            for term in row.sumTerms {
                if let first = summedBy[term.id] {
                    throw InputError("Raden \"\(term.id)\" ingår redan i summan \"\(first)\"; en rad i flerårsöversikten får ingå i en summa.",
                                     at: row.location)
                }
                summedBy[term.id] = row.id
            }
        }
        for row in overview.rows { try refuseCycle(row, overview: overview, path: []) }
    }

    private static func validateSource(_ row: OverviewDescription.Row, overview: OverviewDescription,
                                       statementRows: [String: RowDescription], roles: Set<StatementRole>, source: String) throws {
        if let role = row.role, !roles.contains(role) {
            throw InputError("Flerårsöversiktens rad \"\(row.id)\" läser rollen \(role.written), men ingen rad i räkningarna har den.", at: row.location)
        }
        switch row.source {
        case let .statementRows(terms):
            for term in terms {
                guard let found = statementRows[term.id] else {
                    throw InputError("Flerårsöversiktens rad \"\(row.id)\" tar räkningsraden \"\(term.id)\", som inte finns i räkningarna (\(source))."
                                     + suggestion(term.id, among: Array(statementRows.keys)), at: row.location)
                }
                guard found.kind.hasAmounts else {
                    throw InputError("Flerårsöversiktens rad \"\(row.id)\" tar räkningsraden \"\(term.id)\", som är av art \(found.kind.rawValue) och saknar belopp.",
                                     at: row.location)
                }
            }
        case let .sum(terms):
            for term in terms { try requireTkrRow(term.id, in: overview, by: row, what: "summerar") }
        case let .ratio(numerator, denominator):
            for id in [numerator, denominator] { try requireTkrRow(id, in: overview, by: row, what: "räknar kvoten av") }
        case .role, .figure:
            break
        }
    }

    private static func requireTkrRow(_ id: String, in overview: OverviewDescription, by row: OverviewDescription.Row, what: String) throws {
        guard let found = overview.row(id) else {
            throw InputError("Flerårsöversiktens rad \"\(row.id)\" \(what) \"\(id)\", som inte är en rad i flerårsöversikten."
                             + suggestion(id, among: overview.rows.map(\.id)), at: row.location)
        }
        guard found.unit == .tkr else {
            throw InputError("Flerårsöversiktens rad \"\(row.id)\" \(what) \"\(id)\", som inte är ett belopp i tkr.", at: row.location)
        }
    }

    private static func refuseCycle(_ row: OverviewDescription.Row, overview: OverviewDescription, path: [String]) throws {
        if path.contains(row.id) {
            throw InputError("Flerårsöversiktens rad \"\(row.id)\" summerar sig själv via \(path.joined(separator: " → ")).", at: row.location)
        }
        for term in row.sumTerms {
            if let next = overview.row(term.id) { try refuseCycle(next, overview: overview, path: path + [row.id]) }
        }
    }

    static func suggestion(_ id: String, among known: [String]) -> String {
        YamlKeys.closest(to: id, among: known.sorted()).map { " Menade du \"\($0)\"?" } ?? ""
    }
}
