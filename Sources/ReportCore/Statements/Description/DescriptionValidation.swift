/// The checks a description passes before any figure is computed: every row id once,
/// every summed row and every note link known, sums only of rows with amounts, no row
/// that sums itself through others.
enum DescriptionValidation {
    /// Note ids the program provides itself (the members' contributions note).
    static let builtInNotes: Set<String> = ["medlemsbidrag"]

    static func validate(_ set: StatementSet) throws {
        var rows: [String: RowDescription] = [:]
        for table in set.all {
            for row in table.rows {
                if rows[row.id] != nil {
                    throw InputError("Rad-id \"\(row.id)\" finns redan; varje rad behöver ett eget id.", at: row.location)
                }
                rows[row.id] = row
            }
        }
        let noteIds = Set(set.notes.map(\.id))
        for table in set.all {
            for row in table.rows {
                for term in row.terms ?? [] {
                    guard let summed = rows[term.id] else {
                        throw InputError("Raden \"\(row.id)\" summerar \"\(term.id)\", som inte finns bland raderna i \(set.source).",
                                         at: row.location)
                    }
                    if !summed.kind.hasAmounts {
                        throw InputError("Raden \"\(row.id)\" summerar \"\(term.id)\", som är av art \(summed.kind.rawValue) och saknar belopp.",
                                         at: row.location)
                    }
                }
                if let note = row.note, !noteIds.contains(note), !builtInNotes.contains(note) {
                    throw InputError("Raden \"\(row.id)\" hänvisar till noten \"\(note)\", som inte finns under \"noter:\".", at: row.location)
                }
            }
        }
        for row in rows.values { try refuseCycle(from: row, rows: rows, path: []) }
        try validateRoles(set)
    }

    private static func refuseCycle(from row: RowDescription, rows: [String: RowDescription], path: [String]) throws {
        if path.contains(row.id) {
            throw InputError("Raden \"\(row.id)\" summerar sig själv via \(path.joined(separator: " → ")).", at: row.location)
        }
        for term in row.terms ?? [] {
            if let next = rows[term.id] { try refuseCycle(from: next, rows: rows, path: path + [row.id]) }
        }
    }
}
