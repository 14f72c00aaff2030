/// The two single-byte code pages SIE files arrive in, as tables of Unicode scalars for
/// the bytes 0x80–0xFF (the lower half is ASCII in both).
enum SIECodePages {
    /// IBM code page 437 ("PC8"), 0x80–0xFF: å = 0x86, ä = 0x84, ö = 0x94, Å = 0x8F,
    /// Ä = 0x8E, Ö = 0x99, é = 0x82, ü = 0x81.
    static let cp437Upper: [UInt32] = [
        0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7,
        0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE, 0x00EC, 0x00C4, 0x00C5,
        0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9,
        0x00FF, 0x00D6, 0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192,
        0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA, 0x00BA,
        0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB,
        0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556,
        0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510,
        0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
        0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567,
        0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B,
        0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
        0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
        0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229,
        0x2261, 0x00B1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00F7, 0x2248,
        0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
    ]

    /// Windows-1252, 0x80–0x9F (0xA0–0xFF equal Latin-1, i.e. the byte value). The five
    /// bytes Windows leaves undefined map to the C1 control of the same value.
    static let windows1252C1: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The UTF-8 form of each upper byte, packed as length << 24 | b0 << 16 | b1 << 8 | b2.
    static let cp437UTF8: [UInt32] = cp437Upper.map(packedUTF8)
    static let windows1252UTF8: [UInt32] = (0x80...0xFF).map { packedUTF8(scalar(UInt8($0), pc8: false)) }

    private static func packedUTF8(_ value: UInt32) -> UInt32 {
        let bytes = Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
        var packed = UInt32(bytes.count) << 24
        for (index, byte) in bytes.prefix(3).enumerated() { packed |= UInt32(byte) << (8 * (2 - index)) }
        return packed
    }

    /// Byte → Unicode scalar for a single-byte encoding.
    static func scalar(_ byte: UInt8, pc8: Bool) -> UInt32 {
        if byte < 0x80 { return UInt32(byte) }
        if pc8 { return cp437Upper[Int(byte) - 0x80] }
        if byte < 0xA0 { return windows1252C1[Int(byte) - 0x80] }
        return UInt32(byte)
    }

    /// Unicode scalar → byte, or nil when the code page has no such character.
    static func byte(for scalar: Unicode.Scalar, pc8: Bool) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return UInt8(value) }
        let table = pc8 ? cp437Reverse : windows1252Reverse
        return table[value]
    }

    private static let cp437Reverse: [UInt32: UInt8] = reverse(cp437Upper, from: 0x80)
    private static let windows1252Reverse: [UInt32: UInt8] = {
        var table = reverse(windows1252C1, from: 0x80)
        for byte in 0xA0...0xFF { table[UInt32(byte)] = UInt8(byte) }
        return table
    }()

    private static func reverse(_ scalars: [UInt32], from first: Int) -> [UInt32: UInt8] {
        var table: [UInt32: UInt8] = [:]
        for (offset, scalar) in scalars.enumerated() where table[scalar] == nil {
            table[scalar] = UInt8(first + offset)
        }
        return table
    }
}
