/// The board: everyone who sat during the year with roles and dates (for the section on
/// governance), who sits on the decision date (for the signatures), and the two people
/// whose initials go on every page.
public struct BoardModel: Equatable, Sendable, Codable {
    public struct Member: Equatable, Sendable, Codable {
        public var name: String
        public var party: String?
        public var organisation: String
        public var seat: String
        public var from: CalendarDate?
        public var to: CalendarDate?
        public var role: BoardRoleInput?
        /// "Sofia Sandänger, Försäkringskassan, ordförande t.o.m. 2024-12-31"
        public var description: String
        /// "Lars-Erik Olsson (S)": the name as printed under a signature line.
        public var signatureName: String
    }

    public var members: [Member]
    public var signatories: [Member]
    public var decisionDate: CalendarDate
    public var chair: String
    public var adjuster: String
    public var seatsOnDecisionDate: Int
}

enum BoardBuilder {
    static func build(_ input: BoardInput, year: Int, decisionDate: CalendarDate) -> BoardModel {
        // rapport.yaml's year is read within 1...9999, so both dates exist; without them no one sat.
        let start = CalendarDate(year: year, month: 1, day: 1), end = CalendarDate(year: year, month: 12, day: 31)
        let members = input.members.filter { member in
            guard let start, let end else { return false }
            return (member.from.map { $0 <= end } ?? true) && (member.to.map { start <= $0 } ?? true)
        }.map(member)
        let sitting = input.members.filter { $0.sits(on: decisionDate) }.map(member)
        return BoardModel(members: members, signatories: sitting, decisionDate: decisionDate, chair: input.chair,
                          adjuster: input.adjuster, seatsOnDecisionDate: Set(sitting.map(\.seat)).count)
    }

    static func member(_ input: BoardMemberInput) -> BoardModel.Member {
        var parts = [input.name + (input.party.map { " (\($0))" } ?? ""), input.organisation]
        if let role = input.role {
            var text = role.title
            if let from = role.from { text += " fr.o.m. \(from)" }
            if let to = role.to { text += " t.o.m. \(to)" }
            parts.append(text)
        }
        if let from = input.from { parts.append("från \(from)") }
        if let to = input.to { parts.append("till \(to)") }
        return BoardModel.Member(
            name: input.name, party: input.party, organisation: input.organisation, seat: input.seat, from: input.from,
            to: input.to, role: input.role, description: parts.joined(separator: ", "),
            signatureName: input.name + (input.party.map { " (\($0))" } ?? ""))
    }
}
