import Foundation

/// medlemmar.yaml: the member organisations, their part of the financing and their address.
/// One type for both reports: the annual report's note needs kind, population and note
/// label; the tertial letters need the fixed share and the address lines with their lines.
public struct MemberRecord: Sendable, Equatable {
    public typealias Kind = MemberKind

    public var name: String
    /// The name used in participant tables ("Bollebygd"); the full name when not given.
    public var shortName: String
    public var kind: Kind
    /// The label in the contributions note (the region is "Delregionala nämnden södra").
    public var noteLabel: String
    /// A fixed share of the total contribution ("1/4"), tertial reports.
    public var share: ContributionShare?
    public var population: Int?
    public var populationDate: CalendarDate?
    public var address: AddressInput
    /// Tertial letters: the account the member's contribution is booked on (`bidragskonto`)
    /// and a municipality's own cost centres (`kostnadsställen`), with where each was typed.
    public var contributionAccount: TypedCode?
    public var costCentres: [TypedCode] = []
    public var location: SourceLocation

    public init(name: String, shortName: String? = nil, kind: Kind, noteLabel: String? = nil, share: ContributionShare? = nil,
                population: Int? = nil, populationDate: CalendarDate? = nil, address: AddressInput, location: SourceLocation) {
        self.name = name
        self.shortName = shortName ?? name
        self.kind = kind
        self.noteLabel = noteLabel ?? shortName ?? name
        self.share = share
        self.population = population
        self.populationDate = populationDate
        self.address = address
        self.location = location
    }
}

/// An account number or object code as typed in a yaml file, with its place there.
public struct TypedCode: Equatable, Sendable {
    public var code: String
    public var location: SourceLocation
}

/// The tertial report's name for the same member.

public enum MemberKind: String, Equatable, Sendable, Codable, CaseIterable {
    case state = "stat", region = "region", municipality = "kommun"
}

/// Postal address lines as typed, each with its place in the file.
public struct AddressInput: Equatable, Sendable {
    public var lines: [String]
    public var locations: [SourceLocation]
    public var location: SourceLocation

    public init(lines: [String], locations: [SourceLocation] = [], location: SourceLocation) {
        self.lines = lines
        self.locations = locations
        self.location = location
    }
}

/// Reads the `medlemmar` list. `strict` (the annual report) refuses what the annual report
/// cannot use: a municipality without population, a population of zero, an address whose
/// last line is not a postal line, a member named twice. The tertial report reads leniently
/// and reports those as findings (`MemberContributionSplit`, `AddressBlockCheck`).
enum MembersReader {
    /// More people than live in Sweden is a typo (and would overflow the split in öre).
    static let largestPopulation = 10_000_000

    /// `folder` holds a workbook or csv file that `medlemmar` may name instead of a list (`MembersSheet`).
    static func read(_ root: YamlNode, strict: Bool, folder: URL = URL(fileURLWithPath: ".")) throws -> [MemberRecord] {
        try root.allowKeys(["medlemmar", "medlemsbidrag"])
        let items = try MembersSheet.list(try root.required("medlemmar"), folder: folder).items()
        let members = try items.map { try member($0, strict: strict) }
        for names in [members.map(\.name), members.map(\.shortName)] {
            if let seen = duplicate(names), let index = names.lastIndex(of: seen) {
                throw items[index].error("Medlemmen \"\(seen)\" finns två gånger.")
            }
        }
        return members
    }

    /// medlemmar.yaml's `medlemsbidrag`: år, totalt, folkmängd_per, with where each was typed.
    static func contributions(_ settings: YamlNode) throws -> ContributionSettings {
        try settings.allowKeys(["år", "totalt", "folkmängd_per"])
        let total = try settings.required("totalt")
        return ContributionSettings(
            year: try settings.year("år"), total: try total.money(),
            populationDate: try settings.optionalDate("folkmängd_per"), location: settings.location,
            yearLocation: try settings.required("år").location, totalLocation: total.location)
    }

    private static func member(_ node: YamlNode, strict: Bool) throws -> MemberRecord {
        // bidragskonto also serves the annual report (booked contributions against the
        // population rule); kostnadsställen the tertial letters only (strict is the annual report).
        let letterKeys = strict ? ["bidragskonto"] : ["bidragskonto", "kostnadsställen"]
        try node.allowKeys(["namn", "kortnamn", "typ", "benämning_i_not", "andel", "folkmängd", "folkmängd_datum", "adress"] + letterKeys)
        let name = try node.string("namn")
        let kindNode = try node.required("typ")
        guard let kind = MemberKind(rawValue: MappingReader.normalized(try kindNode.string())) else {
            throw kindNode.error("Ska vara stat, region eller kommun, men är \"\(try kindNode.string())\".")
        }
        let shortName = try node.optionalString("kortnamn")
        var record = MemberRecord(
            name: name, shortName: shortName, kind: kind, noteLabel: try node.optionalString("benämning_i_not"),
            share: try share(node), population: try population(node, name: name, kind: kind, strict: strict),
            populationDate: try node.optionalDate("folkmängd_datum"), address: try address(node, strict: strict),
            location: node.location)
        if let account = try node.optional("bidragskonto") { record.contributionAccount = TypedCode(code: try account.string(), location: account.location) }
        if let centres = try node.optional("kostnadsställen") {
            let items = centres.node.scalar != nil ? [centres] : try centres.items()
            record.costCentres = try items.map { TypedCode(code: try $0.string(), location: $0.location) }
        }
        return record
    }

    private static func share(_ node: YamlNode) throws -> ContributionShare? {
        guard let shareNode = try node.optional("andel") else { return nil }
        guard let value = ContributionShare(try shareNode.string()) else {
            throw shareNode.error("Ska vara en andel mellan 0 och 1 som 1/4 eller 25 % (nämnaren högst 1 000 000), men är \"\(try shareNode.string())\".")
        }
        return value
    }

    private static func population(_ node: YamlNode, name: String, kind: MemberKind, strict: Bool) throws -> Int? {
        guard let populationNode = try node.optional("folkmängd") else {
            if strict && kind == .municipality {
                throw InputError("Fältet \"folkmängd\" saknas för kommunen \(name).",
                                 at: node.location(line: node.line, field: node.fieldPath("folkmängd")))
            }
            return nil
        }
        let value = try populationNode.int(in: 0...MembersReader.largestPopulation)
        if strict && value <= 0 { throw populationNode.error("Folkmängden måste vara större än noll, men är \(value).") }
        return value
    }

    /// The address lines, each with its yaml line for the address findings.
    private static func address(_ node: YamlNode, strict: Bool) throws -> AddressInput {
        guard strict else { return try read(address: try node.required("adress")) }
        guard let addressNode = try node.optional("adress") else { return AddressInput(lines: [], location: node.location) }
        let address = addressNode.node.scalar != nil
            ? AddressInput(lines: [try addressNode.string()], locations: [addressNode.location], location: addressNode.location)
            : try read(address: addressNode)
        if let last = address.lines.last, !isPostalLine(last) {
            throw addressNode.error("Sista adressraden ska vara postnummer och ort, som \"503 38 BORÅS\", men är \"\(last)\".")
        }
        return address
    }

    static func read(address node: YamlNode) throws -> AddressInput {
        let items = try node.items()
        return AddressInput(lines: try items.map { try $0.string() }, locations: items.map(\.location), location: node.location)
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
