/// One value of a `ParsedPDF`, never a reference (one is followed when the value is
/// made), read as qpdf reads it: names as "/Name" with `#xx` escapes decoded, a key that
/// holds null as absent, a stream's keys in its dictionary, keys in byte order.
struct PDFValue: Sendable {
    let file: ParsedPDF
    let value: PDFObject
    /// The object number it was reached by (0 for a direct value), and its generation.
    let objectNumber: Int
    let generation: Int
    let isStream: Bool

    init(file: ParsedPDF, value: PDFObject, number: Int, generation: Int, isStream: Bool) {
        self.file = file
        self.value = value
        objectNumber = number
        self.generation = generation
        self.isStream = isStream
    }

    var isNull: Bool { if case .null = value { return true } else { return false } }
    var isDictionary: Bool { if !isStream, case .dictionary = value { return true } else { return false } }
    var isArray: Bool { if case .array = value { return true } else { return false } }

    var name: String? {
        guard case let .name(spelling) = value else { return nil }
        return "/" + Self.decodedName(spelling)
    }

    var integer: Int? { value.integerValue }
    var number: Double? {
        switch value {
        case .integer(let integer): return Double(integer)
        case .real(let spelling): return Double(spelling)
        default: return nil
        }
    }
    var bool: Bool? { if case let .bool(flag) = value { return flag } else { return nil } }
    /// A text string decoded (UTF-16, UTF-8 or PDFDocEncoding).
    var text: String? { value.stringBytes.map(TextString.text) }
    var stringBytes: [UInt8]? { value.stringBytes }

    /// The items, a null for each that is null or refers to nothing (as qpdf keeps them,
    /// with the number referred to).
    var array: [PDFValue] {
        guard case let .array(items) = value else { return [] }
        return items.map { item in
            file.value(item) ?? PDFValue(file: file, value: .null, number: item.referenceValue?.number ?? 0,
                                         generation: item.referenceValue?.generation ?? 0, isStream: false)
        }
    }

    /// The value itself when it is an array, else an array of it alone (null: empty).
    var asArray: [PDFValue] { isArray ? array : isNull ? [] : [self] }

    /// The keys whose values are not null, as "/Key", in byte order (qpdf's is a sorted set).
    var keys: [String] {
        guard case let .dictionary(dictionary) = value else { return [] }
        return dictionary.entries.filter { file.value($0.value) != nil }.map { "/" + Self.decodedName($0.key) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// A dictionary's (or a stream dictionary's) entry, reference followed; nil when absent or null.
    subscript(key: String) -> PDFValue? {
        guard case let .dictionary(dictionary) = value else { return nil }
        let spelling = String(key.dropFirst())
        if let found = dictionary[spelling] { return file.value(found) }
        // A key spelled with escapes (/Typ#65) is the key it decodes to.
        guard let escaped = dictionary.entries.first(where: { $0.key.utf8.contains(UInt8(ascii: "#")) && "/" + Self.decodedName($0.key) == key })
        else { return nil }
        return file.value(escaped.value)
    }

    /// A stream's data with its filters undone (those qpdf undoes at its general level).
    func streamData() throws -> [UInt8] {
        guard isStream else { throw PDFSyntaxError("objektet är ingen ström", at: 0) }
        return try file.streamData(objectNumber, level: .generalized)
    }

    /// A page's content: its /Contents stream, or the streams of its array joined, with a
    /// newline between two when the first does not end in one (as qpdf joins them).
    func pageContent() throws -> [UInt8] {
        var joined: [UInt8] = []
        var needsNewline = false
        for stream in self["/Contents"]?.asArray ?? [] where stream.isStream {
            if needsNewline { joined.append(0x0A) }
            let data = try file.streamData(stream.objectNumber, level: .specialized)
            joined += data
            needsNewline = data.last != 0x0A
        }
        return joined
    }

    /// PDF syntax of the value, spaced as qpdf's unparse (for findings).
    var unparsed: String { Self.syntax(value) }

    private static func syntax(_ value: PDFObject) -> String {
        switch value {
        case .array(let items): return "[ " + items.map(syntax).joined(separator: " ") + " ]"
        case .dictionary(let dictionary):
            let entries = dictionary.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return "<< " + entries.map { "/\($0.key) \(syntax($0.value)) " }.joined() + ">>"
        default: return String(decoding: value.serialized, as: UTF8.self)
        }
    }

    /// A name's spelling with `#xx` escapes decoded, cut at a NUL, as qpdf's getName
    /// gives it (an invalid `#` ends the name there, as qpdf's C API string does).
    static func decodedName(_ spelling: String) -> String {
        guard spelling.utf8.contains(UInt8(ascii: "#")) else { return spelling }
        var bytes: [UInt8] = []
        var utf8 = Array(spelling.utf8)[...]
        while let byte = utf8.popFirst() {
            guard byte == UInt8(ascii: "#") else { bytes.append(byte); continue }
            guard utf8.count >= 2, let high = PDFParser.hexValue(utf8[utf8.startIndex]), let low = PDFParser.hexValue(utf8[utf8.startIndex + 1]) else { break }
            let decoded = high << 4 | low
            if decoded == 0 { break }
            bytes.append(decoded)
            utf8 = utf8.dropFirst(2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
