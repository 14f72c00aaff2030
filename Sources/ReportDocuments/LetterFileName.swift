/// File names for the letters: the member's short name in ASCII lower case, "Borås" →
/// "brev-boras.pdf", "Västra Götalandsregionen" → "brev-vastra-gotalandsregionen.pdf", so
/// that every mail program and file system keeps them intact.
public enum LetterFileName {
    public static func fileName(shortName: String) -> String {
        "brev-\(slug(shortName)).pdf"
    }

    /// The combined file for printing every letter at once.
    public static let combined = "brev-samtliga.pdf"

    static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for character in name.lowercased() {
            if let ascii = ascii(character) {
                if pendingDash, !result.isEmpty { result += "-" }
                result += ascii
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "medlem" : result
    }

    private static func ascii(_ character: Character) -> String? {
        let replacements: [Character: String] = ["å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "ae", "ø": "o"]
        if let replaced = replacements[character] { return replaced }
        guard character.isASCII, character.isLetter || character.isNumber else { return nil }
        return String(character)
    }
}
