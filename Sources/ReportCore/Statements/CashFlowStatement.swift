/// Kassaflödesanalys by the indirect method: the result, the change in working capital
/// (an increase in receivables is negative, an increase in liabilities positive),
/// investments and financing; their sum is the change in liquid funds.
public struct CashFlowStatement: Equatable, Sendable, Codable {
    public var rows: [StatementRow]
    public var result: YearPair
    public var operating: YearPair
    public var receivables: YearPair
    public var shortTermLiabilities: YearPair
    public var workingCapital: YearPair
    public var investments: YearPair
    public var financing: YearPair
    public var changeInLiquidFunds: YearPair
    /// The cash and bank accounts' own change (UB − IB), which the statement must equal.
    public var cashAccountsChange: YearPair

    public func row(_ id: String) -> StatementRow? { rows.first { $0.id == id } }
}

enum CashFlowBuilder {
    struct Column {
        var result, operating, receivables, liabilities, workingCapital, investments, longTermReceivables,
            longTermLiabilities, financing, change, cash: Money
    }

    static func column(_ ledger: LedgerView, year: Int, result: Money) -> Column {
        func change(_ kind: MappedLine.Kind) -> Money { ledger.kindClosing(year, kind) - ledger.kindOpening(year, kind) }
        let provisions = change(.provisions)
        let receivables = -change(.receivables)
        let liabilities = change(.shortTermLiabilities)
        let investments = -change(.fixedAssets)
        let longTerm = change(.longTermLiabilities)
        let operating = result + provisions
        let working = receivables + liabilities
        let total = operating + working + investments + longTerm
        return Column(result: result, operating: operating, receivables: receivables, liabilities: liabilities,
                      workingCapital: working, investments: investments, longTermReceivables: .zero,
                      longTermLiabilities: longTerm, financing: longTerm, change: total, cash: change(.cash))
    }

    static func build(_ ledger: LedgerView, result: YearPair) -> CashFlowStatement {
        let now = column(ledger, year: 0, result: result.thisYear)
        let last = ledger.hasLastYearBalances ? result.lastYear.map { column(ledger, year: -1, result: $0) } : nil
        func pair(_ path: KeyPath<Column, Money>) -> YearPair { YearPair(now[keyPath: path], last?[keyPath: path]) }
        func row(_ kind: StatementRow.Kind, _ id: String, _ label: String, _ path: KeyPath<Column, Money>? = nil) -> StatementRow {
            guard let path else { return StatementRow(kind: kind, id: id, label: label) }
            return StatementRow(kind: kind, id: id, label: label, thisYear: now[keyPath: path], lastYear: last?[keyPath: path])
        }
        let rows = [
            row(.heading, "lopande", "Löpande verksamhet"),
            row(.line, "arets_resultat", "Årets resultat", \.result),
            row(.sum, "kassaflode_lopande", "Kassaflöde från löpande verksamhet", \.operating),
            row(.heading, "rorelsekapital", "Förändring av rörelsekapital"),
            row(.line, "kortfristiga_fordringar", "Kortfristiga fordringar", \.receivables),
            row(.line, "kortfristiga_skulder", "Kortfristiga skulder", \.liabilities),
            row(.sum, "forandring_rorelsekapital", "Förändring av rörelsekapital", \.workingCapital),
            row(.heading, "investeringar", "Investeringar"),
            row(.line, "investeringar_rad", "Investeringar", \.investments),
            row(.sum, "investeringsnetto", "Investeringsnetto", \.investments),
            row(.heading, "finansiering", "Finansiering"),
            row(.line, "langfristiga_fordringar", "Långfristiga fordringar", \.longTermReceivables),
            row(.line, "langfristiga_skulder", "Långfristiga skulder", \.longTermLiabilities),
            row(.sum, "finansieringsnetto", "Finansieringsnetto", \.financing),
            row(.total, "forandring_likvida_medel", "Förändring av likvida medel", \.change),
        ]
        return CashFlowStatement(
            rows: rows, result: pair(\.result), operating: pair(\.operating), receivables: pair(\.receivables),
            shortTermLiabilities: pair(\.liabilities), workingCapital: pair(\.workingCapital),
            investments: pair(\.investments), financing: pair(\.financing), changeInLiquidFunds: pair(\.change),
            cashAccountsChange: pair(\.cash))
    }
}
