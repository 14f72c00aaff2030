/// A row of a statement in kr with öre: a heading, an account line, a sum or a result.
public struct StatementRow: Equatable, Sendable, Codable {
    public enum Kind: String, Equatable, Sendable, Codable { case heading, line, sum, result, total }

    public var kind: Kind
    public var id: String
    public var label: String
    public var thisYear: Money?
    public var lastYear: Money?
    /// The note's number, when the line has one.
    public var note: Int?

    public init(kind: Kind, id: String, label: String, thisYear: Money? = nil, lastYear: Money? = nil, note: Int? = nil) {
        self.kind = kind
        self.id = id
        self.label = label
        self.thisYear = thisYear
        self.lastYear = lastYear
        self.note = note
    }
}

/// A figure for this year and, where the books have it, last year.
public struct YearPair: Equatable, Sendable, Codable {
    public var thisYear: Money
    public var lastYear: Money?

    public init(_ thisYear: Money, _ lastYear: Money?) {
        self.thisYear = thisYear
        self.lastYear = lastYear
    }
}

/// Resultaträkning.
public struct IncomeStatement: Equatable, Sendable, Codable {
    public var rows: [StatementRow]
    public var result: YearPair

    public func row(_ id: String) -> StatementRow? { rows.first { $0.id == id } }
}

enum IncomeStatementBuilder {
    static func build(_ ledger: LedgerView, notes: [String: Int]) -> IncomeStatement {
        let last = ledger.hasLastYear
        var rows: [StatementRow] = []
        var running = (Money.zero, Money.zero)
        for group in ledger.mapping.incomeGroups {
            if !group.label.isEmpty { rows.append(StatementRow(kind: .heading, id: "rubrik_\(group.id)", label: group.label)) }
            var sum = (Money.zero, Money.zero)
            for line in group.lines {
                let amounts = (ledger.lineResult(0, line), ledger.lineResult(-1, line))
                sum = (sum.0 + amounts.0, sum.1 + amounts.1)
                rows.append(StatementRow(kind: .line, id: line.id, label: line.label, thisYear: amounts.0,
                                         lastYear: last ? amounts.1 : nil, note: notes[line.id]))
            }
            running = (running.0 + sum.0, running.1 + sum.1)
            if let label = group.sumLabel {
                rows.append(StatementRow(kind: .sum, id: "summa_\(group.id)", label: label, thisYear: sum.0, lastYear: last ? sum.1 : nil))
            }
            if let label = group.resultLabel {
                rows.append(StatementRow(kind: .result, id: "resultat_efter_\(group.id)", label: label,
                                         thisYear: running.0, lastYear: last ? running.1 : nil))
            }
        }
        return IncomeStatement(rows: rows, result: YearPair(running.0, last ? running.1 : nil))
    }
}
