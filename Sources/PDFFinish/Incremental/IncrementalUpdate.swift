/// Appends one revision to a written PDF (ISO 32000-1, 7.5.6): new and changed objects, a
/// cross-reference section of the same kind as the newest one (a table after a table, a
/// stream after a stream) and a trailer whose /Prev points back. Every byte of the original
/// file stays where it was, which is what keeps earlier signatures valid.
public struct IncrementalUpdate {
    public let file: PDFFile
    private var objects: [(number: Int, generation: Int, body: [UInt8])] = []
    private var nextNumber: Int
    /// Trailer keys to set in the new trailer (besides /Size, /Prev and the xref stream's own).
    public var trailerChanges = PDFDictionary()

    public init(_ file: PDFFile) {
        self.file = file
        nextNumber = file.size
    }

    /// A new object number, one past every number in use.
    public mutating func allocate() -> PDFReference {
        defer { nextNumber += 1 }
        return PDFReference(nextNumber)
    }

    /// Writes a new version of `reference` (or a new object) with `object` as its body.
    public mutating func set(_ reference: PDFReference, to object: PDFObject) {
        set(reference, body: object.serialized)
    }

    /// A stream object: `dictionary` with /Length set, then `data` as it is.
    public mutating func set(_ reference: PDFReference, stream dictionary: PDFDictionary, data: [UInt8]) {
        var dictionary = dictionary
        dictionary["Length"] = .integer(data.count)
        set(reference, body: PDFObject.dictionary(dictionary).serialized + Array("\nstream\n".utf8) + data + Array("\nendstream".utf8))
    }

    /// An object's body given as bytes, for a signature dictionary whose placeholders are
    /// patched after the file is assembled.
    public mutating func set(_ reference: PDFReference, body: [UInt8]) {
        objects.removeAll { $0.number == reference.number }
        objects.append((reference.number, reference.generation, body))
        nextNumber = max(nextNumber, reference.number + 1)
    }

    /// The whole new file: the original bytes followed by the update.
    public func write() -> [UInt8] {
        var out = file.bytes
        if out.last != 0x0A && out.last != 0x0D { out.append(0x0A) }
        var offsets: [Int: (offset: Int, generation: Int)] = [:]
        for object in objects.sorted(by: { $0.number < $1.number }) {
            offsets[object.number] = (out.count, object.generation)
            out += Array("\(object.number) \(object.generation) obj\n".utf8) + object.body + Array("\nendobj\n".utf8)
        }
        var trailer = newTrailer()
        let xrefOffset = out.count
        if file.sections[0].isStream {
            let number = nextNumber
            offsets[number] = (xrefOffset, 0)
            trailer["Size"] = .integer(number + 1)
            out += xrefStream(number: number, trailer: trailer, offsets: offsets)
        } else {
            out += xrefTable(offsets)
            out += Array("trailer\n".utf8) + PDFObject.dictionary(trailer).serialized + [0x0A]
        }
        out += Array("startxref\n\(xrefOffset)\n%%EOF\n".utf8)
        return out
    }

    /// /Root, /Info, /ID and /Encrypt carried over from the newest trailer, then the changes.
    private func newTrailer() -> PDFDictionary {
        var trailer = PDFDictionary()
        trailer["Size"] = .integer(nextNumber)
        for key in ["Root", "Info", "ID", "Encrypt"] { trailer[key] = file.trailer[key] }
        for (key, value) in trailerChanges.entries { trailer[key] = value }
        trailer["Prev"] = .integer(file.startxref)
        return trailer
    }

    /// Subsections of consecutive numbers, 20-byte entries (7.5.4).
    private func xrefTable(_ offsets: [Int: (offset: Int, generation: Int)]) -> [UInt8] {
        var text = "xref\n"
        for run in Self.consecutiveRuns(offsets.keys.sorted()) {
            text += "\(run.first!) \(run.count)\n"
            for number in run {
                let entry = offsets[number]!
                text += Self.padded(entry.offset, 10) + " " + Self.padded(entry.generation, 5) + " n \n"
            }
        }
        return Array(text.utf8)
    }

    /// An uncompressed xref stream (7.5.8) with fields of 1, 4 and 2 bytes; the stream
    /// itself is its last entry.
    private func xrefStream(number: Int, trailer: PDFDictionary, offsets: [Int: (offset: Int, generation: Int)]) -> [UInt8] {
        let numbers = offsets.keys.sorted()
        var data: [UInt8] = []
        for number in numbers {
            let entry = offsets[number]!
            data.append(1)
            data += (0..<4).reversed().map { UInt8((entry.offset >> ($0 * 8)) & 0xFF) }
            data += [UInt8((entry.generation >> 8) & 0xFF), UInt8(entry.generation & 0xFF)]
        }
        var dictionary = PDFDictionary([("Type", .name("XRef"))])
        for (key, value) in trailer.entries { dictionary[key] = value }
        dictionary["W"] = .array([.integer(1), .integer(4), .integer(2)])
        dictionary["Index"] = .array(Self.consecutiveRuns(numbers).flatMap { [PDFObject.integer($0.first!), .integer($0.count)] })
        dictionary["Length"] = .integer(data.count)
        return Array("\(number) 0 obj\n".utf8) + PDFObject.dictionary(dictionary).serialized
            + Array("\nstream\n".utf8) + data + Array("\nendstream\nendobj\n".utf8)
    }

    static func consecutiveRuns(_ sorted: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for number in sorted {
            if let last = runs.last?.last, last + 1 == number { runs[runs.count - 1].append(number) } else { runs.append([number]) }
        }
        return runs
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
