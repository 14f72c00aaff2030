/// `finsam-report verify`: the PDF/A-2 and PDF/UA-1 rules we can check by machine, and
/// the text in structure order. Sections are independent; signature checks add one.
public enum PDFVerifier {
    /// `expectedText` is the text layout set as content, in reading order, when known
    /// (render passes it, so an element that silently became an artifact is found).
    public static func verify(_ bytes: [UInt8], file: String, expectedText: String? = nil) throws -> VerificationReport {
        try verify(bytes, file: file, expectedText: expectedText, keep: { _ in })
    }

    /// `keep` is handed what the check read (the parsed file, every page's operations): a
    /// process that ends right after can keep it instead of tearing it down object by
    /// object.
    public static func verify(_ bytes: [UInt8], file: String, expectedText: String?, keep: (Any) -> Void) throws -> VerificationReport {
        let input = try VerificationInput(bytes: bytes)
        defer { keep(input) }
        // The text rules (normalizing every text) beside the others.
        let (text, others) = try Concurrently.run({ TextRules.section(input, expectedText: expectedText) }, while: {
            [ArchiveRules.section(input), AccessibilityRules.section(input)]
        })
        return VerificationReport(file: file, sections: others + [text])
    }

    /// The structure tree as a reviewer reads it: one line per element, indented by
    /// depth, its type and the first words of the text it marks.
    public static func structureOutline(_ bytes: [UInt8], words: Int = 6) throws -> [String] {
        let input = try VerificationInput(bytes: bytes)
        var byMarked: [Int: [Int: String]] = [:]
        for piece in input.content.pieces { byMarked[piece.page, default: [:]][piece.mcid, default: ""] += piece.text }
        return input.tree.elements.map { element in
            let text = element.content.compactMap { byMarked[$0.page]?[$0.mcid] }.joined(separator: " ")
            let first = text.split(whereSeparator: \.isWhitespace).prefix(words).joined(separator: " ")
            let indent = String(repeating: "  ", count: element.depth)
            return first.isEmpty ? indent + element.type.dropFirst() : "\(indent)\(element.type.dropFirst()): \(first)"
        }
    }

    /// The text of the structure tree's content in its order.
    public static func structureText(_ bytes: [UInt8]) throws -> String {
        TextRules.structureText(try VerificationInput(bytes: bytes))
    }
}
