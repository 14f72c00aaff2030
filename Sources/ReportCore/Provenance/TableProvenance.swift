/// The provenance of every row with amounts in the described statements and notes: per
/// column, the book amounts, the rule (accounts added or rows added) and the rounding
/// from the exact value to the printed one.
struct TableProvenance {
    let evaluator: StatementEvaluator
    let set: StatementSet
    let reportYear: Int
    /// Row id → the rows that add it, in id order.
    let summers: [String: [String]]

    init(evaluator: StatementEvaluator, set: StatementSet, reportYear: Int) {
        self.evaluator = evaluator
        self.set = set
        self.reportYear = reportYear
        var summers: [String: [String]] = [:]
        for row in evaluator.rows.values.sorted(by: { $0.id < $1.id }) where row.kind.sumsRows || row.terms != nil {
            for term in evaluator.terms(of: row) { summers[term.id, default: []].append(row.id) }
        }
        self.summers = summers
    }

    func rows(_ tables: [ReportTable]) -> [RowProvenance] {
        tables.flatMap { table -> [RowProvenance] in
            guard let description = set.all.first(where: { $0.id == table.id }) else { return [] }
            let printedIds = Set(table.rows.map(\.id))
            return table.rows.compactMap { row($0, table, description, printedIds: printedIds) }
        }
    }

    func row(_ row: ReportTableRow, _ table: ReportTable, _ description: StatementDescription,
             printedIds: Set<String>) -> RowProvenance? {
        guard row.kind != .text && row.kind != .blank, let source = self.source(of: row) else { return nil }
        let governing = governingSum(of: source.id, printedIds: printedIds)
        let cells = description.columns.indices.compactMap { index -> CellProvenance? in
            guard index < row.exact.count, let exact = row.exact[index], let printed = row.printed[index] else { return nil }
            let column = description.columns[index]
            let amounts = self.amounts(row, source, column) ?? []
            return CellProvenance(
                index: index, column: table.columnTitles[index].filter { !$0.isEmpty }.joined(separator: " "), year: reportYear + column.year,
                exact: exact, rule: rule(source, perAccount: row.account != nil && evaluator.rows[row.id] == nil, column),
                amounts: amounts, rows: summedRows(source, perAccount: evaluator.rows[row.id] == nil),
                rounding: RoundingRule.step(exact: exact, printed: printed, displaySign: source.displaySign, unit: table.unit,
                                            governedBy: governing))
        }
        return RowProvenance(id: row.id, label: row.label, cells: cells, table: table.id, tableTitle: table.title,
                             tableKind: table.kind.rawValue, noteNumber: table.number)
    }

    /// The sum printed in this table that a row is a term of, through unprinted helper
    /// sums: its rounding is what moves this row's by largest remainder.
    func governingSum(of id: String, printedIds: Set<String>) -> String? {
        var target = id
        for _ in 0..<8 {
            let candidates = summers[target] ?? []
            if let printed = candidates.first(where: printedIds.contains) { return printed }
            guard let helper = candidates.first(where: { evaluator.rows[$0]?.printed == false }) else { return nil }
            target = helper
        }
        return nil
    }

    /// The description behind a printed row; a per-account row (`<id>_<account>`) has its
    /// parent's.
    func source(of row: ReportTableRow) -> RowDescription? {
        if let own = evaluator.rows[row.id] { return own }
        guard let account = row.account, row.id.hasSuffix("_" + account) else { return nil }
        return evaluator.rows[String(row.id.dropLast(account.count + 1))]
    }

    func amounts(_ row: ReportTableRow, _ source: RowDescription, _ column: ColumnDescription) -> [BookAmount]? {
        guard evaluator.rows[row.id] == nil, let account = row.account else {
            return evaluator.bookAmounts(source, column, reportYear: reportYear)
        }
        guard let measure = StatementEvaluator.measure(row: source.measure, inherited: nil, column: column.measure) else { return nil }
        return [evaluator.bookAmount(account, year: column.year, measure: measure, sign: source.sign, reportYear: reportYear)]
    }

    func summedRows(_ source: RowDescription, perAccount: Bool) -> [SummedRow] {
        guard !perAccount, source.kind.sumsRows || source.terms != nil else { return [] }
        return evaluator.terms(of: source).map { SummedRow(id: $0.id, sign: Int($0.sign * source.sign)) }
    }

    func rule(_ source: RowDescription, perAccount: Bool, _ column: ColumnDescription) -> ProvenanceRule {
        let measure = StatementEvaluator.measure(row: source.measure, inherited: nil, column: column.measure) ?? column.measure
        let turned = source.sign < 0 ? ", med omvänt tecken" : ""
        if perAccount || !(source.kind.sumsRows || source.terms != nil) {
            return ProvenanceRule(kind: "konton", text: "Kontots eller kontonas \(Self.measureText(measure)) \(reportYear + column.year) "
                + "i rapportens tecken (tillgångar som bokförda, övriga konton med omvänt tecken)\(turned).")
        }
        let terms = evaluator.terms(of: source).enumerated().map { index, term in
            (term.sign < 0 ? (index == 0 ? "−" : "− ") : (index == 0 ? "" : "+ ")) + (evaluator.rows[term.id]?.label ?? term.id)
        }
        return ProvenanceRule(kind: "summa", text: "Summan av raderna \(terms.joined(separator: " "))\(turned).")
    }

    static func measureText(_ measure: Measure) -> String {
        switch measure {
        case .result: return "resultat (#RES)"
        case .opening: return "ingående balans (#IB)"
        case .closing: return "utgående balans (#UB)"
        case .change: return "förändring under året (#UB − #IB)"
        }
    }
}

/// The rounding step of one figure, by the report's one rule (`TkrRule`, `TableRounding`).
enum RoundingRule {
    static func step(exact: Money, printed: Int64, displaySign: Int64, unit: AmountUnit, governedBy: String?) -> RoundingStep {
        let rounded = printed * displaySign
        let nearest = unit.ore == 1 ? exact.ore : roundedQuotient(exact.ore, unit.ore)
        let method = unit.ore == 1 ? "exakt" : rounded == nearest ? "närmaste" : "största_rest"
        return RoundingStep(unit: unit.rawValue, rounded: rounded, printed: printed, method: method, remainder: Money(ore: exact.ore - rounded * unit.ore),
                            governedBy: unit.ore == 1 ? nil : governedBy)
    }
}
