/// A small Markdown reader for the board's texts: `#` headings, paragraphs, `-`/`*`
/// bullet lists, **bold**, *italic*, [links](url) and `{{ name }}` figure references.
/// A paragraph that is only `{{ name }}` is a placeholder for a table.
enum MarkdownReader {
    static func parse(_ text: String) -> [ProseBlock] {
        var blocks: [ProseBlock] = []
        var paragraph: [String] = []
        var paragraphLine = 0
        var list: [[InlineRun]] = []
        var listLine = 0

        func flush() {
            if !paragraph.isEmpty {
                let joined = paragraph.joined(separator: " ")
                if let name = placeholderName(joined) {
                    blocks.append(ProseBlock(kind: .placeholder, name: name, line: paragraphLine))
                } else {
                    blocks.append(ProseBlock(kind: .paragraph, runs: InlineParser.parse(joined), line: paragraphLine))
                }
                paragraph = []
            }
            if !list.isEmpty {
                blocks.append(ProseBlock(kind: .bulletList, items: list, line: listLine))
                list = []
            }
        }

        for (index, raw) in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("<!--") { flush(); continue }
            if let level = headingLevel(line) {
                flush()
                let title = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                blocks.append(ProseBlock(kind: .heading, level: level, runs: InlineParser.parse(title), line: number))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { flush() }
                if list.isEmpty { listLine = number }
                list.append(InlineParser.parse(String(line.dropFirst(2))))
            } else if !list.isEmpty && raw.hasPrefix("  ") {
                list[list.count - 1] += [InlineRun(text: " ")] + InlineParser.parse(line)
            } else {
                if !list.isEmpty { flush() }
                if paragraph.isEmpty { paragraphLine = number }
                paragraph.append(line)
            }
        }
        flush()
        return blocks
    }

    private static func headingLevel(_ line: String) -> Int? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    static func placeholderName(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("{{"), trimmed.hasSuffix("}}"), trimmed.components(separatedBy: "{{").count == 2 else { return nil }
        let name = trimmed.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        return BlockPlaceholders.names.contains(name) ? name : nil
    }
}

/// The tables a text may place with a line of its own.
public enum BlockPlaceholders {
    public static let names: Set<String> = ["styrelselista", "deltagartabell", "balanskravstabell", "flerarsoversikt"]
}

enum InlineParser {
    static func parse(_ text: String) -> [InlineRun] {
        var runs: [InlineRun] = []
        var current = ""
        var bold = false
        var italic = false
        var rest = Substring(text)
        func emit() {
            if !current.isEmpty { runs.append(InlineRun(text: current, bold: bold, italic: italic)) }
            current = ""
        }
        while let character = rest.first {
            if rest.hasPrefix("{{"), let reference = FigureReference.first(in: rest).match {
                emit()
                runs.append(InlineRun(text: "", bold: bold, italic: italic, figure: reference.name))
                rest = rest[reference.range.upperBound...]
            } else if rest.hasPrefix("**") {
                emit(); bold.toggle(); rest = rest.dropFirst(2)
            } else if character == "*" {
                emit(); italic.toggle(); rest = rest.dropFirst()
            } else if character == "[", let close = rest.range(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")") {
                emit()
                let label = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
                runs.append(InlineRun(text: label, bold: bold, italic: italic, link: String(rest[close.upperBound..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                current.append(character)
                rest = rest.dropFirst()
            }
        }
        emit()
        return runs
    }
}
