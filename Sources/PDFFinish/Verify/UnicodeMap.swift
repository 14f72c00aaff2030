/// A font's ToUnicode CMap (PDF 1.7, 9.10.3): character codes of a fixed length (from
/// the codespace range) to the Unicode text they stand for.
struct UnicodeMap {
    private(set) var codeLength = 1
    private var map: [UInt32: String] = [:]

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

    /// The text of each code in `string`; nil for a code the map does not know.
    func decode(_ string: [UInt8]) -> [String?] {
        stride(from: 0, to: string.count, by: codeLength).map { start in
            var code: UInt32 = 0
            for index in start..<min(start + codeLength, string.count) { code = code << 8 | UInt32(string[index]) }
            return map[code]
        }
    }

    private static func code(_ bytes: [UInt8]) -> UInt32 { bytes.reduce(0) { $0 << 8 | UInt32($1) } }

    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func utf16(_ bytes: [UInt8]) -> String { String(decoding: units(bytes), as: UTF16.self) }
}
