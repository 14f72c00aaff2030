/// Numbers, amounts and dates read straight from a field's bytes, exactly and without
/// traps: every overflow is a nil, which the caller turns into a located error.
enum SIENumbers {
    /// The largest amount accepted: 999 999 999 999,99 kr. Larger figures are no
    /// association's books, and the bound keeps every sum of a file far from overflow.
    static let maximumOre: Int64 = 99_999_999_999_999

    enum AmountResult: Equatable {
        case value(Money)
        case tooManyDecimals
        case tooLarge
        case malformed
    }

    /// `[-+]digits[.digits]` with at most two decimals (a comma is accepted as well, as
    /// `Money.parse` does).
    static func amount(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> AmountResult {
        var index = start
        guard index < end else { return .malformed }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var kronor: Int64 = 0
        var fraction: Int64 = 0
        var decimals = 0
        var digits = 0
        var seenSeparator = false
        while index < end {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if seenSeparator { return .malformed }
                seenSeparator = true
                continue
            }
            guard byte >= 0x30 && byte <= 0x39 else { return .malformed }
            digits += 1
            let digit = Int64(byte - 0x30)
            if seenSeparator {
                decimals += 1
                if decimals > 2 { return onlyDigitsRemain(bytes, from: index, end: end) ? .tooManyDecimals : .malformed }
                fraction = fraction * 10 + digit
            } else {
                kronor = kronor * 10 + digit
                if kronor > maximumOre / 100 { return onlyDigitsRemain(bytes, from: index, end: end) ? .tooLarge : .malformed }
            }
        }
        guard digits > 0 else { return .malformed }
        if decimals == 1 { fraction *= 10 }
        let ore = kronor * 100 + fraction
        return .value(Money(ore: negative ? -ore : ore))
    }

    private static func onlyDigitsRemain(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int) -> Bool {
        var sawSeparator = false
        for index in from..<end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                if sawSeparator { return false }
                sawSeparator = true
            } else if byte < 0x30 || byte > 0x39 {
                return false
            }
        }
        return true
    }

    /// A signed integer of at most 18 digits.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int64? {
        var index = start
        var negative = false
        if index < end && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")) {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < end, end - index <= 18 else { return nil }
        var value: Int64 = 0
        while index < end {
            let byte = bytes[index]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int64(byte - 0x30)
            index += 1
        }
        return negative ? -value : value
    }

    /// `YYYYMMDD`, a date that exists.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> CalendarDate? {
        guard end - start == 8, let value = digitsValue(bytes, start: start, end: end) else { return nil }
        return CalendarDate(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    /// `YYYYMM`, a month.
    static func period(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> YearMonth? {
        guard end - start == 6, let value = digitsValue(bytes, start: start, end: end) else { return nil }
        let month = value % 100
        guard (1...12).contains(month), value / 100 >= 1 else { return nil }
        return YearMonth(year: value / 100, month: month)
    }

    static func isDigits(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        for index in start..<end where bytes[index] < 0x30 || bytes[index] > 0x39 { return false }
        return true
    }

    private static func digitsValue(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        guard isDigits(bytes, start: start, end: end) else { return nil }
        var value = 0
        for index in start..<end { value = value * 10 + Int(bytes[index] - 0x30) }
        return value
    }
}
