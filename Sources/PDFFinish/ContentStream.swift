/// A page's content stream read as operations (PDF 1.7, 7.8.2): each operator with its
/// operands and the byte range they occupy, so a pass can insert operators between them.
/// Enough of the syntax for what Cairo writes and what `verify` reads: numbers, names,
/// literal and hex strings, arrays, dictionaries, inline images.
public struct ContentStream {
    public enum Token: Equatable {
        case number(Double)
        case name(String)
        case string([UInt8])
        case arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
        case other(String)
    }

    public struct Operation {
        public var `operator`: String
        public var operands: [Token]
        /// From the first operand to the end of the operator.
        public var range: Range<Int>
    }

    public let bytes: [UInt8]
    public private(set) var operations: [Operation] = []

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var reader = Reader(bytes: bytes)
        var operands: [Token] = []
        var start: Int?
        while let (token, range) = reader.next() {
            if start == nil { start = range.lowerBound }
            if case let .other(word) = token, word != "true", word != "false", word != "null" {
                operations.append(Operation(operator: word, operands: operands, range: start!..<range.upperBound))
                if word == "ID" { reader.skipInlineImageData() }
                operands = []
                start = nil
            } else {
                operands.append(token)
            }
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        /// PDF 1.7, 7.2.2: white-space characters.
        static func isWhitespace(_ byte: UInt8) -> Bool {
            switch byte {
            case 0, 9, 10, 12, 13, 32: return true
            default: return false
            }
        }

        /// White space or a delimiter ( ) < > [ ] { } / %: where a regular word ends.
        static func endsWord(_ byte: UInt8) -> Bool {
            switch byte {
            case 0, 9, 10, 12, 13, 32, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return true
            default: return false
            }
        }

        mutating func next() -> (Token, Range<Int>)? {
            skipWhitespaceAndComments()
            guard position < bytes.count else { return nil }
            let start = position
            let byte = bytes[position]
            let token: Token
            switch byte {
            case UInt8(ascii: "("): token = .string(literalString())
            case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<"): position += 2; token = .dictionaryStart
            case UInt8(ascii: ">") where peek(1) == UInt8(ascii: ">"): position += 2; token = .dictionaryEnd
            case UInt8(ascii: "<"): token = .string(hexString())
            case UInt8(ascii: "["): position += 1; token = .arrayStart
            case UInt8(ascii: "]"): position += 1; token = .arrayEnd
            case UInt8(ascii: "/"):
                position += 1
                token = .name("/" + word())
            default:
                let end = wordEnd()
                if end == start {
                    position += 1
                    token = .other("")
                } else {
                    token = Self.number(bytes[start..<end]).map(Token.number) ?? .other(String(decoding: bytes[start..<end], as: UTF8.self))
                    position = end
                }
            }
            return (token, start..<position)
        }

        private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

        private mutating func skipWhitespaceAndComments() {
            while position < bytes.count {
                if Self.isWhitespace(bytes[position]) { position += 1 } else if bytes[position] == UInt8(ascii: "%") {
                    while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
                } else { return }
            }
        }

        private mutating func word() -> String {
            let start = position
            position = wordEnd()
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private func wordEnd() -> Int {
            var end = position
            while end < bytes.count, !Self.endsWord(bytes[end]) { end += 1 }
            return end
        }

        /// The word as a number, as `Double(String)` reads it. The common form (a sign,
        /// at most 15 digits, a point) is read directly: the digits as an exact integer
        /// divided by an exact power of ten is correctly rounded, so the value is the same;
        /// anything else goes through `Double`. Only a sign, a digit, a point, "inf" or
        /// "nan" can start a number.
        static func number(_ word: ArraySlice<UInt8>) -> Double? {
            guard let first = word.first else { return nil }
            switch first {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): break
            case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "n"), UInt8(ascii: "N"): return Double(String(decoding: word, as: UTF8.self))
            default: return nil
            }
            var index = word.startIndex
            let negative = first == UInt8(ascii: "-")
            if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index += 1 }
            var mantissa: Int64 = 0
            var digits = 0, fraction = 0
            var point = false
            while index < word.endIndex {
                let byte = word[index]
                if byte == UInt8(ascii: "."), !point {
                    point = true
                } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                    digits += 1
                    if point { fraction += 1 }
                } else {
                    return Double(String(decoding: word, as: UTF8.self))
                }
                index += 1
            }
            guard digits > 0, digits <= 15 else { return Double(String(decoding: word, as: UTF8.self)) }
            let value = Double(mantissa) / powersOfTen[fraction]
            return negative ? -value : value
        }

        private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

        private mutating func literalString() -> [UInt8] {
            var result: [UInt8] = []
            var depth = 0
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\\"): escape(into: &result)
                case UInt8(ascii: "("): depth += 1; result.append(byte)
                case UInt8(ascii: ")"):
                    if depth == 0 { return result }
                    depth -= 1
                    result.append(byte)
                default: result.append(byte)
                }
            }
            return result
        }

        private mutating func escape(into result: inout [UInt8]) {
            guard position < bytes.count else { return }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "n"): result.append(10)
            case UInt8(ascii: "r"): result.append(13)
            case UInt8(ascii: "t"): result.append(9)
            case UInt8(ascii: "b"): result.append(8)
            case UInt8(ascii: "f"): result.append(12)
            case 10: break
            case 13:
                if peek(0) == 10 { position += 1 }
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(byte - UInt8(ascii: "0"))
                for _ in 0..<2 {
                    guard let next = peek(0), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
                    value = value * 8 + Int(next - UInt8(ascii: "0"))
                    position += 1
                }
                result.append(UInt8(value & 0xFF))
            default: result.append(byte)
            }
        }

        private mutating func hexString() -> [UInt8] {
            position += 1
            var result: [UInt8] = []
            var high: UInt8?
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if let value = hexValue(bytes[position]) {
                    if let first = high {
                        result.append(first << 4 | value)
                        high = nil
                    } else { high = value }
                }
                position += 1
            }
            position += 1
            if let first = high { result.append(first << 4) }
            return result
        }

        private func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
            default: return nil
            }
        }

        /// After ID: the image's bytes up to whitespace, "EI", whitespace.
        mutating func skipInlineImageData() {
            position += 1
            while position + 2 < bytes.count {
                if bytes[position] == UInt8(ascii: "E"), bytes[position + 1] == UInt8(ascii: "I"),
                   Self.isWhitespace(bytes[position - 1]), Self.isWhitespace(bytes[position + 2]) {
                    position += 2
                    return
                }
                position += 1
            }
            position = bytes.count
        }
    }
}
