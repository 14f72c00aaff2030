/// A page's content stream read as operations (PDF 1.7, 7.8.2): each operator with its
/// operands and the byte range they occupy, so a pass can insert operators between them.
/// Enough of the syntax for what Cairo writes and what `verify` reads: numbers, names,
/// literal and hex strings, arrays, dictionaries, inline images.
public struct ContentStream {
    public enum Token: Equatable, Sendable {
        case number(Double)
        case name(String)
        case string([UInt8])
        case arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
        case other(String)
    }

    public struct Operation: Sendable {
        public var `operator`: String
        public var operands: [Token]
        /// From the first operand to the end of the operator.
        public var range: Range<Int>
    }

    public let bytes: [UInt8]
    public private(set) var operations: [Operation] = []

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lexer = ContentLexer(bytes)
        var operands: [Token] = []
        var start: Int?
        while let (kind, range) = lexer.next() {
            if start == nil { start = range.lowerBound }
            let token: Token
            switch kind {
            case let .number(value): token = .number(value)
            case .name: token = .name(String(decoding: bytes[range], as: UTF8.self))
            case .literalString: token = .string(Self.literalString(bytes, from: range.lowerBound))
            case .hexString: token = .string(Self.hexString(bytes, from: range.lowerBound))
            case .arrayStart: token = .arrayStart
            case .arrayEnd: token = .arrayEnd
            case .dictionaryStart: token = .dictionaryStart
            case .dictionaryEnd: token = .dictionaryEnd
            case .word where ContentLexer.isOperandWord(bytes[range]): token = .other(String(decoding: bytes[range], as: UTF8.self))
            case .word, .stray:
                let word = kind == .stray ? "" : String(decoding: bytes[range], as: UTF8.self)
                // The operands gathered in one buffer, each operation's copied at its size:
                // one allocation (none without operands) instead of one per doubling. (Not
                // `Array(operands)`: that shares the buffer, and clearing it for the next
                // operation then leaves this one holding the whole, largest-ever capacity.)
                operations.append(Operation(operator: word, operands: operands.isEmpty ? [] : Self.exactCopy(operands),
                                            range: start!..<range.upperBound))
                if word == "ID" { lexer.skipInlineImageData() }
                operands.removeAll(keepingCapacity: true)
                start = nil
                continue
            }
            operands.append(token)
        }
    }

    /// A new array of these tokens with room for them only.
    private static func exactCopy(_ tokens: [Token]) -> [Token] {
        [Token](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            for (index, token) in tokens.enumerated() { (buffer.baseAddress! + index).initialize(to: token) }
            count = tokens.count
        }
    }

    /// The string's bytes with escapes decoded; `start` is at its "(".
    private static func literalString(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var result: [UInt8] = []
        var depth = 0
        var position = start + 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): PDFParser.escape(bytes, at: &position, into: &result)
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

    /// The string's bytes from its hex digits (other bytes skipped, an odd last digit
    /// padded with 0); `start` is at its "<".
    private static func hexString(_ bytes: [UInt8], from start: Int) -> [UInt8] {
        var position = start + 1
        var result: [UInt8] = []
        var high: UInt8?
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            if let value = PDFParser.hexValue(bytes[position]) {
                if let first = high {
                    result.append(first << 4 | value)
                    high = nil
                } else { high = value }
            }
            position += 1
        }
        if let first = high { result.append(first << 4) }
        return result
    }
}
