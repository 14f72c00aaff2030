/// Excel's date serials. In the 1900 system (Windows' default) day 1 is 1900-01-01 and
/// day 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug, kept by Excel),
/// so from day 61 on the serial counts from 1899-12-30. In the 1904 system day 0 is
/// 1904-01-01. A time of day (a fraction) is dropped only when it is zero.
enum ExcelDates {
    static func date(serial text: String, system1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard let days = wholeDays(text), days >= 0, days <= 2_958_465 else { return nil }
        if system1904 { return civil(fromDays: days + daysFrom1970(1904, 1, 1)) }
        switch days {
        case 0, 60: return nil
        case 1..<60: return civil(fromDays: days + daysFrom1970(1899, 12, 31))
        default: return civil(fromDays: days + daysFrom1970(1899, 12, 30))
        }
    }

    /// "45292" or "45292.0"; a time of day ("45292.5") is not a date.
    private static func wholeDays(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII), parts[0].count <= 7,
              let whole = Int(parts[0]) else { return nil }
        if parts.count == 2, !parts[1].allSatisfy({ $0 == "0" }) { return nil }
        return whole
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFrom1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether a number format shows a date: the built-in date formats, or a format code
    /// with a year, month or day outside quotes, brackets and escapes.
    static func isDateFormat(id: Int, code: String?) -> (isDate: Bool, hasDay: Bool) {
        if let code { return analyse(code) }
        switch id {
        case 14, 15, 16, 22, 27...31, 34...36, 50...58: return (true, id != 17)
        case 17: return (true, false)
        default: return (false, false)
        }
    }

    private static func analyse(_ code: String) -> (isDate: Bool, hasDay: Bool) {
        var quoted = false, bracketed = false, escaped = false
        var letters = Set<Character>()
        // Only the first section (positive numbers) decides.
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracketed = true
            case "]" where !quoted: bracketed = false
            case ";" where !quoted && !bracketed: return result(letters)
            default: if !quoted && !bracketed { letters.insert(character) }
            }
        }
        return result(letters)
    }

    private static func result(_ letters: Set<Character>) -> (isDate: Bool, hasDay: Bool) {
        let monthOnly = letters.contains("m") && letters.isDisjoint(with: ["h", "s", "0", "#"])
        return (letters.contains("y") || letters.contains("d") || monthOnly, letters.contains("d"))
    }
}
