/// Makes the description a report uses: the folder's file over its base (tables replaced
/// by id, new ones added), mapping groups expanded into their lines, the account notes
/// made for lines marked `not: konton`, and the whole validated.
enum StatementAssembly {
    static func assemble(_ set: StatementSet, base: StatementSet?, mapping: AccountMapping) throws -> StatementSet {
        var result = base.map { merged($0, over: set) } ?? set
        result.source = set.source
        result.statements = try result.statements.map { try expanded($0, mapping) }
        result.notes = try result.notes.map { try expanded($0, mapping) }
        if let unit = set.statementUnit {
            for index in result.statements.indices { result.statements[index].unit = unit }
        }
        if result.accountNotes { result.notes += accountNotes(result, mapping) }
        try DescriptionValidation.validate(result)
        return result
    }

    static func merged(_ base: StatementSet, over own: StatementSet) -> StatementSet {
        var result = base
        result.statements = replaced(base.statements, by: own.statements)
        result.notes = replaced(base.notes, by: own.notes)
        result.accountNotes = base.accountNotes || own.accountNotes
        result.overview = own.overview ?? base.overview
        return result
    }

    private static func replaced(_ tables: [StatementDescription], by own: [StatementDescription]) -> [StatementDescription] {
        var result = tables.map { table in own.first { $0.id == table.id } ?? table }
        result += own.filter { table in !tables.contains { $0.id == table.id } }
        return result
    }

    /// A `grupp:` row becomes one account row per line of that mapping group.
    static func expanded(_ table: StatementDescription, _ mapping: AccountMapping) throws -> StatementDescription {
        var result = table
        result.rows = try table.rows.flatMap { row -> [RowDescription] in
            guard let groupId = row.group else { return [row] }
            guard let group = (mapping.incomeGroups + mapping.balanceGroups).first(where: { $0.id == groupId }) else {
                let known = (mapping.incomeGroups + mapping.balanceGroups).map(\.id).joined(separator: ", ")
                throw InputError("Gruppen \"\(groupId)\" finns inte i kontoplanens mappning (grupperna är \(known)).", at: row.location)
            }
            return groupRows(row, group)
        }
        return result
    }

    /// A heading takes the group's heading, a sum its sum label and lines; an account row
    /// becomes the group's lines and, under its own id, an unprinted sum of them.
    static func groupRows(_ row: RowDescription, _ group: MappedGroup) -> [RowDescription] {
        var own = row
        own.group = nil
        switch row.kind {
        case .text:
            own.label = row.label ?? group.label
            return [own]
        case .sum, .subtotal:
            own.label = row.label ?? group.sumLabel ?? group.label
            own.terms = row.terms ?? group.lines.map { RowDescription.Term(id: $0.id, sign: 1) }
            return [own]
        case .accounts, .partOf, .blank:
            own.kind = .subtotal
            own.printed = false
            own.terms = group.lines.map { RowDescription.Term(id: $0.id, sign: 1) }
            return lines(row, group) + [own]
        }
    }

    static func lines(_ row: RowDescription, _ group: MappedGroup) -> [RowDescription] {
        group.lines.map { line in
            var lineRow = row
            lineRow.id = line.id
            lineRow.label = line.label
            lineRow.group = nil
            lineRow.role = nil
            lineRow.mappingLines = [line.id]
            lineRow.note = line.note.map { $0 == .accounts ? line.id : DescribedNotes.memberNote }
            return lineRow
        }
    }

    /// For each row that refers to a note nobody described, where the note's id is a
    /// mapping line marked `not: konton`: that line's accounts, both years, and their sum.
    static func accountNotes(_ set: StatementSet, _ mapping: AccountMapping) -> [StatementDescription] {
        var made: [StatementDescription] = []
        let described = Set(set.notes.map(\.id))
        for row in set.statements.flatMap(\.rows) {
            guard let id = row.note, !described.contains(id), !made.contains(where: { $0.id == id }),
                  let line = mapping.allLines.first(where: { $0.id == id && $0.note == .accounts }) else { continue }
            let columns = line.kind.isBalance
                ? [ColumnDescription(titles: ["UB {år}-12-31"], year: 0, measure: .closing),
                   ColumnDescription(titles: ["UB {fjol}-12-31"], year: -1, measure: .closing)]
                : [ColumnDescription(titles: ["Jan–dec {år}"], year: 0, measure: .result),
                   ColumnDescription(titles: ["Jan–dec {fjol}"], year: -1, measure: .result)]
            let accounts = RowDescription(
                id: "\(id)_konton", label: nil, kind: .accounts, accounts: [], mappingLines: [id], group: nil, terms: nil,
                sign: 1, displaySign: 1, measure: nil, note: nil, hideWhenZero: false, printed: true, perAccount: true,
                mark: nil, location: row.location)
            var sum = accounts
            sum.id = "\(id)_summa"
            sum.label = "Summa"
            sum.kind = .sum
            sum.mappingLines = []
            sum.perAccount = false
            made.append(StatementDescription(
                id: id, title: line.label, kind: .note, unit: .kronorAndOre, columns: columns, rows: [accounts, sum],
                hideZeroRows: false, accountColumn: true, texts: [], footnote: nil, location: row.location))
        }
        return made
    }
}
