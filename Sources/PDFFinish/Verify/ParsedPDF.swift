/// A PDF as `verify` reads it, in Swift: the cross-reference chain (`PDFFile`) and every
/// object parsed once, when the file is opened, so that a rule's lookups are lookups and a
/// broken object is an error here, not a key that silently reads as missing. qpdf read
/// the same objects at about 60 000 instructions each, and each key asked of it cost a
/// thousand more; the finishing step still writes through qpdf, so the check reads what
/// was written with a reader of its own.
final class ParsedPDF: Sendable {
    struct Entry: Sendable {
        var value: PDFObject
        var generation: Int
        /// Where a stream's raw data lie in `bytes`.
        var stream: Range<Int>?
    }

    let bytes: [UInt8]
    private let trailerDictionary: PDFDictionary
    /// Read-only once the file is open, so rules may read it from several threads.
    private let entries: [Int: Entry]

    /// A damaged cross-reference table is not repaired (qpdf would rebuild it by scanning
    /// the file): the file is refused, with where its syntax broke.
    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        do {
            let file = try PDFFile(bytes: bytes)
            var entries: [Int: Entry] = [:]
            entries.reserveCapacity(file.objectNumbers.count)
            for number in file.objectNumbers {
                guard let read = try file.objectWithStream(number) else { continue }
                entries[number] = Entry(value: read.object, generation: read.generation, stream: read.stream)
            }
            self.entries = entries
            trailerDictionary = file.trailer
        } catch let error as PDFSyntaxError {
            throw PDFSyntaxError("filen kan inte läsas som PDF (korsreferenstabellen eller ett objekt är trasigt): \(error.reason)", at: error.offset)
        }
    }

    var trailer: PDFValue { PDFValue(file: self, value: .dictionary(trailerDictionary), number: 0, generation: 0, isStream: false) }
    var root: PDFValue { trailer["/Root"] ?? PDFValue(file: self, value: .null, number: 0, generation: 0, isStream: false) }

    /// The indirect object `number` (generation 0), as qpdf's object by id; nil when the
    /// file has none or it is null.
    func object(_ number: Int) -> PDFValue? { value(.reference(PDFReference(number, 0))) }

    /// Every indirect object from 1 to the trailer's /Size, by number.
    var objects: [PDFValue] {
        let size = trailer["/Size"]?.integer ?? 0
        return (1..<max(size, 1)).compactMap(object)
    }

    /// The pages in order: the leaves of the page tree, where a node is what has /Kids
    /// (as qpdf walks it). A loop in the tree makes the file unreadable.
    func pages() throws -> [PDFValue] {
        var pages: [PDFValue] = []
        var visited = Set<Int>()
        func walk(_ node: PDFValue) throws {
            if node.objectNumber != 0, !visited.insert(node.objectNumber).inserted {
                throw PDFSyntaxError("sidträdet går i en slinga vid objekt \(node.objectNumber)", at: 0)
            }
            for kid in node["/Kids"]?.array ?? [] where !kid.isNull {
                if kid["/Kids"] != nil { try walk(kid) } else { pages.append(kid) }
            }
        }
        if let tree = root["/Pages"] { try walk(tree) }
        return pages
    }

    /// A value with a reference followed (a chain of them, up to eight) to its object; nil
    /// for null, as for a reference to nothing or to another generation.
    func value(_ object: PDFObject) -> PDFValue? {
        var current = object
        var number = 0
        var generation = 0
        var stream: Range<Int>?
        for _ in 0..<8 {
            guard case let .reference(reference) = current else { break }
            guard let entry = entries[reference.number], entry.generation == reference.generation else { return nil }
            (current, number, generation, stream) = (entry.value, reference.number, reference.generation, entry.stream)
        }
        switch current {
        case .null, .reference: return nil
        default: return PDFValue(file: self, value: current, number: number, generation: generation, isStream: stream != nil)
        }
    }

    /// A reference's object without reading it as a value: whether it exists.
    func exists(_ reference: PDFReference) -> Bool { value(.reference(reference)) != nil }

    /// A stream's data with its filters undone at `level`.
    func streamData(_ number: Int, level: StreamFilters.Level) throws -> [UInt8] {
        guard let entry = entries[number], let range = entry.stream, case let .dictionary(dictionary) = entry.value else { return [] }
        return try StreamFilters.decode(Array(bytes[range]), dictionary: dictionary, level: level) { value($0)?.value ?? .null }
    }
}
