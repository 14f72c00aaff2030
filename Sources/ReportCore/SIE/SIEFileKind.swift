/// Recognises files that are not SIE 4 at all (an empty file, a PDF, a spreadsheet,
/// a web page, SIE 5 XML) so that the user gets a message about the file, not about
/// its first line.
enum SIEFileKind {
    static func ensureSIE(_ bytes: [UInt8], fileName: String) throws {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw notSIE(fileName, "Filen är sparad som UTF-16. En SIE-fil ska vara PC8 (teckentabell 437), UTF-8 eller Windows-1252; exportera den på nytt från bokföringsprogrammet.")
        }
        var index = start
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
        guard index < bytes.count else {
            throw notSIE(fileName, "Filen är tom. Exportera bokföringen på nytt som SIE 4 (typ 4E) från bokföringsprogrammet.")
        }
        if bytes[index] == UInt8(ascii: "#") { return }
        throw notSIE(fileName, description(of: Array(bytes[index..<min(bytes.count, index + 512)])))
    }

    private static func description(of head: [UInt8]) -> String {
        let export = "Exportera bokföringen som SIE 4 (typ 4E, filändelse .se) från bokföringsprogrammet."
        if head.starts(with: Array("%PDF".utf8)) {
            return "Filen är en PDF, inte en SIE-fil. \(export)"
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "Filen är ett zip-arkiv (t.ex. ett Excel-ark .xlsx), inte en SIE-fil. \(export)"
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "Filen är ett äldre Office-dokument (t.ex. .xls eller .doc), inte en SIE-fil. \(export)"
        }
        let lowered = String(decoding: head, as: UTF8.self).lowercased()
        if lowered.hasPrefix("<?xml") && lowered.contains("<sie") {
            return "Filen är SIE 5 (XML). Programmet läser SIE 4; \(export.prefix(1).lowercased() + export.dropFirst())"
        }
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html") || lowered.contains("<html") {
            return "Filen är en webbsida (HTML), inte en SIE-fil; kanske sparades en felsida i stället för exporten. \(export)"
        }
        if lowered.hasPrefix("<") {
            return "Filen är ett XML- eller HTML-dokument, inte en SIE 4-fil. \(export)"
        }
        return "Filen är inte en SIE-fil: en SIE-fil består av rader som börjar med en etikett, t.ex. #FLAGGA 0, men den här börjar med \(preview(head)). \(export)"
    }

    private static func preview(_ head: [UInt8]) -> String {
        let printable = head.prefix(20).map { $0 >= 0x20 && $0 < 0x7F ? Character(Unicode.Scalar($0)) : "·" }
        return "\"" + String(printable) + "\""
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func notSIE(_ fileName: String, _ message: String) -> InputError {
        InputError(message, file: fileName)
    }
}
