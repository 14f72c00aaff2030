/// What the association sets on the pages around its figures: the depth of the table of
/// contents and the signature page's attestation, an optional sentence of its own under
/// it, whether the place is printed before the date, and whether chapters are numbered
/// (rapport.yaml `innehåll`, `underskrift`).
public struct PageFurniture: Equatable, Sendable, Codable {
    public static let standardAttestation = "Vi intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat "
        + "samt kostnader, intäkter och förbundets ekonomiska ställning."

    public var contentsDepth = 2
    /// "1 Förvaltningsberättelse", "1.2 …"; false prints the headings without numbers.
    public var numberedHeadings = true
    public var attestation = PageFurniture.standardAttestation
    public var signatureNote: String?
    public var printPlace = true

    public init() {}
}

extension SettingsReader {
    /// `innehåll: { nivåer: 3, numrering: nej }` and `underskrift: { intyg: …, text: …, ort: nej }`
    /// (`underskrift: { sätt: digital }` is read by `signing`).
    static func furniture(_ root: YamlNode) throws -> PageFurniture {
        var furniture = PageFurniture()
        if let contents = try root.optional("innehåll") {
            try contents.allowKeys(["nivåer", "numrering"])
            furniture.numberedHeadings = try contents.flag("numrering", default: true)
            if let depth = try contents.optional("nivåer") {
                let value = try depth.int()
                guard (2...3).contains(value) else { throw depth.error("Innehållsförteckningen kan ha 2 eller 3 nivåer, inte \(value).") }
                furniture.contentsDepth = value
            }
        }
        if let signature = try root.optional("underskrift") {
            try signature.allowKeys(["intyg", "text", "ort", "sätt"])
            furniture.attestation = try signature.optionalString("intyg") ?? furniture.attestation
            furniture.signatureNote = try signature.optionalString("text")
            furniture.printPlace = try signature.flag("ort", default: true)
        }
        return furniture
    }
}
