/// Reads `medlemmar.yaml`: the contribution settings (`medlemsbidrag`: år, totalt,
/// folkmängd_per) and the members (`namn`, `kort`, `typ`, `andel` or `folkmängd`, `adress`).
enum TertialMembersReader {
    struct MemberFile {
        var members: [MemberInput]
        var contributions: ContributionSettings
    }

    static func read(path: String, displayName: String) throws -> MemberFile {
        let root = try YamlNode.load(path: path, displayName: displayName)
        let settings = try root.required("medlemsbidrag")
        let contributions = ContributionSettings(
            year: try settings.int("år"), total: try settings.required("totalt").money(),
            populationDate: try settings.optionalDate("folkmängd_per"), location: settings.location)
        let members = try root.required("medlemmar").items().map(readMember)
        return MemberFile(members: members, contributions: contributions)
    }

    static func readMember(_ node: YamlNode) throws -> MemberInput {
        let kindNode = try node.required("typ")
        let kindText = try kindNode.string()
        guard let kind = MemberKind(rawValue: kindText) else {
            throw kindNode.error("Ska vara stat, region eller kommun, men är \"\(kindText)\".")
        }
        var share: ContributionShare?
        if let shareNode = try node.optional("andel") {
            guard let value = ContributionShare(try shareNode.string()) else {
                throw shareNode.error("Ska vara en andel som 1/4 eller 25 %, men är \"\(try shareNode.string())\".")
            }
            share = value
        }
        return MemberInput(
            name: try node.string("namn"), shortName: try node.optionalString("kort"), kind: kind, share: share,
            population: try node.optionalInt("folkmängd"), address: try TertialFolder.readAddress(try node.required("adress")),
            location: node.location)
    }
}
