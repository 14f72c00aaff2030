/// Parsing of amounts written in machine form (`-100`, `100.5`, `-0.00`, `1234.50`),
/// exactly, without going through a floating-point number.
extension Money {
    public enum ParseError: Error, Equatable, Sendable {
        case empty
        case invalidCharacter(Character)
        case tooManyDecimals(Int)
        case outOfRange
    }

    /// Parses `[-+]digits[.digits]` with at most two decimals. A comma is accepted as the
    /// decimal separator too, since hand-edited files sometimes use it.
    public static func parse(_ text: Substring) throws -> Money {
        var rest = text[...]
        guard !rest.isEmpty else { throw ParseError.empty }
        var negative = false
        if let first = rest.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            rest = rest.dropFirst()
        }
        guard !rest.isEmpty else { throw ParseError.empty }
        var kronor: Int64 = 0
        var fraction: Int64 = 0
        var decimals = 0
        var seenSeparator = false
        var seenDigit = false
        for character in rest {
            if character == "." || character == "," {
                if seenSeparator { throw ParseError.invalidCharacter(character) }
                seenSeparator = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else {
                throw ParseError.invalidCharacter(character)
            }
            seenDigit = true
            if seenSeparator {
                decimals += 1
                if decimals > 2 { throw ParseError.tooManyDecimals(countDecimals(rest)) }
                fraction = fraction * 10 + Int64(digit)
            } else {
                let (shifted, overflow1) = kronor.multipliedReportingOverflow(by: 10)
                let (added, overflow2) = shifted.addingReportingOverflow(Int64(digit))
                if overflow1 || overflow2 || added > Int64.max / 100 { throw ParseError.outOfRange }
                kronor = added
            }
        }
        guard seenDigit else { throw ParseError.empty }
        if decimals == 1 { fraction *= 10 }
        let ore = kronor * 100 + fraction
        return Money(ore: negative ? -ore : ore)
    }

    public static func parse(_ text: String) throws -> Money { try parse(text[...]) }

    private static func countDecimals(_ text: Substring) -> Int {
        guard let separator = text.firstIndex(where: { $0 == "." || $0 == "," }) else { return 0 }
        return text[text.index(after: separator)...].count
    }
}
