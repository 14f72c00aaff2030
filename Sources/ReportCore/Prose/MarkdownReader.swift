/// The Markdown reader for the board's and the office's texts. See `BlockReader` for the
/// blocks and `InlineReader` for the text inside them; `docs/rapportmapp.md` lists what
/// a text may hold. Reading never fails: what it cannot accept (raw HTML, an unclosed
/// `{{`, a picture without alternative text, a table row with too many cells) is a finding
/// with the file and the line, and the report is not made.
enum MarkdownReader {
    static func read(_ text: String, file: String) -> (blocks: [ProseBlock], findings: [Finding]) {
        ParsedInputs.value(kind: "markdown", name: file, source: text) { readAnew(text, file: file) }
    }

    private static func readAnew(_ text: String, file: String) -> (blocks: [ProseBlock], findings: [Finding]) {
        let source = MarkdownSource(text)
        let report = MarkdownFindings(file: file)
        let blocks = ProseTypography.normalised(BlockReader(source: source, report: report).blocks(source.lines[...]))
        return (blocks, report.findings)
    }

    /// The blocks alone, for texts whose findings were reported where they were read.
    static func parse(_ text: String) -> [ProseBlock] {
        read(text, file: "").blocks
    }

    static func placeholderName(_ text: String) -> String? {
        guard text.hasPrefix("{{"), text.hasSuffix("}}"), text.count > 4 else { return nil }
        let inner = text.dropFirst(2).dropLast(2)
        guard !inner.contains("{"), !inner.contains("}") else { return nil }
        let name = inner.trimmingCharacters(in: .whitespaces)
        return BlockPlaceholders.names.contains(name) ? name : nil
    }
}

/// The tables a text may place with a line of its own.
public enum BlockPlaceholders {
    public static let names: Set<String> = ["styrelselista", "deltagartabell", "balanskravstabell", "flerarsoversikt"]
}
