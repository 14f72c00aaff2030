import ReportCore
import ReportLayout

/// The cover: the association's name, "Årsredovisning 2024", the board's decision date
/// and the organisation number. The layout prints no marginals on the first page.
enum AnnualCover {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        [
            .space(Points.mm(70)),
            .paragraph(Paragraph(model.association.name, style: "omslag_förbund")),
            .paragraph(Paragraph("Årsredovisning \(model.year)", style: "omslag_titel")),
            .paragraph(Paragraph("Beslutad av styrelsen \(model.decisionDate)", style: "omslag_text")),
            .space(Points.mm(95)),
            .paragraph(Paragraph("Organisationsnummer \(model.association.organisationNumber)", style: "omslag_fot")),
            .paragraph(Paragraph("Säte: \(model.association.seat)", style: "omslag_fot")),
            .pageBreak,
        ]
    }
}
