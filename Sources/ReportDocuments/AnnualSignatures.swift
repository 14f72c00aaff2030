import ReportCore
import ReportLayout

/// Styrelsens underskrift: the attestation, place and date, and a signature line for every
/// member sitting on the decision date, with the printed name, party and organisation. The
/// chair and the vice chair sign first, with their role; the others follow in the order of
/// the board list.
enum AnnualSignatures {
    static let attestation = "Vi intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat samt kostnader, "
        + "intäkter och förbundets ekonomiska ställning."
    static let personalMandate = "Uppdraget som ledamot är ett personligt mandat och underskrift sker inte i egenskap av "
        + "representant för en myndighet utan från personens roll i samordningsförbundets styrelse, därav parenteser nedan."

    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let signatories = ordered(model.board.signatories).map { Signatory(name: $0.signatureName, detail: detail(of: $0)) }
        let block = SignatureBlock(dateLine: "\(model.decisionPlace) \(model.decisionDate)", signatories: signatories, columns: 3)
        return [
            .heading(Heading(level: 1, "Styrelsens underskrift")),
            .paragraph(Paragraph(attestation)),
            .paragraph(Paragraph(personalMandate)),
            .signatures(block),
        ]
    }

    /// Roles that sign first, in this order.
    static let leadingRoles = ["ordförande", "vice ordförande"]

    static func ordered(_ members: [BoardModel.Member]) -> [BoardModel.Member] {
        let rank = { (member: BoardModel.Member) in
            member.role.flatMap { leadingRoles.firstIndex(of: $0.title.lowercased()) } ?? leadingRoles.count
        }
        return members.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// "Ordförande, Försäkringskassan" for the chair and vice chair, the organisation for the others.
    static func detail(of member: BoardModel.Member) -> String {
        guard let role = member.role, leadingRoles.contains(role.title.lowercased()) else { return member.organisation }
        return role.title.prefix(1).uppercased() + role.title.dropFirst() + ", " + member.organisation
    }
}
