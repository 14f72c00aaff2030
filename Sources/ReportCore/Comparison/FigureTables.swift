/// The report's printed tables as `FigureTable`s: the described statements and notes by
/// their description ids, and the tables the product sets out itself by fixed keys and
/// the headings the report prints.
enum FigureTables {
    static func table(_ table: ReportTable) -> FigureTable {
        let columns = headings(table.columnTitles.map { $0.joined(separator: " ") })
        let unit: ComparedFigure.Unit = switch table.unit {
        case .kronorAndOre: .ore
        case .kronor: .kronor
        case .tkr: .tkr
        }
        let rows = table.rows.compactMap { row -> FigureRow? in
            let cells = row.printed.indices.compactMap { index -> FigureCell? in
                guard let printed = row.printed[index], index < columns.count else { return nil }
                let exact = index < row.exact.count ? row.exact[index] : nil
                return FigureCell(column: columns[index], figure: ComparedFigure(printed: printed, unit: unit, exact: exact))
            }
            guard !cells.isEmpty else { return nil }
            return FigureRow(id: row.id, label: row.account.map { "\($0) \(row.label)" } ?? row.label, cells: cells)
        }
        let section = table.number.map { "Not \($0) \(table.title)" } ?? table.title
        return FigureTable(key: table.kind == .note ? "not:" + table.id : table.id, section: section, rows: rows)
    }

    /// Column headings made unique, so that two columns titled alike stay apart.
    static func headings(_ titles: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return titles.enumerated().map { index, title in
            let text = title.isEmpty ? "kolumn \(index + 1)" : title
            seen[text, default: 0] += 1
            return seen[text]! > 1 ? "\(text) (\(seen[text]!))" : text
        }
    }

    static func overview(_ overview: MultiYearOverview) -> [FigureTable] {
        guard !overview.columns.isEmpty else { return [] }
        let lines: [(String, String, (MultiYearOverview.Column) -> ComparedFigure)] = [
            ("medlemmar", "Verksamhetens intäkt från medlemmar", { ComparedFigure($0.memberRevenue) }),
            ("externa", "Externa projekt m.m.", { ComparedFigure($0.externalRevenue) }),
            ("kostnader", "Verksamhetens kostnader", { ComparedFigure($0.costs) }),
            ("resultat", "Årets resultat", { ComparedFigure($0.result) }),
            ("eget_kapital", "Eget kapital", { ComparedFigure($0.equity) }),
            ("tillgangar", "Totala tillgångar", { ComparedFigure($0.totalAssets) }),
            ("soliditet", "Soliditet", { ComparedFigure(printed: Int64($0.solvencyPercent), unit: .percent) }),
            ("anstallda", "Antal anställda", { ComparedFigure(printed: Int64($0.employees), unit: .count) }),
        ]
        let rows = lines.map { id, label, figure in
            FigureRow(id: id, label: label, cells: overview.columns.map { FigureCell(column: String($0.year), figure: figure($0)) })
        }
        return [FigureTable(key: "oversikt", section: "Översikt över verksamhetens utveckling", rows: rows)]
    }

    static func balanceRequirement(_ requirement: BalanceRequirement) -> [FigureTable] {
        var rows = requirement.rows.map { row in
            FigureRow(id: row.label, label: row.label, cells: [FigureCell(column: "tkr", figure: ComparedFigure(row.tkr, exact: row.amount))])
        }
        rows.append(FigureRow(id: "balanskravsresultat", label: "Balanskravsresultat",
                              cells: [FigureCell(column: "tkr", figure: ComparedFigure(requirement.resultTkr, exact: requirement.result))]))
        return [FigureTable(key: "balanskrav", section: "Balanskravsresultat", rows: rows)]
    }

    static func memberFinancing(_ note: MemberFinancingNote) -> [FigureTable] {
        let section = note.number.map { "Not \($0) \(note.title)" } ?? note.title
        var shares = note.rows.map { row in
            FigureRow(id: row.label, label: row.label, cells: [FigureCell(column: "tkr", figure: ComparedFigure(row.tkr, exact: row.amount))])
        }
        shares.append(FigureRow(id: "totalt", label: "Totalt",
                                cells: [FigureCell(column: "tkr", figure: ComparedFigure(note.totalTkr, exact: note.total))]))
        var municipalities = note.municipalities.map { row in
            FigureRow(id: row.name, label: row.name, cells: [
                FigureCell(column: "Invånare", figure: ComparedFigure(printed: Int64(row.population), unit: .count)),
                FigureCell(column: "tkr", figure: ComparedFigure(row.tkr, exact: row.amount)),
            ])
        }
        municipalities.append(FigureRow(id: "summa", label: "Summa", cells: [FigureCell(column: "tkr", figure: ComparedFigure(note.municipalTotalTkr))]))
        return [FigureTable(key: "medlemsbidrag", section: section, rows: shares),
                FigureTable(key: "medlemsbidrag_kommuner", section: section + ", kommunernas andel", rows: municipalities)]
    }
}
