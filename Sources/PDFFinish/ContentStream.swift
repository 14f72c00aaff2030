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
            if case let .other(word) = token, !["true", "false", "null"].contains(word) {
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

        static let whitespace: Set<UInt8> = [0, 9, 10, 12, 13, 32]
        static let delimiters: Set<UInt8> = Set("()<>[]{}/%".utf8)

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
                let text = word()
                if text.isEmpty { position += 1 }
                token = Double(text).map(Token.number) ?? .other(text)
            }
            return (token, start..<position)
        }

        private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

        private mutating func skipWhitespaceAndComments() {
            while position < bytes.count {
                if Self.whitespace.contains(bytes[position]) { position += 1 } else if bytes[position] == UInt8(ascii: "%") {
                    while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
                } else { return }
            }
        }

        private mutating func word() -> String {
            let start = position
            while position < bytes.count, !Self.whitespace.contains(bytes[position]), !Self.delimiters.contains(bytes[position]) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private mutating func literalString() -> [UInt8] {
            var result: [UInt8] = []
            var depth = 0
            position += 1
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "\\"): result += escape()
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

        private mutating func escape() -> [UInt8] {
            guard position < bytes.count else { return [] }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "n"): return [10]
            case UInt8(ascii: "r"): return [13]
            case UInt8(ascii: "t"): return [9]
            case UInt8(ascii: "b"): return [8]
            case UInt8(ascii: "f"): return [12]
            case 10: return []
            case 13:
                if peek(0) == 10 { position += 1 }
                return []
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(byte - UInt8(ascii: "0"))
                for _ in 0..<2 {
                    guard let next = peek(0), (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(next) else { break }
                    value = value * 8 + Int(next - UInt8(ascii: "0"))
                    position += 1
                }
                return [UInt8(value & 0xFF)]
            default: return [byte]
            }
        }

        private mutating func hexString() -> [UInt8] {
            position += 1
            var digits: [UInt8] = []
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
                if let value = hexValue(bytes[position]) { digits.append(value) }
                position += 1
            }
            position += 1
            if digits.count % 2 == 1 { digits.append(0) }
            return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
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
                   Self.whitespace.contains(bytes[position - 1]), Self.whitespace.contains(bytes[position + 2]) {
                    position += 2
                    return
                }
                position += 1
            }
            position = bytes.count
        }
    }
}
