/// The overview's figures for one year from the books: the exact amount of every tkr row
/// (statement rows, roles, sums), and this year also the counts (named figures). Last year
/// is read where the books have it: results from last year's #RES, balances from this
/// year's opening balances (last year's closing).
struct OverviewFigures {
    var exact: [String: Money] = [:]
    var counts: [String: Int64] = [:]
    var findings: [Finding] = []

    static func compute(_ description: OverviewDescription, statements: StatementReader, lastYear: Bool,
                        figures: [String: NamedFigure] = [:]) -> OverviewFigures {
        var result = OverviewFigures()
        for row in description.rows { result.resolve(row, description, statements, lastYear: lastYear, figures: figures) }
        return result
    }

    private mutating func resolve(_ row: OverviewDescription.Row, _ description: OverviewDescription, _ statements: StatementReader,
                                  lastYear: Bool, figures: [String: NamedFigure]) {
        guard exact[row.id] == nil, counts[row.id] == nil else { return }
        switch row.source {
        case let .statementRows(terms):
            exact[row.id] = signedSum(terms) { statements.value($0, lastYear: lastYear) }
        case let .role(role):
            exact[row.id] = statements.value(role: role, lastYear: lastYear)
        case let .sum(terms):
            for term in terms { if let summed = description.row(term.id) { resolve(summed, description, statements, lastYear: lastYear, figures: figures) } }
            let total = signedSum(terms) { exact[$0] }
            exact[row.id] = total
            if !lastYear, let role = row.role, let total, let stated = statements.value(role: role, lastYear: false), stated != total {
                findings.append(Finding(.error, code: "oversikt-summa", message:
                    "Flerårsöversiktens rad \"\(row.label)\" summerar till \(total.kronorText), men räkningarnas rad med rollen \(role.written) är \(stated.kronorText) (skillnad \((total - stated).kronorText)); raderna den summerar täcker inte samma konton.",
                    location: row.location))
            }
        case let .figure(name):
            guard !lastYear else { return }
            guard let figure = figures[name] else {
                findings.append(Finding(.error, code: "oversikt-figur", message:
                    "Flerårsöversiktens rad \"\(row.label)\" tar talet \"\(name)\", som inte finns." + OverviewValidation.suggestion(name, among: Array(figures.keys)),
                    location: row.location))
                return
            }
            guard let count = Int64(figure.value) else {
                findings.append(Finding(.error, code: "oversikt-figur", message:
                    "Flerårsöversiktens rad \"\(row.label)\" tar talet \"\(name)\", men det är \(figure.text) och inte ett heltal.", location: row.location))
                return
            }
            counts[row.id] = count
        case .ratio:
            break
        }
    }

    /// nil when no term has a figure (last year without last year's books).
    private func signedSum(_ terms: [RowDescription.Term], _ value: (String) -> Money?) -> Money? {
        let values = terms.map { term in value(term.id).map { Money(ore: term.sign * $0.ore) } }
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        return values.compactMap { $0 }.sum()
    }

    /// The printed figures: a sum is rounded from its exact amount and its terms so that they
    /// add up to it (largest remainder); a ratio from the exact amounts.
    func rounded(_ description: OverviewDescription) -> [String: Int64] {
        var result: [String: Int64] = [:]
        let summed = Set(description.rows.flatMap { $0.sumTerms.map(\.id) })
        func assign(_ row: OverviewDescription.Row, _ value: Int64) {
            result[row.id] = value
            let terms = row.sumTerms
            guard !terms.isEmpty else { return }
            let signed = terms.map { term in term.sign * (exact[term.id] ?? .zero).ore }
            let split = LargestRemainder.split(numerators: signed, denominator: Tkr(0).unitOre, target: value)
            for (term, part) in zip(terms, split) {
                if let termRow = description.row(term.id) { assign(termRow, term.sign * part) }
            }
        }
        for row in description.rows where row.unit == .tkr && !summed.contains(row.id) {
            assign(row, TkrRule.round(exact[row.id] ?? .zero).units)
        }
        for row in description.rows {
            if row.unit == .count { result[row.id] = counts[row.id] ?? 0 }
            if case let .ratio(numerator, denominator) = row.source {
                result[row.id] = Int64(OverviewBuilder.percent((exact[numerator] ?? .zero).ore, (exact[denominator] ?? .zero).ore))
            }
        }
        return result
    }
}

/// A statement row's figure for the overview: the income statement's result, the balance
/// sheet's closing balance, the cash flow's change, a note's first column of the year.
struct StatementReader {
    let evaluator: StatementEvaluator
    let set: StatementSet
    private let tableOfRow: [String: StatementDescription]

    init(evaluator: StatementEvaluator, set: StatementSet) {
        self.evaluator = evaluator
        self.set = set
        var tables: [String: StatementDescription] = [:]
        for table in set.all { for row in table.rows where tables[row.id] == nil { tables[row.id] = table } }
        tableOfRow = tables
    }

    func value(role: StatementRole, lastYear: Bool) -> Money? {
        set.all.flatMap(\.rows).first { $0.role == role }.flatMap { value($0.id, lastYear: lastYear) }
    }

    func value(_ id: String, lastYear: Bool) -> Money? {
        guard let row = evaluator.rows[id], let table = tableOfRow[id], let column = column(table, lastYear: lastYear) else { return nil }
        return evaluator.value(row, column) ?? .zero
    }

    private func column(_ table: StatementDescription, lastYear: Bool) -> ColumnDescription? {
        let ledger = evaluator.ledger
        let measure: Measure
        switch table.kind {
        case .income: measure = .result
        case .balance: measure = .closing
        case .cashFlow: measure = .change
        case .note: measure = table.columns.first { $0.year == 0 }?.measure ?? .result
        }
        guard lastYear else { return ColumnDescription(titles: [], year: 0, measure: measure) }
        switch measure {
        case .closing: return ColumnDescription(titles: [], year: 0, measure: .opening)
        case .result: return ledger.hasLastYear ? ColumnDescription(titles: [], year: -1, measure: .result) : nil
        case .opening, .change: return ledger.hasLastYearBalances ? ColumnDescription(titles: [], year: -1, measure: measure) : nil
        }
    }
}
