/// A font's ToUnicode CMap (PDF 1.7, 9.10.3): character codes of a fixed length (from
/// the codespace range) to the Unicode text they stand for.
struct UnicodeMap: Sendable {
    private(set) var codeLength = 1
    private var map: [UInt32: String] = [:]
    /// Each code's text as UTF-8 when it is text (see `readable`), by code: the verifier
    /// looks up every glyph shown, and an array index is far cheaper than a hash.
    private var readableByCode: [[UInt8]?] = []

    init(cmap bytes: [UInt8]) {
        let stream = ContentStream(bytes)
        for operation in stream.operations {
            let strings = operation.operands.compactMap { token -> [UInt8]? in
                if case let .string(value) = token { return value }
                return nil
            }
            switch operation.operator {
            case "endcodespacerange":
                if let first = strings.first { codeLength = max(first.count, 1) }
            case "endbfchar":
                for index in stride(from: 0, to: strings.count - 1, by: 2) { map[Self.code(strings[index])] = Self.utf16(strings[index + 1]) }
            case "endbfrange":
                addRanges(operation.operands)
            default: break
            }
        }
        // Subset fonts number their codes from zero up: a table as long as the largest.
        let largest = Int(map.keys.max() ?? 0)
        if largest < 1 << 16 {
            readableByCode = Array(repeating: nil, count: largest + 1)
            for (code, text) in map where Self.isText(text) { readableByCode[Int(code)] = Array(text.utf8) }
        }
    }

    /// Text that stands for something: not empty, no NUL, replacement character or byte
    /// order mark.
    static func isText(_ text: String) -> Bool {
        !text.isEmpty && !text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0, 0xFFFD, 0xFEFF, 0xFFFE: return true
            default: return false
            }
        }
    }

    /// The UTF-8 of a code's text when it is text (`isText`); nil for a code the map does
    /// not know or whose text is none.
    func readable(_ code: UInt32) -> [UInt8]? {
        if Int(code) < readableByCode.count { return readableByCode[Int(code)] }
        guard readableByCode.isEmpty, let text = map[code], Self.isText(text) else { return nil }
        return Array(text.utf8)
    }

    /// `<lo> <hi> <dst>` or `<lo> <hi> [<dst> …]` triples.
    private mutating func addRanges(_ tokens: [ContentStream.Token]) {
        var index = 0
        while index + 2 < tokens.count {
            guard case let .string(low) = tokens[index], case let .string(high) = tokens[index + 1] else { index += 1; continue }
            let first = Self.code(low), last = Self.code(high)
            if case let .string(destination) = tokens[index + 2] {
                var units = Self.units(destination)
                for code in first...max(first, last) {
                    map[code] = String(decoding: units, as: UTF16.self)
                    if !units.isEmpty { units[units.count - 1] &+= 1 }
                }
                index += 3
            } else if tokens[index + 2] == .arrayStart {
                var cursor = index + 3
                var code = first
                while cursor < tokens.count, tokens[cursor] != .arrayEnd {
                    if case let .string(destination) = tokens[cursor] { map[code] = Self.utf16(destination); code += 1 }
                    cursor += 1
                }
                index = cursor + 1
            } else { index += 3 }
        }
    }

    private static func code(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }

    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func utf16(_ bytes: [UInt8]) -> String { String(decoding: units(bytes), as: UTF16.self) }
}
