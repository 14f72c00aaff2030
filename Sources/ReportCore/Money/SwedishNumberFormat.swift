/// Swedish number typography, in one place: a no-break space between thousands, a
/// decimal comma and a real minus sign (U+2212).
public enum SwedishNumberFormat {
    /// Thousands separator: U+202F NARROW NO-BREAK SPACE, the thin no-break space of
    /// Swedish (and SI) number typography. It never breaks a figure across lines, and
    /// unlike U+00A0 it has a glyph of its own in the bundled font, so the PDF's text
    /// (pdftotext, screen readers, copy and paste) gives back exactly this character.
    public static let thousandsSeparator: Character = "\u{202F}"
    public static let minusSign: Character = "\u{2212}"

    /// Groups the digits of a non-negative integer: 22704789 → "22 704 789".
    public static func grouped(_ magnitude: UInt64) -> String {
        let digits = String(magnitude)
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(thousandsSeparator) }
            result.append(digit)
        }
        return result
    }

    /// An integer with sign: −805, 18 022. `explicitPlus` prints +18 022 as the
    /// multi-year overview does.
    public static func integer(_ value: Int64, explicitPlus: Bool = false) -> String {
        let sign = value < 0 ? String(minusSign) : (explicitPlus && value > 0 ? "+" : "")
        return sign + grouped(value.magnitude)
    }
}

extension Money {
    /// "1 000,00 kr", as messages print amounts.
    public var kronorText: String { formattedKronor + " kr" }

    /// Kronor with öre: −22 704 789,01.
    public var formattedKronor: String {
        let sign = ore < 0 ? String(SwedishNumberFormat.minusSign) : ""
        let magnitude = ore.magnitude
        let fraction = magnitude % 100
        return sign + SwedishNumberFormat.grouped(magnitude / 100) + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
