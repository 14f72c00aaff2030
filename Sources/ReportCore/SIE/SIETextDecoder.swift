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
        if encoding == .utf8 { return String(decoding: raw, as: UTF8.self) }
        return Self.transcode(raw, pc8: encoding == .pc8)
    }

    /// Single-byte text to a String in one allocation, through a table of each upper
    /// byte's UTF-8 form (at most three bytes in both code pages).
    private static func transcode(_ raw: [UInt8], pc8: Bool) -> String {
        let table = pc8 ? SIECodePages.cp437UTF8 : SIECodePages.windows1252UTF8
        return String(unsafeUninitializedCapacity: raw.count * 3) { buffer in
            var count = 0
            for byte in raw {
                if byte < 0x80 {
                    buffer[count] = byte
                    count += 1
                    continue
                }
                let entry = table[Int(byte) - 0x80]
                let length = Int(entry >> 24)
                for index in 0..<length {
                    buffer[count] = UInt8(truncatingIfNeeded: entry >> (8 * (2 - index)))
                    count += 1
                }
            }
            return count
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
