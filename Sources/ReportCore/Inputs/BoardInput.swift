/// styrelse.yaml: the board over the year and who signs the initials boxes.
public struct BoardInput: Sendable, Equatable {
    public var members: [BoardMemberInput]
    public var chair: String
    public var adjuster: String
    public var location: SourceLocation
}

public struct BoardMemberInput: Sendable, Equatable {
    public var name: String
    public var party: String?
    public var organisation: String
    /// The seat the person holds (e.g. "Marks kommun 1"); one person per seat and day.
    public var seat: String
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var role: BoardRoleInput?
    public var location: SourceLocation

    public func sits(on date: CalendarDate) -> Bool {
        (from.map { $0 <= date } ?? true) && (to.map { date <= $0 } ?? true)
    }
}

public struct BoardRoleInput: Sendable, Equatable, Codable {
    public var title: String
    public var from: CalendarDate?
    public var to: CalendarDate?
}

enum BoardReader {
    static func read(_ root: YamlNode) throws -> BoardInput {
        try root.allowKeys(["ordförande", "justerare", "ledamöter"])
        let members = try root.required("ledamöter").items().map(member)
        let board = BoardInput(members: members, chair: try root.string("ordförande"),
                               adjuster: try root.string("justerare"), location: root.location)
        for key in ["ordförande", "justerare"] {
            let node = try root.required(key)
            let name = try node.string()
            guard members.contains(where: { $0.name == name }) else {
                throw node.error("\"\(name)\" finns inte bland ledamöterna.")
            }
        }
        return board
    }

    private static func member(_ node: YamlNode) throws -> BoardMemberInput {
        try node.allowKeys(["namn", "parti", "organisation", "plats", "från", "till", "roll", "roll_från", "roll_till"])
        let name = try node.string("namn")
        let organisation = try node.string("organisation")
        var role: BoardRoleInput?
        if let title = try node.optionalString("roll") {
            role = BoardRoleInput(title: title, from: try node.optionalDate("roll_från"), to: try node.optionalDate("roll_till"))
        }
        return BoardMemberInput(
            name: name, party: try node.optionalString("parti"), organisation: organisation,
            seat: try node.optionalString("plats") ?? name, from: try node.optionalDate("från"),
            to: try node.optionalDate("till"), role: role, location: node.location)
    }
}
