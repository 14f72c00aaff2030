import CQPDF

/// One object of the structure tree as PDF syntax parsed in Swift. A call into qpdf costs
/// about two thousand instructions, and an element asked key by key and item by item
/// took some twenty: here qpdf gives each indirect object's whole syntax in one call
/// (after resolving it), and the keys, kids and MCIDs are read from that. Text strings
/// (/Alt, /ActualText) are still asked of qpdf, for its decoding.
struct StructureNode {
    /// The value, never a reference: for a stream, its dictionary.
    let value: PDFObject
    let isStream: Bool
    /// The object number qpdf's view of this value would have: a reference's; 0 for a direct object.
    let number: Int
    /// qpdf's view of the same object, made only when a text string is read.
    let handle: () -> QPDFObject?

    var dictionary: PDFDictionary? { isStream ? nil : value.dictionaryValue }
    /// The dictionary a key is looked up in: a stream's too, as qpdf's lookups do.
    private var keys: PDFDictionary? { value.dictionaryValue }

    /// The indirect object `reference`, resolved; nil when the file has none (or it is null).
    static func fetch(_ reference: PDFReference, in file: QPDFFile) -> StructureNode? {
        let object = QPDFObject(file: file, handle: qpdf_get_object_by_id(file.data, Int32(clamping: reference.number), Int32(clamping: reference.generation)))
        return node(object, number: reference.number, handle: { object })
    }

    /// `object` (resolved by its view) as a node; nil when it is null.
    static func node(_ object: QPDFObject, number: Int, handle: @escaping () -> QPDFObject?) -> StructureNode? {
        guard !object.isNull else { return nil }
        let syntax = object.isStream ? object.streamDictionary.resolvedSyntax : object.resolvedSyntax
        var parser = PDFParser(syntax)
        // qpdf's own syntax always parses; anything else reads as null, as qpdf gives for it.
        let value = (try? parser.object()) ?? .null
        return StructureNode(value: value, isStream: object.isStream, number: number, handle: handle)
    }

    /// A value of this object: a reference followed to its object (a chain of them, up to 8).
    func resolved(_ value: PDFObject?, in file: QPDFFile) -> StructureNode? {
        guard var value else { return nil }
        var number = 0
        for _ in 0..<8 {
            guard case let .reference(reference) = value else { break }
            guard let node = Self.fetch(reference, in: file) else { return nil }
            if case .reference = node.value { value = node.value; number = reference.number; continue }
            return node
        }
        if case .null = value { return nil }
        if case .reference = value { return nil }
        return StructureNode(value: value, isStream: false, number: number, handle: { nil })
    }

    /// The value of `key`, resolved; a direct value's qpdf view is reached through this
    /// object's (`key` of it).
    func entry(_ key: String, in file: QPDFFile) -> StructureNode? {
        guard let raw = keys?[String(key.dropFirst())] else { return nil }
        guard let node = resolved(raw, in: file) else { return nil }
        if node.number != 0 { return node }
        let parent = handle
        return StructureNode(value: node.value, isStream: false, number: 0, handle: { parent()?[key] })
    }

    /// The items of an array, or the value alone (absent: none), as `QPDFObject.asArray`.
    func asArray(in file: QPDFFile) -> [StructureNode] {
        guard case let .array(items) = value else { return [self] }
        let parent = handle
        return items.enumerated().compactMap { index, item in
            guard let node = resolved(item, in: file) else { return nil }
            if node.number != 0 { return node }
            return StructureNode(value: node.value, isStream: false, number: 0, handle: {
                parent().flatMap { array in array.isArray ? array.array[index] : nil }
            })
        }
    }

    /// "/Name" as qpdf gives it: `#xx` escapes decoded, cut at a NUL (qpdf keeps an
    /// invalid `#` as one, and the C API's string ends there).
    var name: String? {
        guard case let .name(spelling) = value else { return nil }
        guard spelling.utf8.contains(UInt8(ascii: "#")) else { return "/" + spelling }
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
        return "/" + String(decoding: bytes, as: UTF8.self)
    }

    var integer: Int? { value.integerValue }
}
