/// The provenance of every cell of the operating report: the book amounts it adds (per
/// account and cost centre, #PSALDO/#RES/#PBUDGET or the budget file's line), the rule,
/// and the rounding to tkr. A deviation adds the outcome and subtracts the budget; a net
/// or deviation column printed from other printed columns says so.
struct OperatingProvenance {
    let reportYear: Int

    func rows(_ operating: OperatingStatement, amounts: [String: [[BookAmount]?]]) -> [RowProvenance] {
        operating.tables.flatMap { table in
            table.rows.indices.compactMap { index -> RowProvenance? in
                let row = table.rows[index]
                guard row.kind != .text && row.kind != .blank else { return nil }
                let governor = table.rows[(index + 1)...].first { $0.kind == .total || $0.kind == .subtotal }.map { "drift_\($0.id)" }
                let cells = table.columns.indices.compactMap { column -> CellProvenance? in
                    guard let exact = row.exact[column], let printed = row.printed[column] else { return nil }
                    let books = amounts[row.id]?[column] ?? []
                    return cell(table.columns[column], index: column, exact: exact, printed: printed, books, governedBy: governor)
                }
                return RowProvenance(id: "drift_\(row.id)", label: row.label, cells: cells, table: "drift_\(table.id)",
                                     tableTitle: "\(operating.title), \(table.caption.lowercased())", tableKind: "drift", noteNumber: nil)
            }
        }
    }

    func cell(_ column: OperatingColumn, index: Int, exact: Money, printed: Int64, _ amounts: [BookAmount], governedBy: String?) -> CellProvenance {
        let year = reportYear + column.year
        let titles = column.titles.map {
            $0.replacingOccurrences(of: "{år}", with: String(reportYear)).replacingOccurrences(of: "{fjol}", with: String(reportYear - 1))
        }
        let nearest = roundedQuotient(exact.ore, AmountUnit.tkr.ore)
        let rounding = column.derived && printed != nearest
            ? RoundingStep(unit: AmountUnit.tkr.rawValue, rounded: printed, printed: printed, method: "härledd",
                           remainder: Money(ore: exact.ore - printed * AmountUnit.tkr.ore), governedBy: nil)
            : RoundingRule.step(exact: exact, printed: printed, displaySign: 1, unit: .tkr, governedBy: governedBy)
        return CellProvenance(index: index, column: titles.joined(separator: ", "), year: year, exact: exact, rule: rule(column),
                              amounts: amounts, rows: [], rounding: rounding)
    }

    func rule(_ column: OperatingColumn) -> ProvenanceRule {
        if column.amount == .deviation {
            return ProvenanceRule(kind: "differens", text: "Utfall minus budget: utfallets belopp och budgetens belopp med omvänt tecken.")
        }
        let what = column.amount == .budget ? "budgetens belopp" : "det bokförda"
        let side = [OperatingSide.revenue: "intäkterna", .costs: "kostnaderna", .net: "intäkterna och kostnaderna"][column.side] ?? ""
        var text = "Summan av \(what) för \(side) per konto och kostnadsställe, i rapportens tecken (intäkter positiva, kostnader negativa)."
        if column.derived { text += " Det tryckta talet räknas ur de tryckta kolumnerna det består av, så att raden går ihop." }
        return ProvenanceRule(kind: "konton", text: text)
    }
}
