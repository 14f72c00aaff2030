/// The #KSUMMA checksum of SIE 4B: CRC-32 (reflected polynomial 0xEDB88320, preset and
/// final xor 0xFFFFFFFF) over every record between the opening `#KSUMMA` and the
/// closing `#KSUMMA value`. Each record contributes its label and then each field's
/// content in the file's own bytes: without the separating blanks, without the quotes
/// around strings (with `\"` resolved), without the braces of object lists and without
/// line breaks. The block lines `{` and `}` contribute nothing.
struct SIEChecksum {
    private(set) var state: UInt32 = 0xFFFF_FFFF

    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var crc = UInt32(index)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        return crc
    }

    var value: UInt32 { state ^ 0xFFFF_FFFF }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        var crc = state
        Self.table.withUnsafeBufferPointer { table in
            for index in start..<end {
                crc = (crc >> 8) ^ table[Int((crc ^ UInt32(bytes[index])) & 0xFF)]
            }
        }
        state = crc
    }

    /// Adds one tokenized record.
    mutating func add(record tokens: SIETokenizer, in bytes: UnsafeBufferPointer<UInt8>) {
        add(bytes, start: tokens.labelStart, end: tokens.labelEnd)
        for field in tokens.fields {
            if field.kind == .list {
                for item in tokens.items[field.itemStart..<field.itemEnd] { add(field: item, in: bytes) }
            } else {
                add(field: field, in: bytes)
            }
        }
    }

    private mutating func add(field: SIEField, in bytes: UnsafeBufferPointer<UInt8>) {
        if field.hasEscape {
            let content = SIETextDecoder.unescaped(UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]))
            content.withUnsafeBufferPointer { add($0, start: 0, end: $0.count) }
        } else {
            add(bytes, start: field.start, end: field.end)
        }
    }

    /// Whether a #KSUMMA value in the file names this checksum. Exporters write it
    /// signed or unsigned; both are accepted.
    static func matches(_ written: Int64, _ computed: UInt32) -> Bool {
        UInt32(truncatingIfNeeded: written) == computed
    }
}
