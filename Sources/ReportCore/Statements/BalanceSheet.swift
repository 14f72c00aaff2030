/// Balansräkning: opening balance, change and closing balance per line, in kr with öre.
public struct BalanceSheet: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var kind: StatementRow.Kind
        public var id: String
        public var label: String
        /// nil for "Periodens resultat", which has no opening balance.
        public var opening: Money?
        public var change: Money?
        public var closing: Money?
        public var note: Int?
    }

    public var rows: [Row]
    public var totalAssets: Row
    public var totalEquityAndLiabilities: Row
    /// Summa eget kapital, the year's result included.
    public var equity: Row

    public func row(_ id: String) -> Row? { rows.first { $0.id == id } }
}

enum BalanceSheetBuilder {
    static let assetsLabel = "Summa tillgångar"
    static let equityAndLiabilitiesLabel = "Summa eget kapital, avsättningar och skulder"

    static func build(_ ledger: LedgerView, result: Money, notes: [String: Int]) -> BalanceSheet {
        var rows: [BalanceSheet.Row] = []
        var totals: [MappedGroup.Side: (Money, Money)] = [:]
        var equity = BalanceSheet.Row(kind: .sum, id: "summa_eget_kapital", label: "Summa eget kapital")
        for (index, group) in ledger.mapping.balanceGroups.enumerated() {
            if index == 0 || ledger.mapping.balanceGroups[index - 1].side != group.side {
                rows.append(.init(kind: .heading, id: group.side.rawValue, label: group.side == .assets ? "Tillgångar" : "Eget kapital, avsättningar och skulder"))
            }
            var groupRows = group.lines.map { line in
                row(line.id, line.label, ledger.lineOpening(0, line), ledger.lineClosing(0, line), note: notes[line.id])
            }
            if group.lines.contains(where: { $0.kind == .equity }), let label = group.resultLabel {
                groupRows.append(.init(kind: .line, id: "periodens_resultat", label: label, opening: nil, change: result, closing: result))
            }
            let opening = groupRows.compactMap(\.opening).sum()
            let closing = groupRows.compactMap(\.closing).sum()
            let sum = row("summa_\(group.id)", group.sumLabel ?? "Summa \(group.label.lowercased())", opening, closing, kind: .sum)
            if groupRows.contains(where: { $0.id == "periodens_resultat" }) { equity = sum }
            let empty = groupRows.allSatisfy { ($0.opening ?? .zero).isZero && ($0.closing ?? .zero).isZero }
            let previous = totals[group.side] ?? (.zero, .zero)
            totals[group.side] = (previous.0 + opening, previous.1 + closing)
            if empty && group.id != "anlaggningstillgangar" { continue }
            rows.append(.init(kind: .heading, id: "rubrik_\(group.id)", label: group.label))
            rows += groupRows
            rows.append(sum)
        }
        let assets = totals[.assets] ?? (.zero, .zero)
        let other = totals[.equityAndLiabilities] ?? (.zero, .zero)
        let totalAssets = row("summa_tillgangar", assetsLabel, assets.0, assets.1, kind: .total)
        let totalOther = row("summa_eget_kapital_och_skulder", equityAndLiabilitiesLabel, other.0, other.1, kind: .total)
        if let index = rows.firstIndex(where: { $0.id == MappedGroup.Side.equityAndLiabilities.rawValue }) {
            rows.insert(totalAssets, at: index)
        }
        rows.append(totalOther)
        return BalanceSheet(rows: rows, totalAssets: totalAssets, totalEquityAndLiabilities: totalOther, equity: equity)
    }

    private static func row(_ id: String, _ label: String, _ opening: Money, _ closing: Money, note: Int? = nil,
                            kind: StatementRow.Kind = .line) -> BalanceSheet.Row {
        .init(kind: kind, id: id, label: label, opening: opening, change: closing - opening, closing: closing, note: note)
    }
}
