/// A PDF text string's text (ISO 32000-1 7.9.2.2) as qpdf's getUTF8Value reads it: UTF-16
/// behind a byte order mark (big or little endian), UTF-8 behind one (PDF 2.0), anything
/// else PDFDocEncoding, whose undefined codes 0x7F, 0x9F and 0xAD become U+FFFD (qpdf's
/// table; below 0x18 it keeps the code as it is).
enum TextString {
    static func text(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) {
            let bigEndian = bytes[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 2, to: bytes.count - 1, by: 2) {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(Unicode.Scalar(pdfDocEncoding(byte)) ?? "\u{FFFD}") }
        return String(scalars)
    }

    /// The code point of a PDFDocEncoding byte (Annex D, table D.2).
    static func pdfDocEncoding(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x18...0x1F: return UInt32(low[Int(byte) - 0x18])
        case 0x7F...0xA0: return UInt32(high[Int(byte) - 0x7F])
        case 0xAD: return 0xFFFD
        default: return UInt32(byte)
        }
    }

    private static let low: [UInt16] = [0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC]
    /// 0x7F to 0xA0; 0x7F and 0x9F are undefined.
    private static let high: [UInt16] = [
        0xFFFD, 0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C,
        0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153,
        0x0161, 0x017E, 0xFFFD, 0x20AC,
    ]
}
