import ReportCore

/// The Swedish text `spara` prints: the row, each column's accounts with their names,
/// sources and amounts, the sum, the rule and the rounding, and where the row is printed.
enum ProvenanceText {
    static func row(_ row: RowProvenance, place: PrintedPlace?) -> String {
        var lines = ["Rad \"\(row.label)\" (id \(row.id)) i \(tableName(row))."]
        lines.append(placeText(place))
        for cell in row.cells {
            lines.append("")
            lines.append("\(cell.column): \(cell.exact.formattedKronor) kr, tryckt \(printedText(cell.rounding)).")
            lines.append("  Regel: \(cell.rule.text)")
            lines += accountLines(cell.amounts, total: cell.exact)
            lines.append("  Avrundning: \(roundingText(cell))")
        }
        return lines.joined(separator: "\n")
    }

    static func figure(_ name: String, _ figure: FigureProvenance, place: PrintedPlace?) -> String {
        let exact = figure.exact.map { " (exakt \($0.formattedKronor) kr)" } ?? ""
        var lines = ["Siffran \"\(name)\": \(figure.value)\(exact)."]
        lines.append("  Regel: \(figure.rule)")
        if let row = figure.rows.first { lines.append("  Från raden \(row). \(placeText(place))") }
        if let exact = figure.exact, !figure.amounts.isEmpty { lines += accountLines(figure.amounts, total: exact) }
        return lines.joined(separator: "\n")
    }

    static func tableName(_ row: RowProvenance) -> String {
        row.noteNumber.map { "not \($0), \(row.tableTitle)" } ?? row.tableTitle.lowercased()
    }

    static func placeText(_ place: PrintedPlace?) -> String {
        guard let place else { return "Raden trycks inte i årsredovisningen (den är noll eller en hjälprad)." }
        let section = place.sections.isEmpty ? "" : " under \(place.sections.joined(separator: " › "))"
        return "Tryckt på sida \(place.page)\(section)."
    }

    /// A table of the amounts: account, cost centre (operating statement), name, source
    /// and year, amount in kronor, and the sum.
    static func accountLines(_ amounts: [BookAmount], total: Money) -> [String] {
        guard !amounts.isEmpty else { return ["  Inga bokförda belopp."] }
        let centres = amounts.contains { $0.costCentre != nil }
        let sumLabel = "Summa (\(amounts.count) belopp)"
        let nameWidth = max(sumLabel.count, min(44, amounts.map(\.name.count).max() ?? 0))
        let sourceWidth = amounts.map { "\($0.source) \($0.year)".count }.max() ?? 0
        let amountWidth = max(total.formattedKronor.count, amounts.map(\.amount.formattedKronor.count).max() ?? 0)
        func line(_ account: String, _ centre: String, _ name: String, _ source: String, _ amount: String) -> String {
            "  " + pad(account, 6) + (centres ? pad(centre, 6) : "") + pad(String(name.prefix(nameWidth)), nameWidth + 2)
                + pad(source, sourceWidth + 2) + String(repeating: " ", count: max(0, amountWidth - amount.count)) + amount
        }
        var lines = [line("Konto", "Kst", "Namn", "Källa", "kr")]
        for amount in amounts {
            lines.append(line(amount.account, amount.costCentre ?? "", amount.name, "\(amount.source) \(amount.year)",
                              amount.amount.formattedKronor))
            for voucher in amount.vouchers ?? [] {
                lines.append("        Ver. \(voucher.series) \(voucher.number)  \(voucher.date)  \(voucher.text)  \(voucher.amount.formattedKronor)")
            }
        }
        lines.append(line("", "", sumLabel, "", total.formattedKronor))
        return lines
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func printedText(_ rounding: RoundingStep) -> String {
        switch rounding.unit {
        case "tkr": return "\(SwedishNumberFormat.integer(rounding.printed)) tkr"
        case "kronor": return "\(SwedishNumberFormat.integer(rounding.printed)) kr"
        default: return "\(Money(ore: rounding.printed).formattedKronor) kr"
        }
    }

    static func roundingText(_ cell: CellProvenance) -> String {
        let rounding = cell.rounding
        let unit = rounding.unit == "tkr" ? "tusental kronor" : "hela kronor"
        let rest = "rest \(rounding.remainder.formattedKronor) kr"
        let turned = rounding.printed != rounding.rounded ? " Raden trycks med omvänt tecken." : ""
        switch rounding.method {
        case "exakt":
            return "ingen, beloppet trycks exakt i kronor och öre.\(turned)"
        case "närmaste":
            return "till närmaste \(unit), hälften bort från noll (\(rest)).\(turned)"
        default:
            let sum = rounding.governedBy.map { " \"\($0)\"" } ?? ""
            return "största rest: raden avrundas en enhet åt andra hållet än till närmaste, så att raderna under summan\(sum) "
                + "tillsammans blir den avrundade summan (\(rest)).\(turned)"
        }
    }
}
