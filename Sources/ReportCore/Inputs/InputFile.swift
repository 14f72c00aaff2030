import Foundation

/// Reading a text file of the report folder, with a message of its own for each reason it
/// cannot be read: missing, a folder, no permission, not text, not UTF-8. The one place
/// every yaml, csv and Markdown input is read. A byte-order mark is dropped.
enum InputFile {
    /// A yaml or Markdown file: UTF-8.
    static func text(path: String, displayName: String) throws -> String {
        let bytes = try read(path: path, displayName: displayName)
        if let text = utf8(bytes) { return text }
        let hint = looksLikeWindows1252(bytes) ? " Den ser ut att vara sparad som Latin-1/Windows-1252." : ""
        throw InputError("Filen är inte sparad som UTF-8.\(hint) Spara den som UTF-8 i textredigeraren.", file: displayName,
                         line: firstInvalidLine(bytes))
    }

    /// A csv file as Excel saves it: UTF-8 (with or without BOM) or Windows-1252/Latin-1.
    static func spreadsheetText(path: String, displayName: String) throws -> String {
        let bytes = try read(path: path, displayName: displayName)
        if let text = utf8(bytes) { return text }
        guard looksLikeWindows1252(bytes), let text = String(data: Data(bytes), encoding: .windowsCP1252) else {
            throw InputError("Filen är varken UTF-8 eller Windows-1252 (Latin-1): den ser inte ut att vara en csv-fil.",
                             file: displayName, line: firstInvalidLine(bytes))
        }
        return text
    }

    private static func read(path: String, displayName: String) throws -> [UInt8] {
        let bytes = try self.bytes(path: path, displayName: displayName)
        if let kind = binaryKind(bytes) {
            throw InputError("Filen är \(kind), inte en textfil. Spara den som text (UTF-8).", file: displayName)
        }
        return bytes
    }

    /// The file's bytes, or a message for a missing file, a folder or missing permission.
    static func bytes(path: String, displayName: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("Filen finns inte.", file: displayName)
        }
        guard !isDirectory.boolValue else { throw InputError("Är en mapp, inte en fil.", file: displayName) }
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            throw InputError("Filen kan inte läsas: behörighet saknas.", file: displayName)
        }
        return [UInt8](data)
    }

    /// A file rapport.yaml names at `location` that is a folder is refused at that line, which
    /// is what the office has to change (reading it would name only the folder).
    static func refuseFolder(path: String, name: String, namedAt location: SourceLocation) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        throw InputError("\"\(name)\" som rapport.yaml anger här är en mapp i rapportmappen, inte en fil; lägg dit filen i stället "
                         + "för mappen, eller ange en annan fil.", at: location)
    }

    private static func utf8(_ bytes: [UInt8]) -> String? {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return String(validating: body, as: UTF8.self)
    }

    /// Excel and old editors: bytes that are letters in Windows-1252 and no control bytes.
    private static func looksLikeWindows1252(_ bytes: [UInt8]) -> Bool {
        !bytes.contains { [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains($0) || ($0 < 0x20 && ![0x09, 0x0A, 0x0D].contains($0)) }
    }

    private static func binaryKind(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "ett zip-arkiv (t.ex. ett Excel-ark .xlsx eller ett Word-dokument)" }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "ett äldre Office-dokument (.xls eller .doc)" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "en PDF" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "sparad som UTF-16" }
        if bytes.prefix(8192).contains(0) { return "binär (innehåller nollbyte)" }
        return nil
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return line }
            if bytes[index] == 0x0A { line += 1 }
            index += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `index`, 0 when invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return bytes[(index + 1)..<(index + length)].allSatisfy { $0 >> 6 == 0b10 } ? length : 0
    }
}
