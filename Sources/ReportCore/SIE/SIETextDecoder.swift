/// Turns a field's bytes into text in the file's encoding. ASCII fields, the vast
/// majority (account numbers, amounts, dates), take a fast path without a lookup table.
struct SIETextDecoder {
    let encoding: SIEEncoding

    func string(_ bytes: UnsafeBufferPointer<UInt8>, _ field: SIEField) -> String {
        string(bytes, start: field.start, end: field.end, unescape: field.hasEscape)
    }

    func string(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, unescape: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if !unescape && (encoding == .utf8 || Self.isASCII(slice)) {
            return String(decoding: slice, as: UTF8.self)
        }
        let raw = unescape ? Self.unescaped(slice) : Array(slice)
        switch encoding {
        case .utf8:
            return String(decoding: raw, as: UTF8.self)
        case .pc8, .windows1252:
            var scalars = String.UnicodeScalarView()
            for byte in raw {
                let value = SIECodePages.scalar(byte, pc8: encoding == .pc8)
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
            return String(scalars)
        }
    }

    /// The bytes between the quotes with `\"` and `\\` resolved, as the checksum and
    /// the text both need them.
    static func unescaped(_ slice: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(slice.count)
        var index = 0
        while index < slice.count {
            let byte = slice[index]
            if byte == UInt8(ascii: "\\") && index + 1 < slice.count
                && (slice[index + 1] == UInt8(ascii: "\"") || slice[index + 1] == UInt8(ascii: "\\")) {
                result.append(slice[index + 1])
                index += 2
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    @inline(__always) static func isASCII(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in slice where byte >= 0x80 { return false }
        return true
    }
}
