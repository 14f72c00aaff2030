import Foundation
import Yams

/// What only the office can fill in. A folder made by `init` marks each such value with
/// `FYLL I` (a yaml value, a csv cell, a line of a text); `init` prints them as the list
/// "Att göra", and `check` and `render` refuse the folder while one is left, naming the
/// same items. The marker is plain text so that the office sees it in any editor.
public enum Placeholders {
    public static let marker = "FYLL I"

    /// One value the office has to write: where it is, which key, and what belongs there.
    public struct Item: Hashable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        /// The yaml key path (`beslut.datum`), the csv column and row, or the text's heading.
        public var key: String
        /// The line's comment or the placeholder's own text: what to write.
        public var hint: String

        public var description: String { "\(file):\(line): \(key)" + (hint.isEmpty ? "" : " — \(hint)") }

        public var finding: Finding {
            Finding(.error, code: "att-gora", message: "Att göra: \(key)" + (hint.isEmpty ? "" : " — \(hint)"),
                    location: SourceLocation(file: file, line: line, field: key))
        }
    }

    /// Every placeholder in the folder's yaml, csv and Markdown files: rapport.yaml first,
    /// then the other files by path, each in line order.
    public static func scan(folder: String) -> [Item] {
        let root = URL(fileURLWithPath: folder)
        return files(in: root).flatMap { relative -> [Item] in
            guard let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8),
                  containsMarker(text) else { return [] }
            switch (relative as NSString).pathExtension {
            case "yaml": return yamlItems(text, file: relative)
            case "csv": return csvItems(text, file: relative)
            default: return markdownItems(text, file: relative)
            }
        }
    }

    /// Whether the marker's bytes occur in the text: a cheap first look at every file (most
    /// have no marker). Each reader below still decides by its own comparison, and a match of
    /// the ASCII marker by those always has the marker's bytes, so no item is lost.
    static func containsMarker(_ text: String) -> Bool {
        let needle = Array(marker.utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0], bytes[start..<start + needle.count].elementsEqual(needle) { return true }
                start += 1
            }
            return false
        }
    }

    /// The folder's text inputs, relative paths, rapport.yaml first.
    static func files(in root: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        let names = walker.compactMap { $0 as? String }.filter { ["yaml", "csv", "md"].contains(($0 as NSString).pathExtension) }
        return names.sorted { ($0 == "rapport.yaml" ? 0 : 1, $0) < ($1 == "rapport.yaml" ? 0 : 1, $1) }
    }

    // MARK: yaml

    static func yamlItems(_ text: String, file: String) -> [Item] {
        // A file that does not parse is left to the strict reader, which names the error.
        guard let node = try? Yams.compose(yaml: text) else { return [] }
        let lines = text.components(separatedBy: "\n")
        var items: [Item] = []
        walk(node, path: "") { scalar, path, line in
            guard scalar.hasPrefix(marker) else { return }
            items.append(Item(file: file, line: line, key: path, hint: hint(scalar, comment: comment(lines, line))))
        }
        return items
    }

    private static func walk(_ node: Node, path: String, _ visit: (String, String, Int) -> Void) {
        switch node {
        case .scalar(let scalar):
            visit(scalar.string, path, node.mark?.line ?? 0)
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                walk(value, path: path.isEmpty ? name : "\(path).\(name)", visit)
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() { walk(item, path: "\(path)[\(index + 1)]", visit) }
        default:
            return
        }
    }

    /// The comment after `#` on a yaml or csv line (a `#` inside quotes is not one).
    static func comment(_ lines: [String], _ line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        let text = lines[line - 1]
        return String(text[TemplateText.commentStart(text)...].dropFirst()).trimmingCharacters(in: .whitespaces)
    }

    /// `FYLL I: what` carries its own hint; a bare `FYLL I` takes the line's comment.
    private static func hint(_ placeholder: String, comment: String) -> String {
        guard placeholder.hasPrefix(marker + ":") else { return comment }
        let own = placeholder.dropFirst(marker.count + 1).drop { $0 == " " }
        return own.isEmpty ? comment : String(own)
    }

    // MARK: csv and Markdown

    static func csvItems(_ text: String, file: String) -> [Item] {
        let lines = text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard let headerIndex = lines.firstIndex(where: { !$0.isEmpty && !$0.hasPrefix("#") }) else { return [] }
        let header = lines[headerIndex].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        var items: [Item] = []
        var hintAbove = ""
        for (index, line) in lines.enumerated().dropFirst(headerIndex + 1) {
            if line.hasPrefix("#") { hintAbove = String(line.dropFirst()).trimmingCharacters(in: .whitespaces); continue }
            let cells = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            for (column, cell) in cells.enumerated() where cell.hasPrefix(marker) {
                let name = column < header.count ? header[column] : "kolumn \(column + 1)"
                items.append(Item(file: file, line: index + 1, key: "\(name), rad \(index + 1)", hint: hint(cell, comment: hintAbove)))
            }
        }
        return items
    }

    static func markdownItems(_ text: String, file: String) -> [Item] {
        var items: [Item] = []
        var heading = ""
        var inComment = false
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if line.contains("<!--") { inComment = true }
            defer { if line.contains("-->") { inComment = false } }
            if inComment { continue }
            if line.hasPrefix("#") { heading = line.drop { $0 == "#" || $0 == " " }.description }
            guard let range = line.range(of: marker) else { continue }
            let own = line[range.upperBound...].drop { $0 == ":" || $0 == " " }
            items.append(Item(file: file, line: index + 1, key: heading.isEmpty ? "texten" : "avsnittet \"\(heading)\"",
                              hint: String(own)))
        }
        return items
    }
}
