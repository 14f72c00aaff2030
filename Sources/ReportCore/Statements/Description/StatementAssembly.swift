/// Makes the description a report uses: the folder's file over its base (tables replaced
/// by id, new ones added), mapping groups expanded into their lines, the account notes
/// made for lines marked `not: konton`, and the whole validated.
enum StatementAssembly {
    static func assemble(_ set: StatementSet, base: StatementSet?, mapping: AccountMapping) throws -> StatementSet {
        var result = base.map { merged($0, over: set) } ?? set
        result.source = set.source
        result.statementUnit = set.statementUnit ?? result.statementUnit
        result.printedGroupLabels = printedGroupLabels(result.all)
        result.statements = try result.statements.map { try expanded($0, mapping) }
        result.notes = try result.notes.map { try expanded($0, mapping) }
        if let unit = result.statementUnit {
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
        result.operating = own.operating ?? base.operating
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
        let lines = Set(mapping.allLines.map(\.id))
        result.rows = try table.rows.flatMap { row -> [RowDescription] in
            if let unknown = row.mappingLines.first(where: { !lines.contains($0) }) {
                throw InputError("Raden \"\(row.id)\" tar raden \"\(unknown)\" ur kontoplanens mappning, men mappningen har ingen rad med det id:t (raderna är \(mapping.allLines.map(\.id).joined(separator: ", "))).",
                                 at: row.location)
            }
            var row = row
            if let groupId = row.groupResult {
                let group = try self.group(groupId, mapping, row: row)
                guard let label = row.label ?? group.resultLabel else {
                    throw InputError("Gruppen \"\(groupId)\" har inget \"resultat\" i kontoplanens mappning; ge raden \"\(row.id)\" en egen text.", at: row.location)
                }
                row.label = label
            }
            guard let groupId = row.group else { return [row] }
            return groupRows(row, try group(groupId, mapping, row: row))
        }
        return result
    }

    static func group(_ id: String, _ mapping: AccountMapping, row: RowDescription) throws -> MappedGroup {
        let groups = mapping.incomeGroups + mapping.balanceGroups
        guard let group = groups.first(where: { $0.id == id }) else {
            throw InputError("Gruppen \"\(id)\" finns inte i kontoplanens mappning (grupperna är \(groups.map(\.id).joined(separator: ", "))).", at: row.location)
        }
        return group
    }

    /// The group headings the rows print: a heading or sum row naming a group without its
    /// own text, and a group's result row without its own text.
    static func printedGroupLabels(_ tables: [StatementDescription]) -> Set<PrintedGroupLabel> {
        var printed = Set<PrintedGroupLabel>()
        for row in tables.flatMap(\.rows) where row.label == nil && row.printed {
            if let group = row.group, row.kind == .text { printed.insert(PrintedGroupLabel(group: group, field: .heading)) }
            if let group = row.group, row.kind.sumsRows { printed.insert(PrintedGroupLabel(group: group, field: .sum)) }
            if let group = row.groupResult { printed.insert(PrintedGroupLabel(group: group, field: .result)) }
        }
        return printed
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
    /// mapping line marked `not: konton`: that line's accounts, both years, and their sum,
    /// in the statements' unit where the file sets one for all (`enhet: kronor`).
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
                id: id, title: line.label, kind: .note, unit: set.statementUnit ?? .kronorAndOre, columns: columns, rows: [accounts, sum],
                hideZeroRows: false, accountColumn: true, texts: [], footnote: nil, location: row.location))
        }
        return made
    }
}
