import ReportCore
import ReportLayout

/// The checks that ran, each with its result and what it compared, and the findings.
enum SpecificationChecks {
    static func blocks(_ checks: [CheckResult]) -> [Block] {
        let rows = checks.map { check in
            TableRow(.body, [TableCell([.bold(check.name)] + (check.detail.map { [.text(" " + $0)] } ?? [])),
                             TableCell(check.outcome.text)])
        }
        var blocks: [Block] = [
            .heading(Heading(level: 1, "Kontroller")),
            .paragraph(Paragraph("Kontrollerna kördes när specifikationen skrevs, på samma bokföring och indata som årsredovisningen. "
                + "Ett fel stoppar rapporten; en varning skrivs ut men stoppar inte.")),
            .table(Table(columns: [AmountCells.labelColumn(), TableColumn(.automatic)],
                         headerRows: [AmountCells.header(["Kontroll", "Resultat"], left: 2)], rows: rows, summary: "Kontroller och resultat")),
        ]
        let findings = checks.flatMap { check in check.findings.map { "\(check.name): \($0)" } }
        if !findings.isEmpty {
            blocks.append(.heading(Heading(level: 2, "Meddelanden från kontrollerna", numbered: false)))
            blocks.append(.list(BulletList(items: findings.map { [.text($0)] })))
        }
        return blocks
    }
}
