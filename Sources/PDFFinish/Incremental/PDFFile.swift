/// A written PDF read through its cross-reference chain (ISO 32000-1, 7.5): classic xref
/// tables, xref streams and hybrids, newest section first, so that every object's newest
/// version can be found and every revision told apart.
public final class PDFFile {
    public enum Location: Equatable, Sendable {
        case offset(Int, generation: Int)
        case compressed(stream: Int, index: Int)
        case free
    }

    /// One cross-reference section and its trailer; `end` is the byte after its `%%EOF`
    /// line, where the revision it closes ends.
    public struct Section: Sendable {
        public var offset: Int
        public var isStream: Bool
        public var entries: [Int: Location]
        public var trailer: PDFDictionary
        public var end: Int
    }

    public let bytes: [UInt8]
    /// Newest first.
    public private(set) var sections: [Section] = []
    private var index: [Int: Location] = [:]
    private var objectStreams: [Int: [Int: PDFObject]] = [:]

    public var trailer: PDFDictionary { sections[0].trailer }
    public var startxref: Int { sections[0].offset }
    public var size: Int { trailer["Size"]?.integerValue ?? 0 }

    public init(bytes: [UInt8]) throws {
        self.bytes = bytes
        var next: Int? = try Self.lastStartxref(in: bytes)
        var seen: Set<Int> = []
        while let offset = next, seen.insert(offset).inserted {
            let section = try readSection(at: offset)
            sections.append(section)
            for (number, location) in section.entries where index[number] == nil { index[number] = location }
            next = section.trailer["Prev"]?.integerValue
        }
        guard trailer["Root"]?.referenceValue != nil else { throw PDFSyntaxError("trailern saknar /Root", at: startxref) }
    }

    public func location(of number: Int) -> Location? { index[number] }

    /// The newest version of object `number`, references left unresolved.
    public func object(_ number: Int) throws -> PDFObject? {
        switch index[number] {
        case .offset(let offset, _)?: return try indirectObjectRange(at: offset).object
        case .compressed(let stream, let position)?: return try objectStreamContents(stream)[position]
        case .free?, nil: return nil
        }
    }

    public func object(_ reference: PDFReference) throws -> PDFObject? { try object(reference.number) }

    /// A value with a reference followed to its object.
    public func resolve(_ value: PDFObject?) throws -> PDFObject? {
        guard case .reference(let reference)? = value else { return value }
        return try object(reference)
    }

    public func dictionary(_ reference: PDFReference) throws -> PDFDictionary {
        guard let dictionary = try object(reference)?.dictionaryValue else {
            throw PDFSyntaxError("objekt \(reference.number) är ingen ordlista", at: 0)
        }
        return dictionary
    }

    /// A stream object: its dictionary and its raw (undecoded) data.
    public func stream(_ number: Int) throws -> (dictionary: PDFDictionary, data: [UInt8])? {
        guard case .offset(let offset, _)? = index[number] else { return nil }
        let read = try indirectObject(at: offset)
        guard let dictionary = read.object.dictionaryValue, let data = read.streamData else { return nil }
        return (dictionary, data)
    }

    /// Every object number the chain gives a place (free ones left out), in no order.
    var objectNumbers: [Int] { index.compactMap { $0.value == .free ? nil : $0.key } }

    /// The newest version of object `number` with its generation and, for a stream, where
    /// its raw data lie in `bytes`; nil when the chain has no place for it.
    func objectWithStream(_ number: Int) throws -> (object: PDFObject, generation: Int, stream: Range<Int>?)? {
        switch index[number] {
        case .offset(let offset, let generation)?:
            let read = try indirectObjectRange(at: offset)
            return (read.object, generation, read.stream)
        case .compressed(let stream, let position)?:
            guard let object = try objectStreamContents(stream)[position] else { throw PDFSyntaxError("objekt \(number) saknas i objektström \(stream)", at: 0) }
            return (object, 0, nil)
        case .free?, nil: return nil
        }
    }

    /// `N G obj … endobj` at `offset`, with the raw bytes of its stream if it has one.
    func indirectObject(at offset: Int) throws -> (object: PDFObject, streamData: [UInt8]?) {
        let read = try indirectObjectRange(at: offset)
        return (read.object, read.stream.map { Array(bytes[$0]) })
    }

    /// `N G obj … endobj` at `offset`, with where the raw bytes of its stream lie.
    private func indirectObjectRange(at offset: Int) throws -> (object: PDFObject, stream: Range<Int>?) {
        var parser = PDFParser(bytes, at: offset)
        guard Int(parser.token()) != nil, Int(parser.token()) != nil else { throw PDFSyntaxError("inget objekt vid xref-förskjutningen", at: offset) }
        try parser.expect("obj")
        let value = try parser.object()
        parser.skipWhitespace()
        guard parser.peekToken() == "stream", let dictionary = value.dictionaryValue else { return (value, nil) }
        var start = parser.position + 6
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        let length: Int
        if let direct = dictionary["Length"]?.integerValue {
            length = direct
        } else if case .reference(let reference)? = dictionary["Length"], let indirect = try object(reference)?.integerValue {
            length = indirect
        } else {
            throw PDFSyntaxError("strömmen saknar /Length", at: offset)
        }
        guard length >= 0, start + length <= bytes.count else { throw PDFSyntaxError("strömmen går förbi filens slut", at: offset) }
        return (value, start..<(start + length))
    }

    private func objectStreamContents(_ number: Int) throws -> [Int: PDFObject] {
        if let cached = objectStreams[number] { return cached }
        guard let (dictionary, raw) = try stream(number), let count = dictionary["N"]?.integerValue,
              let first = dictionary["First"]?.integerValue else { throw PDFSyntaxError("objektström \(number) saknas", at: 0) }
        let data = try StreamDecoding.decode(raw, dictionary: dictionary)
        var header = PDFParser(data)
        var objects: [Int: PDFObject] = [:]
        for position in 0..<count {
            guard Int(header.token()) != nil, let offset = Int(header.token()) else { throw PDFSyntaxError("trasig objektström \(number)", at: 0) }
            var parser = PDFParser(data, at: first + offset)
            objects[position] = try parser.object()
        }
        objectStreams[number] = objects
        return objects
    }

    static func lastStartxref(in bytes: [UInt8]) throws -> Int {
        let keyword = Array("startxref".utf8)
        let searchStart = max(0, bytes.count - 2048)
        guard let found = bytes.lastRange(of: keyword, from: searchStart) else { throw PDFSyntaxError("ingen startxref", at: bytes.count) }
        var parser = PDFParser(bytes, at: found + keyword.count)
        guard let offset = Int(parser.token()) else { throw PDFSyntaxError("startxref utan förskjutning", at: found) }
        return offset
    }

    private func readSection(at offset: Int) throws -> Section {
        var parser = PDFParser(bytes, at: offset)
        parser.skipWhitespace()
        guard parser.peekToken() == "xref" else { return try readXrefStream(at: offset) }
        _ = parser.token()
        var entries: [Int: Location] = [:]
        while let first = Int(parser.token()) {
            guard let count = Int(parser.token()) else { throw PDFSyntaxError("trasig xref-tabell", at: parser.position) }
            for number in first..<(first + count) {
                guard let position = Int(parser.token()), let generation = Int(parser.token()) else {
                    throw PDFSyntaxError("trasig xref-rad", at: parser.position)
                }
                entries[number] = parser.token() == "n" ? .offset(position, generation: generation) : .free
            }
        }
        // The loop ended on the keyword `trailer`.
        parser.skipWhitespace()
        let trailer = try parser.dictionary()
        if let hybrid = trailer["XRefStm"]?.integerValue {
            for (number, location) in try readXrefStream(at: hybrid).entries where entries[number] == nil { entries[number] = location }
        }
        return Section(offset: offset, isStream: false, entries: entries, trailer: trailer, end: endOfRevision(after: parser.position))
    }

    private func readXrefStream(at offset: Int) throws -> Section {
        let read = try indirectObject(at: offset)
        guard let dictionary = read.object.dictionaryValue, dictionary["Type"]?.nameValue == "XRef", let raw = read.streamData,
              let widths = dictionary["W"]?.arrayValue?.compactMap(\.integerValue), widths.count == 3 else {
            throw PDFSyntaxError("ingen xref-tabell eller xref-ström vid startxref", at: offset)
        }
        let data = try StreamDecoding.decode(raw, dictionary: dictionary)
        let ranges = dictionary["Index"]?.arrayValue?.compactMap(\.integerValue) ?? [0, dictionary["Size"]?.integerValue ?? 0]
        let rowLength = widths.reduce(0, +)
        var entries: [Int: Location] = [:]
        var row = 0
        for pair in stride(from: 0, to: ranges.count - 1, by: 2) {
            for number in ranges[pair]..<(ranges[pair] + ranges[pair + 1]) {
                let start = row * rowLength
                guard start + rowLength <= data.count else { throw PDFSyntaxError("xref-strömmen är för kort", at: offset) }
                var fields: [Int] = []
                var cursor = start
                for width in widths {
                    fields.append(data[cursor..<(cursor + width)].reduce(0) { $0 << 8 | Int($1) })
                    cursor += width
                }
                let kind = widths[0] == 0 ? 1 : fields[0]
                switch kind {
                case 1: entries[number] = .offset(fields[1], generation: fields[2])
                case 2: entries[number] = .compressed(stream: fields[1], index: fields[2])
                default: entries[number] = .free
                }
                row += 1
            }
        }
        var parser = PDFParser(bytes, at: offset)
        let end = bytes.range(of: Array("endobj".utf8), from: parser.position).map { $0 + 6 } ?? offset
        parser.position = end
        return Section(offset: offset, isStream: true, entries: entries, trailer: dictionary, end: endOfRevision(after: end))
    }

    /// The byte after the `%%EOF` line that closes a section (its end-of-line included).
    private func endOfRevision(after position: Int) -> Int {
        guard let eof = bytes.range(of: Array("%%EOF".utf8), from: position) else { return bytes.count }
        var end = eof + 5
        if end < bytes.count, bytes[end] == 0x0D { end += 1 }
        if end < bytes.count, bytes[end] == 0x0A { end += 1 }
        return end
    }
}

extension Array where Element == UInt8 {
    /// The first index at or after `start` where `needle` begins.
    func range(of needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = Swift.max(start, 0)
        while index + needle.count <= count {
            if self[index] == needle[0], self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The last index at or after `start` where `needle` begins.
    func lastRange(of needle: [UInt8], from start: Int) -> Int? {
        var index = count - needle.count
        while index >= Swift.max(start, 0) {
            if self[index] == needle[0], self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
