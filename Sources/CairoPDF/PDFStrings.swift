/// Strings as they may stand in the PDF. Cairo 1.16 writes a link's address and a
/// destination's name into PDF literal strings with their bytes as they come: an unmatched
/// "(" or ")" or a backslash ends or bends the string and breaks the file (qpdf: "unexpected
/// )"), and bytes outside ASCII are not the 7-bit URI the PDF format asks for. Titles and
/// the document information are safe: Cairo writes them as UTF-16 hex strings.
enum PDFStrings {
    private static let uriCharacters: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'*+,;=".utf8)
    private static let nameCharacters: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.".utf8)

    /// The address percent-encoded (RFC 3986) where the PDF needs it: every byte outside the
    /// URI characters, a "%" that starts no %XX, and an unmatched parenthesis. Matched
    /// parentheses stay (https://sv.wikipedia.org/wiki/Finsam_(lag)), as PDF strings allow.
    static func uri(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let matched = matchedParentheses(bytes)
        var output = ""
        output.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if uriCharacters.contains(byte) || matched.contains(index) || byte == UInt8(ascii: "%") && isEscape(bytes, at: index) {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += hex(byte, prefix: "%")
            }
        }
        return output
    }

    /// A destination's name with every byte outside letters, digits, "-" and "." written as
    /// _XX (so "_" itself too): the same name always gives the same string, and no two names one.
    static func name(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            if nameCharacters.contains(byte) { output.unicodeScalars.append(Unicode.Scalar(byte)) } else { output += hex(byte, prefix: "_") }
        }
        return output
    }

    private static func hex(_ byte: UInt8, prefix: String) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return prefix + (digits.count == 1 ? "0" + digits : digits)
    }

    /// The positions of the parentheses that close one opened before them.
    private static func matchedParentheses(_ bytes: [UInt8]) -> Set<Int> {
        var open: [Int] = []
        var matched = Set<Int>()
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "(") { open.append(index) }
            if byte == UInt8(ascii: ")"), let opening = open.popLast() {
                matched.insert(opening)
                matched.insert(index)
            }
        }
        return matched
    }

    private static func isEscape(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        return bytes[index + 1...index + 2].allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 70) || ($0 >= 97 && $0 <= 102) }
    }
}
