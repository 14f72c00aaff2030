import ReportCore
import ReportLayout

/// Styrelsens underskrift: the attestation, place and date, and a signature line for every
/// member sitting on the decision date, with the printed name, party and organisation.
enum AnnualSignatures {
    static let attestation = "Vi intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, "
        + "intäkter och förbundets ekonomiska ställning."
    static let personalMandate = "Uppdraget som ledamot är ett personligt mandat och underskrift sker inte i egenskap av "
        + "representant för en myndighet utan från personens roll i samordningsförbundets styrelse, därav parenteser nedan."

    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let signatories = model.board.signatories.map { Signatory(name: $0.signatureName, detail: $0.organisation) }
        let block = SignatureBlock(dateLine: "\(model.decisionPlace) \(model.decisionDate)", signatories: signatories, columns: 3)
        return [
            .heading(Heading(level: 1, "Styrelsens underskrift")),
            .paragraph(Paragraph(attestation)),
            .paragraph(Paragraph(personalMandate)),
            .signatures(block),
        ]
    }
}
