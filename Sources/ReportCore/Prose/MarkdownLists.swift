/// A list item's marker: `-`, `*` or `+`, or a number followed by `.` or `)`, then a space.
struct ListMarker {
    var ordered: Bool
    var bullet: UInt8
    var number: Int
    /// The column of the marker, and of the item's text after it.
    var indent: Int
    var contentColumn: Int
    /// The byte where the item's text begins on the marker's line.
    var contentStart: Int
    /// Nothing follows the marker on its line.
    var isEmpty: Bool

    init?(_ line: MarkdownSource.Line, in source: MarkdownSource) {
        let bytes = source.bytes
        let start = source.firstNonSpace(line)
        guard start < line.end else { return nil }
        indent = source.indent(line)
        var index = start
        let first = bytes[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            ordered = false
            bullet = first
            number = 0
            index += 1
        } else {
            var value = 0
            while index < line.end, index - start < 9, bytes[index] >= 48, bytes[index] <= 57 {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
            }
            guard index > start, index < line.end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
            ordered = true
            bullet = bytes[index]
            number = value
            index += 1
        }
        guard index == line.end || MarkdownSource.isSpace(bytes[index]) else { return nil }
        var spaces = 0
        while index + spaces < line.end, MarkdownSource.isSpace(bytes[index + spaces]) { spaces += 1 }
        isEmpty = index + spaces == line.end
        let markerWidth = indent + (index - start)
        contentColumn = markerWidth + (isEmpty || spaces > 4 ? 1 : spaces)
        contentStart = min(line.end, index + (isEmpty || spaces > 4 ? 1 : spaces))
    }

    func continues(_ other: ListMarker) -> Bool {
        ordered == other.ordered && bullet == other.bullet
    }
}

extension BlockReader {
    /// One list: items with the same kind of marker; each item's lines (its text, lines
    /// indented under it, lazy continuations) are read as blocks of their own.
    func list(_ lines: ArraySlice<Line>, from index: Int, marker first: ListMarker, into blocks: inout [ProseBlock]) -> Int {
        var items: [[InlineRun]] = []
        var children: [[ProseBlock]] = []
        var current = index
        var marker = first
        while true {
            let end = itemEnd(lines, from: current, marker: marker)
            var firstLine = lines[current]
            firstLine.start = marker.contentStart
            var itemLines = [firstLine]
            itemLines += lines[(current + 1)..<end].map { source.dedented($0, by: min(source.indent($0), marker.contentColumn)) }
            var content = self.blocks(itemLines[...])
            if content.first?.kind == .paragraph {
                items.append(content.removeFirst().runs)
            } else {
                items.append([])
            }
            children.append(content)
            current = end
            guard current < lines.endIndex, let next = ListMarker(lines[current], in: source), next.continues(first),
                  next.indent < first.contentColumn else { break }
            marker = next
        }
        blocks.append(ProseBlock(kind: first.ordered ? .orderedList : .bulletList, items: items, line: lines[index].number,
                                 start: first.ordered ? first.number : nil,
                                 children: children.contains { !$0.isEmpty } ? children : nil))
        return current
    }

    /// The line after an item: it goes on while lines are indented under it, are a
    /// nested marker, continue its paragraph lazily, or are blank inside it.
    private func itemEnd(_ lines: ArraySlice<Line>, from index: Int, marker: ListMarker) -> Int {
        var end = index + 1
        var previousBlank = source.isBlank(lines[index]) && marker.isEmpty
        while end < lines.endIndex {
            let line = lines[end]
            if source.isBlank(line) {
                guard let next = lines[(end + 1)...].firstIndex(where: { !source.isBlank($0) }),
                      source.indent(lines[next]) >= marker.contentColumn else { return end }
                end = next
                previousBlank = true
                continue
            }
            let indent = source.indent(line)
            if indent >= marker.contentColumn { end += 1; previousBlank = false; continue }
            if let nested = ListMarker(line, in: source) {
                guard nested.indent > marker.indent, !nested.continues(marker) || nested.indent >= marker.contentColumn else { return end }
                end += 1
                previousBlank = false
                continue
            }
            guard !previousBlank, !interrupts(lines, end) else { return end }
            end += 1
        }
        return end
    }
}
