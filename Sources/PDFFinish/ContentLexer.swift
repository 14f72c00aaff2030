/// Where each token of a content stream lies and what kind it is (PDF 1.7, 7.2), without
/// making its value: no string or array is made per token. `ContentStream` makes the
/// values it keeps from these ranges; `ArtifactMarking` needs only the operators.
struct ContentLexer {
    enum Kind: Equatable {
        case number(Double)
        case name, literalString, hexString, arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
        /// A regular word that is no number: an operator, or true, false, null.
        case word
        /// A delimiter standing alone where a token should start (`)`, `{`, `}`, `>`): an
        /// operator without a name, as the reader has always taken it.
        case stray
    }

    let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// PDF 1.7, 7.2.2: white-space characters (the object parser's classes, one definition).
    static func isWhitespace(_ byte: UInt8) -> Bool { PDFParser.isWhitespace(byte) }

    /// White space or a delimiter ( ) < > [ ] { } / %: where a regular word ends.
    static func endsWord(_ byte: UInt8) -> Bool { PDFParser.isWhitespace(byte) || PDFParser.isDelimiter(byte) }

    /// true, false and null are operands, every other word is an operator.
    static func isOperandWord(_ word: ArraySlice<UInt8>) -> Bool {
        // Told by length and first byte before any comparison: this runs for every operator.
        switch (word.count, word.first) {
        case (4, UInt8(ascii: "t")?): return word.elementsEqual("true".utf8)
        case (5, UInt8(ascii: "f")?): return word.elementsEqual("false".utf8)
        case (4, UInt8(ascii: "n")?): return word.elementsEqual("null".utf8)
        default: return false
        }
    }

    /// The operator after which inline image data follows.
    static func isInlineImageData(_ word: ArraySlice<UInt8>) -> Bool {
        word.count == 2 && word.first == UInt8(ascii: "I") && word.last == UInt8(ascii: "D")
    }

    mutating func next() -> (kind: Kind, range: Range<Int>)? {
        skipWhitespaceAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let kind: Kind
        switch bytes[position] {
        case UInt8(ascii: "("): skipLiteralString(); kind = .literalString
        case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "<"): position += 2; kind = .dictionaryStart
        case UInt8(ascii: ">") where peek(1) == UInt8(ascii: ">"): position += 2; kind = .dictionaryEnd
        case UInt8(ascii: "<"):
            // Up to and past the closing ">" (one past the end when there is none).
            position += 1
            while position < bytes.count, bytes[position] != UInt8(ascii: ">") { position += 1 }
            position += 1
            kind = .hexString
        case UInt8(ascii: "["): position += 1; kind = .arrayStart
        case UInt8(ascii: "]"): position += 1; kind = .arrayEnd
        case UInt8(ascii: "/"):
            position = wordEnd(from: position + 1)
            kind = .name
        default:
            let end = wordEnd(from: start)
            if end == start {
                position += 1
                kind = .stray
            } else {
                position = end
                kind = Self.number(bytes, start..<end).map(Kind.number) ?? .word
            }
        }
        return (kind, start..<position)
    }

    private func peek(_ offset: Int) -> UInt8? { position + offset < bytes.count ? bytes[position + offset] : nil }

    private mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) { position += 1 } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else { return }
        }
    }

    private func wordEnd(from start: Int) -> Int {
        var end = start
        while end < bytes.count, !Self.endsWord(bytes[end]) { end += 1 }
        return end
    }

    /// To just past the ")" that closes the string: a backslash escapes the byte after it,
    /// unescaped parentheses nest. What an escape consumes beyond that byte (a line feed
    /// after a carriage return, octal digits) is never a parenthesis.
    private mutating func skipLiteralString() {
        var depth = 0
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): if position < bytes.count { position += 1 }
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                if depth == 0 { return }
                depth -= 1
            default: break
            }
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

    /// The word as a number, as `Double(String)` reads it. The common form (a sign,
    /// at most 15 digits, a point) is read directly: the digits as an exact integer
    /// divided by an exact power of ten is correctly rounded, so the value is the same;
    /// anything else goes through `Double`. Only a sign, a digit, a point, "inf" or
    /// "nan" can start a number.
    /// (The bytes and a range rather than a slice: a slice would retain the array per word.)
    static func number(_ bytes: [UInt8], _ word: Range<Int>) -> Double? {
        guard !word.isEmpty else { return nil }
        let first = bytes[word.lowerBound]
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."): break
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "n"), UInt8(ascii: "N"): return Double(String(decoding: bytes[word], as: UTF8.self))
        default: return nil
        }
        var index = word.lowerBound
        let negative = first == UInt8(ascii: "-")
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { index += 1 }
        var mantissa: Int64 = 0
        var digits = 0, fraction = 0
        var point = false
        while index < word.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "."), !point {
                point = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if point { fraction += 1 }
            } else {
                return Double(String(decoding: bytes[word], as: UTF8.self))
            }
            index += 1
        }
        guard digits > 0, digits <= 15 else { return Double(String(decoding: bytes[word], as: UTF8.self)) }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }
}
