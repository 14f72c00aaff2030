/// A Swedish organisationsnummer: ten digits, NNNNNN-NNNN, whose last digit is the
/// Luhn check digit of the first nine.
public enum OrganisationNumber {
    /// The ten digits, without the hyphen; nil unless the text is ten digits with an
    /// optional hyphen after the sixth (or twelve with a "16" prefix, as some exports write).
    public static func digits(_ text: String) -> String? {
        var compact = text.replacingOccurrences(of: " ", with: "")
        if compact.count == 11, compact.firstIndex(of: "-") == compact.index(compact.startIndex, offsetBy: 6) {
            compact.remove(at: compact.index(compact.startIndex, offsetBy: 6))
        }
        if compact.count == 12, compact.hasPrefix("16") { compact.removeFirst(2) }
        guard compact.count == 10, compact.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return compact
    }

    /// Whether the last digit is the Luhn check digit of the first nine.
    public static func hasValidCheckDigit(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 10 else { return false }
        let sum = values.prefix(9).enumerated().reduce(0) { total, item in
            let doubled = item.offset % 2 == 0 ? item.element * 2 : item.element
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return (10 - sum % 10) % 10 == values[9]
    }

    /// "NNNNNN-NNNN".
    public static func formatted(_ digits: String) -> String { "\(digits.prefix(6))-\(digits.suffix(4))" }
}
