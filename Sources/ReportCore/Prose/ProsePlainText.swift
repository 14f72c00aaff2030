/// The words of prose blocks, for tests and for messages: runs joined, list items and
/// nested blocks each on a line of their own.
public enum ProsePlainText {
    public static func text(_ blocks: [ProseBlock]) -> String {
        blocks.map { block -> String in
            var lines = [block.runs.map(\.text).joined()].filter { !$0.isEmpty }
            for (index, item) in (block.items ?? []).enumerated() {
                lines.append(item.map(\.text).joined())
                if let children = block.children, children.indices.contains(index), !children[index].isEmpty {
                    lines.append(text(children[index]))
                }
            }
            if block.kind == .quote, let quoted = block.children?.first { lines.append(text(quoted)) }
            if let table = block.table {
                lines += ([table.header] + table.rows).map { $0.map { $0.map(\.text).joined() }.joined(separator: " | ") }
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }
}
