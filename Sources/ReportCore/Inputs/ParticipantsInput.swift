/// deltagare.csv: registered participants per municipality and gender. Rows whose
/// municipality is "Summa" are totals typed by the office; they are checked, not used.
public struct ParticipantsInput: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var municipality: String
        public var gender: Gender
        public var count: Int
        public var line: Int
    }

    public enum Gender: String, Sendable, Equatable, Codable, CaseIterable { case women = "kvinnor", men = "män" }

    public var file: String
    public var counts: [Count]
    public var statedTotals: [Count]
}

enum ParticipantsReader {
    static let totalNames: Set<String> = ["summa", "totalt", "total"]

    static func read(_ table: CSVTable, members: [MemberRecord]) throws -> ParticipantsInput {
        try table.requireColumns(["kommun", "kön", "antal"])
        let municipalities = members.filter { $0.kind == .municipality }
        var counts: [ParticipantsInput.Count] = []
        var totals: [ParticipantsInput.Count] = []
        var firstLines: [String: Int] = [:]
        for row in table.rows {
            let name = row.cells["kommun"] ?? ""
            let gender = try self.gender(row, table)
            let count = try table.count(row, try table.column("antal"))
            let isTotal = totalNames.contains(name.lowercased())
            let member = municipalities.first { $0.shortName == name || $0.name == name }
            if !isTotal && member == nil {
                let known = municipalities.map(\.shortName).joined(separator: ", ")
                throw InputError("Okänd kommun \"\(name)\": medlemmar.yaml har \(known).", at: table.location(row, "kommun"))
            }
            // A second row for the same municipality (or total) and gender would be summed silently.
            let key = "\(isTotal ? "summa" : member?.shortName ?? name);\(gender.rawValue)"
            if let first = firstLines[key] {
                throw InputError("\(name), \(gender.rawValue) står redan på rad \(first); slå ihop raderna till en.",
                                 at: table.location(row, "kommun"))
            }
            firstLines[key] = row.line
            if let member, !isTotal {
                counts.append(.init(municipality: member.shortName, gender: gender, count: count, line: row.line))
            } else {
                totals.append(.init(municipality: name, gender: gender, count: count, line: row.line))
            }
        }
        return ParticipantsInput(file: table.file, counts: counts, statedTotals: totals)
    }

    private static func gender(_ row: CSVTable.Row, _ table: CSVTable) throws -> ParticipantsInput.Gender {
        let text = (row.cells["kön"] ?? "").lowercased()
        switch text {
        case "kvinnor", "kvinna", "k": return .women
        case "män", "man", "m": return .men
        default: throw InputError("Kön ska vara kvinnor eller män, men är \"\(text)\".", at: table.location(row, "kön"))
        }
    }
}
