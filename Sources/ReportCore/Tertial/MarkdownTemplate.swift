import Foundation

/// A tertial report's or a letter's Markdown text, read by the shared strict reader
/// (`MarkdownReader`: raw HTML refused, images with alternative text, csv tables, the same
/// messages as the annual report's texts). On top of it: a block between `::: kommun` and
/// `:::` (or `::: stat`, `::: region`) is kept only in the letters to members of that kind,
/// and a line holding only `{{ tabell.namn }}` places a table. `{{ namn }}` is filled in from
/// the computed figures, so prose can never disagree with the tables.
///
/// A name that is not known is a finding with file, line and name, never an empty gap.
enum MarkdownTemplate {
    struct Result {
        var parts: [TertialBodyPart]
        var findings: [Finding]

        /// The text alone, without the tables: each block's words, blocks on lines of their own.
        var text: String {
            parts.compactMap { if case .prose(let blocks) = $0 { return ProsePlainText.text(blocks) } else { return nil } }
                .joined(separator: "\n\n")
        }
    }

    /// `kind` is the letter's member kind; nil for the report, where kind blocks are kept.
    /// `folder` is the report folder, where the text's images and csv tables are found.
    static func resolve(_ input: TextInput, values: [String: String], kind: MemberKind?, tables: Set<TertialTable>,
                        folder: String = "") -> Result {
        var result = Result(parts: [], findings: [])
        // A file saved with CRLF (Windows) reads as the same text; "\r\n" is one Character, so it
        // is replaced before the split rather than trimmed after it.
        let lines = input.text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        // The lines of the part being gathered; the others are blank so that the reader's line numbers are the file's.
        var pending = [String](repeating: "", count: lines.count)
        var gathered = false
        var block: (kind: MemberKind, keep: Bool)?
        func flush() {
            if gathered { result.parts.append(.prose(read(pending.joined(separator: "\n"), input, values, tables, folder, &result.findings))) }
            pending = [String](repeating: "", count: lines.count)
            gathered = false
        }
        for (offset, line) in lines.enumerated() {
            let number = offset + 1, trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(":::") {
                let name = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                if name.isEmpty, block != nil { block = nil; continue }
                guard let blockKind = MemberKind(rawValue: name) else {
                    result.findings.append(finding(input, number, name, "Okänt block \"::: \(name)\"; använd ::: kommun, ::: stat eller ::: region och avsluta med :::."))
                    continue
                }
                block = (blockKind, kind == nil || kind == blockKind)
                continue
            }
            if let block, !block.keep { continue }
            if let table = tableName(trimmed) {
                guard let value = TertialTable(rawValue: table), tables.contains(value) else {
                    result.findings.append(finding(input, number, "tabell.\(table)", "Tabellen \"\(table)\" finns inte här; " + known(tables)))
                    continue
                }
                flush()
                result.parts.append(.table(value))
                continue
            }
            pending[offset] = line
            gathered = gathered || !trimmed.isEmpty
        }
        if block != nil {
            result.findings.append(finding(input, nil, ":::", "Ett block \"::: …\" avslutas aldrig med :::."))
        }
        flush()
        return result
    }

    /// One part's blocks: read strictly, the files it names checked, its figures filled in.
    private static func read(_ text: String, _ input: TextInput, _ values: [String: String], _ tables: Set<TertialTable>,
                             _ folder: String, _ findings: inout [Finding]) -> [ProseBlock] {
        let (blocks, readingFindings) = MarkdownReader.read(text, file: input.file)
        findings += readingFindings
        for placeholder in blocks where placeholder.kind == .placeholder {
            findings.append(finding(input, placeholder.line, placeholder.name ?? "", "Tabellen \"\(placeholder.name ?? "")\" hör till "
                + "årsredovisningen; här placeras tabeller med {{ tabell.namn }}: " + known(tables)))
        }
        let checked = ProseFiles(folder: folder, textFile: input.file).resolve(blocks.filter { $0.kind != .placeholder }, findings: &findings)
        let figures = values.mapValues { NamedFigure(text: $0, value: $0) }
        return FigureFiller(figures: figures, file: input.file).fill(checked, findings: &findings)
    }

    private static func known(_ tables: Set<TertialTable>) -> String {
        let names = TertialTable.allCases.filter(tables.contains).map(\.rawValue)
        return names.isEmpty ? "här kan ingen tabell stå." : "kända tabeller: " + names.joined(separator: ", ") + "."
    }

    private static func tableName(_ line: String) -> String? {
        guard line.hasPrefix("{{"), line.hasSuffix("}}") else { return nil }
        let name = line.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard name.hasPrefix("tabell."), !name.contains("{") else { return nil }
        return String(name.dropFirst("tabell.".count))
    }

    private static func finding(_ input: TextInput, _ line: Int?, _ field: String, _ message: String) -> Finding {
        Finding(.error, code: "text-namn", message: message, location: SourceLocation(file: input.file, line: line, field: field))
    }
}
