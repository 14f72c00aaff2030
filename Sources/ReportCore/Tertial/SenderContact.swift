import Foundation

/// The office's phone number and e-mail address for the letterhead (`brev: avsändare:` in
/// rapport.yaml), checked as strictly as the books: a typo would be printed in eleven
/// letters and answered by nobody.
enum SenderContact {
    /// "033-35 70 00", "+46 33 35 70 00", "0771-524 524": digits grouped by spaces or
    /// hyphens, an optional leading "+" (country code) and one pair of parentheses
    /// ("(0)33"), 7 to 15 digits as in ITU-T E.164.
    static func phone(_ node: YamlNode) throws -> String {
        let text = try node.string().trimmingCharacters(in: .whitespaces)
        let digits = text.filter(\.isASCIIDigit).count
        let body = text.hasPrefix("+") ? text.dropFirst() : text[...]
        let allowed = body.allSatisfy { $0.isASCIIDigit || " -()\u{00A0}".contains($0) }
        let parentheses = body.filter { $0 == "(" }.count <= 1 && body.filter { $0 == "(" }.count == body.filter { $0 == ")" }.count
        guard allowed, parentheses, (7...15).contains(digits), text.first.map({ $0 == "+" || $0.isASCIIDigit || $0 == "(" }) == true,
              text.last?.isASCIIDigit == true else {
            throw node.error("Ska vara ett telefonnummer med 7–15 siffror som 033-35 70 00 eller +46 33 35 70 00, men är \"\(text)\".")
        }
        return text
    }

    /// "kansli@forbundet.se": one "@", a local part without spaces or doubled dots, and a
    /// domain of at least two dot-separated labels of letters, digits and hyphens (not at a
    /// label's ends), the last at least two letters.
    static func email(_ node: YamlNode) throws -> String {
        let text = try node.string().trimmingCharacters(in: .whitespaces)
        guard isEmail(text) else {
            throw node.error("Ska vara en e-postadress som kansli@forbundet.se, men är \"\(text)\".")
        }
        return text
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, local.count <= 64 else { return false }
        let localCharacters = local.allSatisfy { $0.isLetter || $0.isNumber || "!#$%&'*+/=?^_`{|}~.-".contains($0) }
        guard localCharacters, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
