import Foundation

/// Sets the document language (`/Lang` in the PDF catalog) by an incremental update,
/// which Cairo 1.16 cannot write itself: screen readers need it to read Swedish text
/// with a Swedish voice. The file's existing bytes stay as they are; a new version of the
/// catalog object, an xref section for it and a trailer pointing back to the previous one
/// are appended (PDF 1.7, 7.5.6).
public enum CatalogLanguage {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): kunde inte ange dokumentets språk: \(reason)" }
    }

    /// Adds `/Lang (language)` to the catalog of the PDF at `path`; does nothing when the
    /// catalog already names a language.
    public static func set(_ language: String, inPDFAt path: String) throws {
        let url = URL(fileURLWithPath: path)
        let bytes = try Data(contentsOf: url)
        let text = String(decoding: bytes, as: UTF8.self)
        func fail(_ reason: String) -> Failure { Failure(path: path, reason: reason) }
        guard let trailer = text.range(of: "trailer", options: .backwards),
              let startxref = text.range(of: "startxref", options: .backwards),
              let previous = Int(text[startxref.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "") else {
            throw fail("ingen trailer eller startxref")
        }
        let trailerText = String(text[trailer.upperBound..<startxref.lowerBound])
        guard let size = number(after: "/Size", in: trailerText), let root = number(after: "/Root", in: trailerText) else {
            throw fail("trailern saknar /Size eller /Root")
        }
        guard let catalog = objectBody(root, in: text) else { throw fail("katalogobjektet \(root) hittades inte") }
        if catalog.contains("/Lang") { return }
        guard let open = catalog.range(of: "<<") else { throw fail("katalogen är ingen ordlista") }
        var updated = catalog
        updated.insert(contentsOf: "\n   /Lang (\(escaped(language)))", at: open.upperBound)

        var appendix = bytes.last == 0x0A ? "" : "\n"
        let objectOffset = bytes.count + appendix.utf8.count
        appendix += "\(root) 0 obj\n\(updated)\nendobj\n"
        let xrefOffset = bytes.count + appendix.utf8.count
        appendix += "xref\n\(root) 1\n\(String(format: "%010d", objectOffset)) 00000 n \n"
        var entries = "/Size \(size) /Root \(root) 0 R"
        if let info = number(after: "/Info", in: trailerText) { entries += " /Info \(info) 0 R" }
        appendix += "trailer\n<< \(entries) /Prev \(previous) >>\nstartxref\n\(xrefOffset)\n%%EOF\n"

        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(appendix.utf8))
    }

    /// The integer after `key` ("/Root 212 0 R" → 212).
    private static func number(after key: String, in text: String) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// The text between `N 0 obj` and `endobj` of the object's last version.
    private static func objectBody(_ number: Int, in text: String) -> String? {
        guard let header = text.range(of: "\n\(number) 0 obj", options: .backwards),
              let end = text.range(of: "endobj", range: header.upperBound..<text.endIndex) else { return nil }
        return text[header.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A PDF literal string's special characters.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
    }
}
