import Foundation

/// Reads SIE 4 files (types 4E and 4I, and the balance records of types 1–3) into
/// `Books`, following SIE-gruppen's "SIE filformat, utgåva 4B".
public enum SIEReader {
    /// Reads the file at `path`. Throws `InputError` when the file is missing, is not a
    /// SIE file, or a known record is malformed. Messages and findings name the file as
    /// `displayName` (as the user wrote it in rapport.yaml), the path when none is given.
    public static func read(path: String, displayName: String? = nil) throws -> SIEDocument {
        let fileName = displayName ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("Filen finns inte: \(path)", file: fileName)
        }
        guard !isDirectory.boolValue else {
            throw InputError("\(path) är en mapp, inte en SIE-fil", file: fileName)
        }
        guard let bytes = readBytes(path) else {
            throw InputError("Filen kan inte läsas (saknas behörighet?): \(path)", file: fileName)
        }
        return try ParsedInputs.value(kind: "sie", name: fileName, source: bytes) { try parse(bytes: bytes, fileName: fileName) }
    }

    /// Reads a SIE file held in memory; `fileName` is used in messages.
    public static func parse(bytes: [UInt8], fileName: String) throws -> SIEDocument {
        try SIEFileKind.ensureSIE(bytes, fileName: fileName)
        let decision = SIEEncodingDetector.detect(bytes, declaresPC8: declaresPC8(bytes))
        var parser = SIEParser(fileName: fileName, encoding: decision.encoding)
        let books = try bytes.withUnsafeBufferPointer { buffer in
            try parser.parse(buffer, from: decision.contentStart)
        }
        try SIEAmountBound.check(books, fileName: fileName)
        var findings: [Finding] = []
        if let note = decision.note {
            findings.append(Finding(.warning, code: "teckenkodning", message: note, location: SourceLocation(file: fileName)))
        }
        findings += parser.findings
        return SIEDocument(books: books, fileName: fileName, encoding: decision.encoding,
                           encodingWasGuessed: decision.wasGuessed, skippedRecords: parser.skipped, findings: findings)
    }

    /// The file's bytes, read straight into the array the parser works on.
    private static func readBytes(_ path: String) -> [UInt8]? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), (try? handle.seek(toOffset: 0)) != nil, size < UInt64(Int32.max) else {
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let descriptor = handle.fileDescriptor
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return Foundation.read(descriptor, base + filled, buffer.count - filled)
            }
            guard count > 0 else { return count == 0 ? Array(bytes.prefix(filled)) : nil }
            filled += count
        }
        return bytes
    }

    /// Whether a `#FORMAT PC8` record appears among the file's first lines.
    static func declaresPC8(_ bytes: [UInt8]) -> Bool {
        let label = Array("#FORMAT".utf8)
        let limit = min(bytes.count, 65_536)
        var index = 0
        while index + label.count < limit {
            if bytes[index] == UInt8(ascii: "#") && bytes[index..<(index + label.count)].elementsEqual(label) {
                var cursor = index + label.count
                while cursor < limit && SIETokenizer.isBlank(bytes[cursor]) { cursor += 1 }
                if cursor < limit && bytes[cursor] == UInt8(ascii: "\"") { cursor += 1 }
                let value = bytes[cursor..<min(cursor + 3, limit)].map { $0 & 0xDF }
                return value.elementsEqual(Array("PC8".utf8).map { $0 & 0xDF })
            }
            index += 1
        }
        return false
    }
}
