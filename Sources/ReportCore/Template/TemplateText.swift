/// A bundled template file with `«name»` tokens, filled in line by line. A token with a
/// value takes it; one without becomes `FYLL I` where it stands for a value and a neutral
/// word where it stands in a comment (so that comments stay readable). A line holding
/// only a token is the token's lines, or is dropped when the token has none.
public struct TemplateText: Sendable {
    public var values: [String: String]
    /// What an unknown token reads as inside a comment.
    public var commentWords: [String: String]

    public init(values: [String: String], commentWords: [String: String]) {
        self.values = values
        self.commentWords = commentWords
    }

    public func fill(_ text: String) -> String {
        var out: [String] = []
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("«"), trimmed.hasSuffix("»"), trimmed.filter({ $0 == "«" }).count == 1 {
                let value = values[String(trimmed.dropFirst().dropLast())] ?? ""
                if !value.isEmpty { out.append(value) }
                continue
            }
            let split = TemplateText.commentStart(line)
            let code = String(line[..<split])
            let comment = String(line[split...])
            out.append(replace(code, unknown: { _ in Placeholders.marker })
                       + replace(comment, unknown: { commentWords[$0] ?? "…" }))
        }
        return out.joined(separator: "\n")
    }

    private func replace(_ text: String, unknown: (String) -> String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "«"), let close = rest[open...].firstIndex(of: "»") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? unknown(name)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// Where a yaml or csv comment starts: the first `#` outside quotes (the end otherwise).
    static func commentStart(_ line: String) -> String.Index {
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == "#" && !quoted { return index }
        }
        return line.endIndex
    }

    /// A yaml scalar in double quotes, for names that may hold `:` or `#`.
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
