import ReportCore
import ReportLayout

/// "Specifikation till årsredovisning 2024": the auditors' document, set with the annual
/// report's layout. For each statement and note line the accounts and amounts behind it
/// (the account names from the books), the operating statement per cost centre, the
/// members' split, and the checks that ran with their results. Every amount is exact, in
/// kronor and öre; where the report prints tkr, the printed figure follows.
public enum SpecificationComposer {
    public static func compose(_ model: AnnualReportModel, checks: [CheckResult]) -> Document {
        var blocks = cover(model)
        blocks.append(.tableOfContents(TableOfContents(title: "Innehåll", maxLevel: 2)))
        blocks += introduction(model)
        for table in model.statements {
            blocks += [.heading(Heading(level: 1, table.title)), .table(SpecificationTables.statement(table, model.provenance))]
        }
        blocks += SpecificationOperating.blocks(model)
        blocks += notes(model)
        blocks += SpecificationChecks.blocks(checks)
        return Document(metadata: metadata(model), blocks: blocks, initialsBoxes: false)
    }

    static func title(_ model: AnnualReportModel) -> String { "Specifikation till årsredovisning \(model.year)" }

    static func cover(_ model: AnnualReportModel) -> [Block] {
        [
            .space(Points.mm(70)),
            .paragraph(Paragraph(model.association.name, style: "omslag_förbund")),
            .paragraph(Paragraph(title(model), style: "omslag_titel")),
            .paragraph(Paragraph("Underlag för revisionen: konton och belopp bakom varje rad, och kontrollerna av bokföringen",
                                 style: "omslag_text")),
            .space(Points.mm(80)),
            .paragraph(Paragraph("Organisationsnummer \(model.association.organisationNumber)", style: "omslag_fot")),
            .paragraph(Paragraph("Årsredovisningen beslutad av styrelsen \(model.decisionDate)", style: "omslag_fot")),
            .pageBreak,
        ]
    }

    static func introduction(_ model: AnnualReportModel) -> [Block] {
        [
            .heading(Heading(level: 1, "Om specifikationen")),
            .paragraph(Paragraph("Specifikationen visar för varje rad i årsredovisningens räkningar och noter de konton raden "
                + "summerar, med kontots namn och belopp ur bokföringen (SIE-filens #RES för resultatet, #UB och #IB för "
                + "balanserna), och för driftredovisningen kontona per kostnadsställe (#PSALDO och #PBUDGET). Beloppen står "
                + "exakt, i kronor och öre, i rapportens tecken: tillgångar som bokförda, övriga konton med omvänt tecken, "
                + "så att intäkter, eget kapital och skulder är positiva och kostnader negativa.")),
            .paragraph(Paragraph("Under kontona står radens summa. En summarad lägger ihop raderna ovanför den enligt "
                + "räkningarnas beskrivning. Där årsredovisningen trycker tkr följer det tryckta beloppet. "
                + model.roundingRule)),
            .paragraph(Paragraph("Samma uppgifter finns maskinläsbara under \"provenance\" i finsam-report model --json, och "
                + "för en enskild rad med finsam-report spara.")),
        ]
    }

    /// The described notes and the members' contributions note, in number order.
    static func notes(_ model: AnnualReportModel) -> [Block] {
        var numbered: [(Int, [Block])] = model.noteTables.compactMap { table in
            table.number.map { number in
                (number, [.heading(Heading(level: 2, "Not\u{00A0}\(number) \(table.title)", numbered: false)),
                      .table(SpecificationTables.statement(table, model.provenance))])
            }
        }
        if let financing = model.memberFinancing, let number = financing.number, let split = model.provenance.memberSplit {
            numbered.append((number, [.heading(Heading(level: 2, "Not\u{00A0}\(number) \(financing.title)", numbered: false)),
                                      .paragraph(Paragraph(split.rule)), .table(SpecificationTables.memberSplit(split))]))
        }
        guard !numbered.isEmpty else { return [] }
        return [.heading(Heading(level: 1, "Noter"))] + numbered.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }

    static func metadata(_ model: AnnualReportModel) -> DocumentMetadata {
        let name = model.association.name
        return DocumentMetadata(
            title: "\(name), \(title(model).lowercased())", author: name,
            subject: "\(title(model)) för \(name), organisationsnummer \(model.association.organisationNumber): konton, belopp och kontroller",
            keywords: ["specifikation", "årsredovisning", String(model.year), "revision", "samordningsförbund"],
            creationDate: PDFDate.noon(model.decisionDate))
    }
}
