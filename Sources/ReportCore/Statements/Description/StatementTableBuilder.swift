/// Turns a description into a `ReportTable`: evaluates every printed row per column,
/// expands per-account rows, leaves out zero rows where the table asks for it, and rounds
/// once to the table's unit (`TableRounding`).
struct StatementTableBuilder {
    let evaluator: StatementEvaluator
    let year: Int
    let noteNumbers: [String: Int]

    /// A printed row before rounding, with the rows of this table it sums (for rounding).
    struct Evaluated {
        var row: ReportTableRow
        var sign: Int64
        var displaySign: Int64
        var terms: [(index: Int, sign: Int64)]?
        var hideWhenZero: Bool
    }

    func build(_ description: StatementDescription, number: Int? = nil) -> ReportTable {
        var evaluated: [Evaluated] = []
        var indices: [String: [Int]] = [:]
        for row in description.rows where row.printed {
            let expanded = evaluate(row, description)
            indices[row.id] = Array(evaluated.count..<(evaluated.count + expanded.count))
            evaluated += expanded
        }
        for position in evaluated.indices {
            guard evaluated[position].row.account == nil || evaluator.rows[evaluated[position].row.id] != nil,
                  let source = evaluator.rows[evaluated[position].row.id], source.kind.sumsRows || source.terms != nil else { continue }
            evaluated[position].terms = resolvedTerms(source, indices: indices)
        }
        let printed = TableRounding.round(evaluated, unit: description.unit)
        for position in evaluated.indices { evaluated[position].row.printed = printed[position] }
        let rows = ZeroRows.visible(evaluated, hideAll: description.hideZeroRows).map(\.row)
        return ReportTable(
            id: description.id, title: description.title, kind: description.kind, unit: description.unit,
            columnTitles: description.columns.map { $0.titles.map(substituted) }, columnYears: description.columns.map(\.year),
            accountColumn: description.accountColumn, noteColumn: rows.contains { $0.note != nil }, rows: rows,
            texts: description.texts, footnote: description.footnote, number: number)
    }

    /// `{år}` → 2024, `{fjol}` → 2023.
    func substituted(_ title: String) -> String {
        title.replacingOccurrences(of: "{år}", with: String(year)).replacingOccurrences(of: "{fjol}", with: String(year - 1))
    }

    func evaluate(_ row: RowDescription, _ table: StatementDescription) -> [Evaluated] {
        let kind = Self.kind(row.kind)
        let note = row.note.flatMap { noteNumbers[$0] }
        if row.perAccount && row.kind == .accounts {
            return evaluator.accounts(of: row).compactMap { account in
                let values = table.columns.map { column in
                    StatementEvaluator.measure(row: row.measure, inherited: nil, column: column.measure).map {
                        Money(ore: row.sign * evaluator.amount(account, year: column.year, measure: $0).ore)
                    }
                }
                guard values.contains(where: { $0.map { !$0.isZero } ?? false }) else { return nil }
                let label = evaluator.ledger.accountName(account) + (row.mark ?? "")
                return Evaluated(row: ReportTableRow(id: "\(row.id)_\(account)", label: label, kind: kind, account: account,
                                                     exact: values, printed: [], note: note, accounts: [account]),
                                 sign: row.sign, displaySign: row.displaySign, terms: nil, hideWhenZero: row.hideWhenZero)
            }
        }
        let values = row.kind.hasAmounts ? table.columns.map { evaluator.value(row, $0) } : table.columns.map { _ in nil }
        let accounts = row.kind == .accounts || row.kind == .partOf ? evaluator.accounts(of: row) : []
        let single = accounts.count == 1 && table.accountColumn ? accounts.first : nil
        return [Evaluated(row: ReportTableRow(id: row.id, label: label(row, accounts: accounts) + (row.mark ?? ""), kind: kind,
                                              account: single, exact: values, printed: [], note: note, accounts: accounts),
                          sign: row.sign, displaySign: row.displaySign, terms: nil, hideWhenZero: row.hideWhenZero)]
    }

    /// The written label, else the mapping line's or the single account's name.
    func label(_ row: RowDescription, accounts: [String]) -> String {
        if let label = row.label { return label }
        if row.mappingLines.count == 1, let line = evaluator.ledger.linesById[row.mappingLines[0]] { return line.label }
        if accounts.count == 1 { return evaluator.ledger.accountName(accounts[0]) }
        return ""
    }

    /// The printed rows a sum adds, when every one of them is in this table; nil when a
    /// term lies elsewhere (then the sum is rounded on its own).
    func resolvedTerms(_ row: RowDescription, indices: [String: [Int]]) -> [(index: Int, sign: Int64)]? {
        var result: [(index: Int, sign: Int64)] = []
        for term in evaluator.terms(of: row) {
            guard let summed = evaluator.rows[term.id] else { return nil }
            if !summed.printed, summed.kind.sumsRows || summed.terms != nil {
                guard let inner = resolvedTerms(summed, indices: indices) else { return nil }
                result += inner.map { ($0.index, $0.sign * term.sign * summed.sign) }
                continue
            }
            guard let positions = indices[term.id], !positions.isEmpty || summed.perAccount else { return nil }
            result += positions.map { ($0, term.sign) }
        }
        return result
    }

    static func kind(_ kind: RowDescription.Kind) -> ReportTableRow.Kind {
        switch kind {
        case .accounts: return .line
        case .partOf: return .partOf
        case .sum: return .total
        case .subtotal: return .subtotal
        case .text: return .text
        case .blank: return .blank
        }
    }
}
