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

    /// The overview's rows by their ids and labels as the model carries them; a
    /// predecessor's column is named with its caption.
    static func overview(_ overview: MultiYearOverview) -> [FigureTable] {
        guard !overview.columns.isEmpty else { return [] }
        let columns = headings(overview.columns.map { column in
            column.predecessor.map { "\(column.year) (\($0))" } ?? String(column.year)
        })
        let rows = overview.rows.map { row in
            FigureRow(id: row.id, label: row.label, cells: zip(columns, row.values).enumerated().map { index, pair in
                let figure: ComparedFigure = switch row.unit {
                case .tkr: ComparedFigure(Tkr(pair.1), exact: index == 0 ? row.exact : nil)
                case .percent: ComparedFigure(printed: pair.1, unit: .percent)
                case .count: ComparedFigure(printed: pair.1, unit: .count)
                }
                return FigureCell(column: pair.0, figure: figure)
            })
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
