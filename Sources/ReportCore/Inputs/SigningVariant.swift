/// How the board signs the annual report (`underskrift: { sätt: … }` in rapport.yaml): on paper, with
/// signature lines and initials boxes on every page, or digitally, with one signature
/// field per sitting member and no initials boxes.
public enum SigningVariant: String, Sendable, Codable, CaseIterable {
    case wetInk = "bläck"
    case digital = "digital"

    /// The value of `underskrift: sätt` or of the render command's `--underskrift`.
    public static func read(_ text: String) -> SigningVariant? { SigningVariant(rawValue: text) }

    public static var choices: String { allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " eller ") }
}
