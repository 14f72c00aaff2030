import ReportCore
import ReportLayout

/// Styrelsens underskrift: the attestation and the association's own sentence (from
/// rapport.yaml), place and date, and a signature line for every member sitting on the
/// decision date, with the printed name, party and organisation. The chair and the vice
/// chair sign first, with their role; the others follow in the order of the board list.
enum AnnualSignatures {
    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let digital = model.signing == .digital
        let signatories = ordered(model.board.signatories).map {
            Signatory(name: $0.signatureName, detail: detail(of: $0), fieldName: digital ? fieldName($0) : nil)
        }
        let furniture = model.furniture
        let date = furniture.printPlace ? "\(model.decisionPlace) \(model.decisionDate)" : "\(model.decisionDate)"
        let block = SignatureBlock(dateLine: date, signatories: signatories, columns: 3)
        return [.heading(Heading(level: 1, "Styrelsens underskrift")), .paragraph(Paragraph(furniture.attestation))]
            + (furniture.signatureNote.map { [.paragraph(Paragraph($0))] } ?? []) + [.signatures(block)]
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

    /// A signature field is named after its member: "Anna Berg (Borås stad)". The signer
    /// names it so (`finsam-report sign --fält`), and a service lists it so.
    static func fieldName(_ member: BoardModel.Member) -> String {
        member.organisation.isEmpty ? member.name : "\(member.name) (\(member.organisation))"
    }
}
