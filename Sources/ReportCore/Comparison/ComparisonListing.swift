/// The comparison as Swedish text for the terminal: each differing figure with its
/// section, row, column, both values and the difference as printed and exact; each changed
/// paragraph with its file and line; the members added to or removed from the signatures.
public enum ComparisonListing {
    public static func text(_ comparison: ReportComparison, old: String, new: String) -> String {
        var lines = ["Jämförelse mellan \(old) (före) och \(new) (efter)"]
        guard !comparison.isEmpty else {
            return (lines + ["Inga skillnader: siffrorna, texterna och underskriftssidan är lika."]).joined(separator: "\n")
        }
        lines += figureLines(comparison.figures)
        lines += textFigureLines(comparison.textFigures)
        lines += textLines(comparison.texts)
        lines += boardLines(comparison.board)
        return lines.joined(separator: "\n")
    }

    static func figureLines(_ changes: [FigureChange]) -> [String] {
        guard !changes.isEmpty else { return ["", "Siffror: inga skillnader."] }
        var lines = ["", "Siffror som skiljer sig: \(changes.count)"]
        var section: String?
        for change in changes {
            if change.section != section {
                lines.append("  \(change.section)")
                section = change.section
            }
            lines.append("    " + describe(change))
        }
        return lines
    }

    /// "Summa kostnader [summa_kostnader], 2024: −18 609 → −18 610 tkr (skillnad −1 tkr;
    /// exakt −18 609 123,45 → −18 609 223,45 kr, skillnad −100,00 kr)"
    public static func describe(_ change: FigureChange) -> String {
        // The row's id in brackets, for finding it with `spara`, unless the label is the id.
        let id = change.row == change.label ? "" : " [\(change.row)]"
        let place = "\(change.label)\(id), \(change.column): "
        switch change.kind {
        case .added: return "Ny: " + place + value(change.new)
        case .removed: return "Borttagen: " + place + value(change.old)
        case .changed:
            guard let old = change.old, let new = change.new else { return place }
            var text = place + old.text + " → " + new.text + new.unit.suffix
            var details = change.printedDifferenceText.map { ["skillnad " + $0] } ?? []
            if let exactOld = old.exact, let exactNew = new.exact, let difference = change.exactDifferenceText {
                details.append("exakt \(exactOld.formattedKronor) → \(exactNew.formattedKronor) kr, skillnad \(difference)")
            }
            if !details.isEmpty { text += " (" + details.joined(separator: "; ") + ")" }
            return text
        }
    }

    static func value(_ figure: ComparedFigure?) -> String {
        guard let figure else { return "" }
        return figure.text + figure.unit.suffix + (figure.exact.map { " (exakt \($0.formattedKronor) kr)" } ?? "")
    }

    /// "texter/01-forvaltningsberattelse.md rad 8, {{ resultat_tkr }}: 339 → 338"
    static func textFigureLines(_ changes: [TextFigureChange]) -> [String] {
        guard !changes.isEmpty else { return [] }
        return ["", "Siffror i texterna som skiljer sig: \(changes.count)"]
            + changes.map { "  \($0.file) rad \($0.line), {{ \($0.name) }}: \($0.old) → \($0.new)" }
    }

    static func textLines(_ changes: [TextChange]) -> [String] {
        guard !changes.isEmpty else { return ["", "Texter: inga ändrade stycken."] }
        var lines = ["", "Stycken som ändrats: \(changes.count)"]
        for change in changes {
            lines.append("  " + place(change) + ":")
            if let old = change.old { lines.append("    Före:  " + old) }
            if let new = change.new { lines.append("    Efter: " + new) }
        }
        return lines
    }

    /// "texter/02-verksamhet.md rad 7 (före: rad 6)", "ny i …", "borttagen ur …".
    public static func place(_ change: TextChange) -> String {
        switch change.kind {
        case .added: return "Nytt stycke i \(change.newFile ?? change.text) rad \(change.newLine ?? 0)"
        case .removed: return "Borttaget stycke ur \(change.oldFile ?? change.text) rad \(change.oldLine ?? 0)"
        case .changed:
            let file = change.newFile ?? change.text, line = change.newLine ?? 0
            var text = "\(file) rad \(line)"
            if change.oldFile != change.newFile || change.oldLine != change.newLine {
                text += " (före: \(change.oldFile ?? "") rad \(change.oldLine ?? 0))"
            }
            return text
        }
    }

    static func boardLines(_ changes: [BoardChange]) -> [String] {
        guard !changes.isEmpty else { return ["", "Underskriftssidan: samma ledamöter."] }
        return ["", "Ledamöter på underskriftssidan:"] + changes.map { change in
            "  " + (change.kind == .added ? "Tillkommer: " : "Utgår: ") + change.name + ", " + change.organisation
        }
    }
}
