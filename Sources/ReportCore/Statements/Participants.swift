/// Registered participants per municipality and gender, with totals and the share of
/// budgeted places taken.
public struct ParticipantTable: Equatable, Sendable, Codable {
    public struct Row: Equatable, Sendable, Codable {
        public var municipality: String
        public var women: Int
        public var men: Int
        public var total: Int
    }

    public var rows: [Row]
    public var total: Row
    public var budgetedPlaces: Int?
    /// Participants per budgeted place in per mille, e.g. 986 for 98,6 %.
    public var shareOfPlacesPerMille: Int?
}

enum ParticipantTableBuilder {
    static func build(_ input: ParticipantsInput, members: [MemberRecord], budgetedPlaces: Int?) -> ParticipantTable {
        let rows = members.filter { $0.kind == .municipality }.map { member -> ParticipantTable.Row in
            let counts = input.counts.filter { $0.municipality == member.shortName }
            let women = counts.filter { $0.gender == .women }.map(\.count).reduce(0, +)
            let men = counts.filter { $0.gender == .men }.map(\.count).reduce(0, +)
            return .init(municipality: member.shortName, women: women, men: men, total: women + men)
        }
        let women = rows.map(\.women).reduce(0, +)
        let men = rows.map(\.men).reduce(0, +)
        let total = ParticipantTable.Row(municipality: ParticipantTable.totalHeading, women: women, men: men, total: women + men)
        let share = budgetedPlaces.flatMap { places in
            places > 0 ? Int(roundedQuotient(Int64(total.total) * 1000, Int64(places))) : nil
        }
        return ParticipantTable(rows: rows, total: total, budgetedPlaces: budgetedPlaces, shareOfPlacesPerMille: share)
    }
}

extension ParticipantTable {
    /// The table's title and headings as the report prints them; the annual report's table
    /// and the comparison of two versions both read them here.
    public static let title = "Deltagare per kommun och kön"
    public static let municipalityHeading = "Kommun", womenHeading = "Kvinnor", menHeading = "Män", totalHeading = "Summa"
    /// The check report's two figures: "Budgeterat antal platser: 659; deltagarna är 98,6 % av …".
    public static let budgetedPlacesLabel = "Budgeterat antal platser", shareOfPlacesLabel = "Andel av de budgeterade platserna"
}
