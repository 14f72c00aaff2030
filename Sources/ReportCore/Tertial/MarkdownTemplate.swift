import Foundation

/// Fills in a Markdown text: `{{ namn }}` is replaced by a computed figure, so that prose
/// can never disagree with the tables; a block between `::: kommun` and `:::` (or
/// `::: stat`, `::: region`) is kept only in the letters to members of that kind; a line
/// holding only `{{ tabell.namn }}` places a table (in the report's text).
///
/// A name that is not known is a finding with file, line and name, never an empty gap.
enum MarkdownTemplate {
    struct Result {
        var parts: [TertialBodyPart]
        var findings: [Finding]

        /// The whole text as one Markdown string (letters have no tables).
        var markdown: String {
            parts.compactMap { if case .markdown(let text) = $0 { return text } else { return nil } }.joined(separator: "\n\n")
        }
    }

    /// `kind` is the letter's member kind; nil for the report, where kind blocks are kept.
    static func resolve(_ input: TextInput, values: [String: String], kind: MemberKind?, tables: Set<TertialTable>) -> Result {
        var result = Result(parts: [], findings: [])
        var pending: [String] = []
        var block: (kind: MemberKind, keep: Bool)?
        func flush() {
            let text = pending.joined(separator: "\n").trimmingCharacters(in: .newlines)
            if !text.isEmpty { result.parts.append(.markdown(text)) }
            pending = []
        }
        for (offset, line) in input.text.components(separatedBy: "\n").enumerated() {
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
                    let known = TertialTable.allCases.filter(tables.contains).map(\.rawValue)
                    result.findings.append(finding(input, number, "tabell.\(table)", "Tabellen \"\(table)\" finns inte här; "
                        + (known.isEmpty ? "här kan ingen tabell stå." : "kända tabeller: " + known.joined(separator: ", ") + ".")))
                    continue
                }
                flush()
                result.parts.append(.table(value))
                continue
            }
            pending.append(fill(line, number, input, values, &result.findings))
        }
        if block != nil {
            result.findings.append(finding(input, nil, ":::", "Ett block \"::: …\" avslutas aldrig med :::."))
        }
        flush()
        return result
    }

    private static func tableName(_ line: String) -> String? {
        guard line.hasPrefix("{{"), line.hasSuffix("}}") else { return nil }
        let name = line.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        guard name.hasPrefix("tabell."), !name.contains("{") else { return nil }
        return String(name.dropFirst("tabell.".count))
    }

    private static func fill(_ line: String, _ number: Int, _ input: TextInput, _ values: [String: String],
                             _ findings: inout [Finding]) -> String {
        var output = ""
        var rest = Substring(line)
        while true {
            let (match, unclosed) = FigureReference.first(in: rest)
            if let unclosed {
                findings.append(finding(input, number, "{{", "\"{{\" utan avslutande \"}}\"."))
                output += rest[..<unclosed.upperBound]
                rest = rest[unclosed.upperBound...]
                continue
            }
            guard let match else { break }
            output += rest[..<match.range.lowerBound]
            if let value = values[match.name] {
                output += value
            } else {
                let location = SourceLocation(file: input.file, line: number, field: match.name)
                findings.append(FigureReference.unknown(match.name, known: values.keys, at: location))
            }
            rest = rest[match.range.upperBound...]
        }
        return output + rest
    }

    private static func finding(_ input: TextInput, _ line: Int?, _ field: String, _ message: String) -> Finding {
        Finding(.error, code: "text-namn", message: message, location: SourceLocation(file: input.file, line: line, field: field))
    }
}
