/// medlemmar.yaml: the member organisations, their part of the financing and their address.
public struct MemberRecord: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, Codable { case state = "stat", region, municipality = "kommun" }

    public var name: String
    public var shortName: String
    public var kind: Kind
    /// The label in the contributions note (the region is "Delregionala nämnden södra").
    public var noteLabel: String
    public var population: Int?
    public var populationDate: CalendarDate?
    public var address: [String]
    public var location: SourceLocation
}

enum MembersReader {
    static func read(_ root: YamlNode) throws -> [MemberRecord] {
        let members = try root.required("medlemmar").items().map(member)
        if let seen = duplicate(members.map(\.shortName)) {
            throw root.error("Medlemmen \"\(seen)\" finns två gånger.")
        }
        return members
    }

    private static func member(_ node: YamlNode) throws -> MemberRecord {
        let name = try node.string("namn")
        let kindNode = try node.required("typ")
        guard let kind = MemberRecord.Kind(rawValue: MappingReader.normalized(try kindNode.string())) else {
            throw kindNode.error("Ska vara stat, region eller kommun, men är \"\(try kindNode.string())\".")
        }
        var population: Int?
        if let populationNode = try node.optional("folkmängd") {
            let value = try populationNode.int()
            guard value > 0 else { throw populationNode.error("Folkmängden måste vara större än noll, men är \(value).") }
            population = value
        } else if kind == .municipality {
            throw InputError("Fältet \"folkmängd\" saknas för kommunen \(name).", file: node.file, line: node.line,
                             field: node.fieldPath("folkmängd"))
        }
        let address = try node.optional("adress")?.strings() ?? []
        if let last = address.last, !isPostalLine(last) {
            throw try node.required("adress").error("Sista adressraden ska vara postnummer och ort, som \"503 38 BORÅS\", men är \"\(last)\".")
        }
        return MemberRecord(
            name: name, shortName: try node.optionalString("kortnamn") ?? name, kind: kind,
            noteLabel: try node.optionalString("benämning_i_not") ?? (try node.optionalString("kortnamn") ?? name),
            population: population, populationDate: try node.optionalDate("folkmängd_datum"),
            address: address, location: node.location)
    }

    /// "503 38 BORÅS": five digits as three and two, then the town.
    static func isPostalLine(_ line: String) -> Bool {
        let parts = line.split(separator: " ", maxSplits: 2)
        return parts.count == 3 && parts[0].count == 3 && parts[1].count == 2
            && (parts[0] + parts[1]).allSatisfy(\.isNumber) && !parts[2].isEmpty
    }

    private static func duplicate(_ names: [String]) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}
