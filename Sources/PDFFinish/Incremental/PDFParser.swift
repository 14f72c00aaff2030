/// Reads PDF objects from bytes (ISO 32000-1, 7.2–7.3): enough syntax for trailers, xref
/// streams, catalogs, pages, fields and signature dictionaries.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    // Switches, not `contains` on a literal array: these run for every byte read.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        default: return false
        }
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): return true
        default: return false
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// A run of regular characters (a number, a keyword) without consuming it.
    func peekToken() -> String {
        var end = position
        while end < bytes.count, !Self.isWhitespace(bytes[end]), !Self.isDelimiter(bytes[end]) { end += 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }

    mutating func token() -> String {
        skipWhitespace()
        let word = peekToken()
        position += word.utf8.count
        return word
    }

    mutating func expect(_ keyword: String) throws {
        let found = token()
        guard found == keyword else { throw PDFSyntaxError("väntade \"\(keyword)\" men fann \"\(found)\"", at: position) }
    }

    /// One object; `N G R` is read as a reference.
    mutating func object() throws -> PDFObject {
        skipWhitespace()
        guard position < bytes.count else { throw PDFSyntaxError("filen tar slut mitt i ett objekt", at: position) }
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            return .name(peekTokenAndAdvance())
        case UInt8(ascii: "("): return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { return .dictionary(try dictionary()) }
            return .hexString(try hexString())
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw PDFSyntaxError("oavslutad lista", at: position) }
                if bytes[position] == UInt8(ascii: "]") { position += 1; return .array(items) }
                items.append(try object())
            }
        default: return try numberOrKeyword()
        }
    }

    private mutating func peekTokenAndAdvance() -> String {
        let word = peekToken()
        position += word.utf8.count
        return word
    }

    mutating func dictionary() throws -> PDFDictionary {
        position += 2
        var dictionary = PDFDictionary()
        while true {
            skipWhitespace()
            guard position + 1 < bytes.count else { throw PDFSyntaxError("oavslutad ordlista", at: position) }
            if bytes[position] == UInt8(ascii: ">"), bytes[position + 1] == UInt8(ascii: ">") { position += 2; return dictionary }
            guard case .name(let key) = try object() else { throw PDFSyntaxError("en nyckel i en ordlista är inget namn", at: position) }
            dictionary[key] = try object()
        }
    }

    private mutating func numberOrKeyword() throws -> PDFObject {
        let word = token()
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default: break
        }
        guard let number = Int(word) else {
            guard Double(word) != nil else { throw PDFSyntaxError("okänt ord \"\(word)\"", at: position) }
            return .real(word)
        }
        // `N G R` is a reference; look ahead without committing.
        var lookahead = self
        let generation = lookahead.token()
        if let generation = Int(generation), lookahead.token() == "R" {
            self = lookahead
            return .reference(PDFReference(number, generation))
        }
        return .integer(number)
    }

    private mutating func literalString() throws -> [UInt8] {
        position += 1
        var depth = 1
        var out: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\\"): Self.escape(bytes, at: &position, into: &out)
            case UInt8(ascii: "("):
                depth += 1
                out.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return out }
                out.append(byte)
            default: out.append(byte)
            }
        }
        throw PDFSyntaxError("oavslutad sträng", at: position)
    }

    /// The character after a backslash in a literal string (7.3.4.2), decoded into
    /// `result`; `position` is just after the backslash. Object strings and content
    /// streams' strings are read with it.
    static func escape(_ bytes: [UInt8], at position: inout Int, into result: inout [UInt8]) {
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
            if position < bytes.count, bytes[position] == 10 { position += 1 }
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = Int(byte - UInt8(ascii: "0"))
            for _ in 0..<2 {
                guard position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position]) else { break }
                value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            result.append(UInt8(value & 0xFF))
        default: result.append(byte)
        }
    }

    private mutating func hexString() throws -> [UInt8] {
        position += 1
        var digits: [UInt8] = []
        while position < bytes.count, bytes[position] != UInt8(ascii: ">") {
            let byte = bytes[position]
            position += 1
            if Self.isWhitespace(byte) { continue }
            guard let value = Self.hexValue(byte) else { throw PDFSyntaxError("ogiltig hexadecimal sträng", at: position) }
            digits.append(value)
        }
        guard position < bytes.count else { throw PDFSyntaxError("oavslutad hexadecimal sträng", at: position) }
        position += 1
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

public struct PDFSyntaxError: Error, CustomStringConvertible {
    public var reason: String
    public var offset: Int

    init(_ reason: String, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    public var description: String { "\(reason) (vid byte \(offset))" }
}
