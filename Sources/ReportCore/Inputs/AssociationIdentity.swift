/// The association as rapport.yaml's `förbund` names it: `namn`, `organisationsnummer`,
/// `säte`. The annual report needs all three; a tertial report only the name.
public struct AssociationIdentity: Sendable, Equatable, Codable {
    public var name: String
    /// Empty when a tertial report's rapport.yaml leaves it out.
    public var organisationNumber: String
    /// Empty when a tertial report's rapport.yaml leaves it out.
    public var seat: String

    public init(name: String, organisationNumber: String = "", seat: String = "") {
        self.name = name
        self.organisationNumber = organisationNumber
        self.seat = seat
    }
}

extension AssociationIdentity {
    /// Reads `förbund`; `complete` requires the organisation number and the seat.
    static func read(_ node: YamlNode, complete: Bool) throws -> AssociationIdentity {
        try node.allowKeys(["namn", "organisationsnummer", "säte"])
        func field(_ key: String) throws -> String {
            complete ? try node.string(key) : try node.optionalString(key) ?? ""
        }
        let number = try field("organisationsnummer")
        if !number.isEmpty {
            guard let digits = OrganisationNumber.digits(number), OrganisationNumber.hasValidCheckDigit(digits) else {
                throw try node.required("organisationsnummer").error(
                    "Ska vara ett organisationsnummer som 222000-1891 (tio siffror, den sista en kontrollsiffra som stämmer), men är \"\(number)\".")
            }
        }
        return AssociationIdentity(name: try node.string("namn"), organisationNumber: number, seat: try field("säte"))
    }
}
