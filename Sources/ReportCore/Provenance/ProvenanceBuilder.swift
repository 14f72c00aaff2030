/// Builds the model's provenance from what `AnnualReportBuilder` computed: the described
/// tables, the operating statement, the members' split and the named figures.
public enum ProvenanceBuilder {
    struct Parts {
        var evaluator: StatementEvaluator
        var set: StatementSet
        var year: Int
        var tables: [ReportTable]
        var operating: OperatingStatement?
        /// Per operating row id, each printed column's book amounts.
        var operatingAmounts: [String: [[BookAmount]?]]
        var memberFinancing: MemberFinancingNote?
        var members: [MemberRecord]
        var figures: [String: NamedFigure]
        var result: YearPair
        var solvency: Solvency
    }

    static func build(_ parts: Parts) -> ModelProvenance {
        let ledger = parts.evaluator.ledger
        let rows = TableProvenance(evaluator: parts.evaluator, set: parts.set, reportYear: parts.year).rows(parts.tables)
        let operating = parts.operating.map { OperatingProvenance(reportYear: parts.year).rows($0, amounts: parts.operatingAmounts) } ?? []
        let split = parts.memberFinancing.map { MemberSplitTrail.build($0, members: parts.members, ledger: ledger, reportYear: parts.year) }
        let figures = FigureTrail(ledger: ledger, reportYear: parts.year, rows: rows).figures(parts.figures, exact: exactFigures(parts))
        return ModelProvenance(rows: rows, operating: operating, memberSplit: split, figures: figures)
    }

    /// The exact values behind the figures that are sums of accounts, as the model has them.
    static func exactFigures(_ parts: Parts) -> [String: Money] {
        var exact: [String: Money] = [:]
        for name in ["resultat_kr", "resultat_tkr", "resultat_mkr"] { exact[name] = parts.result.thisYear }
        exact["resultat_foregaende_ar_tkr"] = parts.result.lastYear
        let ledger = parts.evaluator.ledger
        exact["verksamhetens_kostnader_tkr"] = ledger.mapping.allLines.filter { $0.kind == .cost }.map { ledger.lineResult(0, $0) }.sum()
        exact["medlemsfinansiering_tkr"] = parts.memberFinancing?.total
        exact["medlemsfinansiering_mkr"] = parts.memberFinancing?.total
        exact["totala_tillgangar_tkr"] = parts.solvency.totalAssets
        for name in ["eget_kapital_tkr", "eget_kapital_kr", "eget_kapital_utgaende_tkr"] { exact[name] = parts.solvency.equity }
        return exact
    }

    /// The vouchers behind each balance change of this year (`--verifikationer`): every
    /// #TRANS on the account, with its voucher's series, number, date and text.
    public static func addingVouchers(_ provenance: ModelProvenance, books: Books, year: Int) -> ModelProvenance {
        var byAccount: [String: [VoucherLine]] = [:]
        for voucher in books.vouchers {
            for transaction in voucher.effectiveTransactions {
                byAccount[transaction.account, default: []].append(VoucherLine(
                    series: voucher.series, number: voucher.number, date: transaction.date ?? voucher.date,
                    text: transaction.text.flatMap { $0.isEmpty ? nil : $0 } ?? voucher.text, amount: transaction.amount))
            }
        }
        func attach(_ amount: BookAmount) -> BookAmount {
            guard amount.year == year, amount.source == "#UB" || amount.source == "#UB−#IB", !amount.account.isEmpty else { return amount }
            var copy = amount
            copy.vouchers = byAccount[amount.account] ?? []
            return copy
        }
        var result = provenance
        result.rows = provenance.rows.map { row in
            var copy = row
            copy.cells = row.cells.map { cell in
                var cellCopy = cell
                cellCopy.amounts = cell.amounts.map(attach)
                return cellCopy
            }
            return copy
        }
        return result
    }
}
