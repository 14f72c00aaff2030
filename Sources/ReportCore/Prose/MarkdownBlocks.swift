/// The block structure of a text: headings, paragraphs, quotes, lists (nested, bulleted
/// or numbered), pipe tables, pictures and tables from files, and block placeholders.
/// A list item's or a quote's lines are read again, with their markers stripped, as a
/// text of their own, so every construct nests in every other one.
struct BlockReader {
    typealias Line = MarkdownSource.Line
    let source: MarkdownSource
    let report: MarkdownFindings

    private var bytes: [UInt8] { source.bytes }

    func blocks(_ lines: ArraySlice<Line>) -> [ProseBlock] {
        var blocks: [ProseBlock] = []
        var index = lines.startIndex
        while index < lines.endIndex {
            let line = lines[index]
            if source.isBlank(line) { index += 1; continue }
            if source.content(line, startsWith: "<!--") { index = skipComment(lines, from: index); continue }
            if let level = headingLevel(line) {
                blocks.append(heading(line, level: level))
                index += 1
            } else if isQuote(line) {
                let end = quoteEnd(lines, from: index)
                let quoted = lines[index..<end].map(stripQuoteMarker)
                blocks.append(ProseBlock(kind: .quote, line: line.number, children: [self.blocks(quoted[...])]))
                index = end
            } else if let marker = ListMarker(line, in: source) {
                index = list(lines, from: index, marker: marker, into: &blocks)
            } else if isTableStart(lines, index) {
                index = TableReader(source: source, report: report).table(lines, from: index, into: &blocks)
            } else if let block = singleLineBlock(line) {
                blocks.append(block)
                index += 1
            } else {
                index = paragraph(lines, from: index, into: &blocks)
            }
        }
        return blocks
    }

    // MARK: single lines

    private func headingLevel(_ line: Line) -> Int? {
        guard source.indent(line) < 4 else { return nil }
        var index = source.firstNonSpace(line)
        let start = index
        while index < line.end, bytes[index] == UInt8(ascii: "#") { index += 1 }
        let level = index - start
        guard (1...6).contains(level), index == line.end || MarkdownSource.isSpace(bytes[index]) else { return nil }
        return level
    }

    private func heading(_ line: Line, level: Int) -> ProseBlock {
        var start = source.firstNonSpace(line) + level
        var end = source.lastNonSpace(line)
        while start < end, MarkdownSource.isSpace(bytes[start]) { start += 1 }
        var closing = end
        while closing > start, bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
        if closing == start || MarkdownSource.isSpace(bytes[closing - 1]) { end = closing }
        while end > start, MarkdownSource.isSpace(bytes[end - 1]) { end -= 1 }
        let runs = InlineReader.read([.init(line: line.number, range: start..<end)], bytes: bytes, report: report)
        return ProseBlock(kind: .heading, level: level, runs: runs, line: line.number)
    }

    /// `![text](file)` alone on a line: a picture, or a csv table captioned by the text;
    /// `{{ name }}` alone on a line: a table the composer places.
    private func singleLineBlock(_ line: Line) -> ProseBlock? {
        let first = source.firstNonSpace(line)
        guard first < line.end, [UInt8(ascii: "!"), UInt8(ascii: "{"), UInt8(ascii: "<")].contains(bytes[first]) else { return nil }
        let text = source.trimmed(line)
        if text.hasPrefix("!["), text.hasSuffix(")"), let middle = text.range(of: "](") {
            let label = String(text[text.index(text.startIndex, offsetBy: 2)..<middle.lowerBound]).trimmingCharacters(in: .whitespaces)
            let file = String(text[middle.upperBound..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
            if label.isEmpty {
                let isTable = file.lowercased().hasSuffix(".csv")
                report.add("markdown-bild-alt", isTable
                    ? "Tabellen \"\(file)\" saknar rubrik: skriv den mellan hakparenteserna, ![Personal i årsarbetare](\(file))."
                    : "Bilden \"\(file)\" saknar alternativtext: beskriv den kort mellan hakparenteserna, ![Förbundets logotyp](\(file)), så att den kan läsas upp för den som inte ser bilden.",
                    line: line.number)
            }
            return ProseBlock(kind: .image, line: line.number, image: ProseImage(source: file, alternativeText: label))
        }
        if text.hasPrefix("{{"), text.hasSuffix("}}"), let name = MarkdownReader.placeholderName(text) {
            return ProseBlock(kind: .placeholder, name: name, line: line.number)
        }
        if text.hasPrefix("<"), let second = text.utf8.dropFirst().first, Self.startsHTML(second), !text.hasPrefix("<http"), !text.hasPrefix("<mailto:") {
            report.add("markdown-html", "HTML (\"\(text.prefix(30))\") stöds inte i texterna; skriv Markdown.", line: line.number)
            return ProseBlock(kind: .paragraph, line: line.number)
        }
        return nil
    }

    private static func startsHTML(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    /// A comment `<!-- … -->`, over as many lines as it takes.
    private func skipComment(_ lines: ArraySlice<Line>, from index: Int) -> Int {
        var current = index
        while current < lines.endIndex {
            let text = source.string(lines[current].start..<lines[current].end)
            let searchFrom = current == index ? text.range(of: "<!--").map { text[$0.upperBound...] } ?? Substring(text) : Substring(text)
            if searchFrom.contains("-->") { return current + 1 }
            current += 1
        }
        report.add("markdown-kommentar", "En kommentar \"<!--\" avslutas aldrig med \"-->\".", line: lines[index].number)
        return current
    }

    // MARK: paragraphs

    /// A line that ends a paragraph: another block begins.
    func interrupts(_ lines: ArraySlice<Line>, _ index: Int) -> Bool {
        let line = lines[index]
        if source.isBlank(line) || headingLevel(line) != nil || isQuote(line) || isTableStart(lines, index) { return true }
        if let marker = ListMarker(line, in: source), !marker.isEmpty, !marker.ordered || marker.number == 1 { return true }
        if source.content(line, startsWith: "<!--") || source.content(line, startsWith: "![") { return true }
        return source.content(line, startsWith: "{{") && singleLineBlock(line)?.kind == .placeholder
    }

    private func paragraph(_ lines: ArraySlice<Line>, from index: Int, into blocks: inout [ProseBlock]) -> Int {
        var end = index + 1
        while end < lines.endIndex, !interrupts(lines, end) { end += 1 }
        let segments = lines[index..<end].map { InlineReader.Segment(line: $0.number, range: source.firstNonSpace($0)..<$0.end) }
        blocks.append(ProseBlock(kind: .paragraph, runs: InlineReader.read(segments, bytes: bytes, report: report), line: lines[index].number))
        return end
    }

    // MARK: quotes

    private func isQuote(_ line: Line) -> Bool {
        let start = source.firstNonSpace(line)
        return source.indent(line) < 4 && start < line.end && bytes[start] == UInt8(ascii: ">")
    }

    /// Quote lines, and lines that continue a quoted paragraph lazily.
    private func quoteEnd(_ lines: ArraySlice<Line>, from index: Int) -> Int {
        var end = index + 1
        while end < lines.endIndex {
            if isQuote(lines[end]) { end += 1; continue }
            let previous = stripQuoteMarker(lines[end - 1])
            guard !source.isBlank(previous), !interrupts(lines, end) else { break }
            end += 1
        }
        return end
    }

    private func stripQuoteMarker(_ line: Line) -> Line {
        guard isQuote(line) else { return line }
        var copy = line
        copy.start = source.firstNonSpace(line) + 1
        if copy.start < copy.end, bytes[copy.start] == 32 { copy.start += 1 }
        return copy
    }

    // MARK: tables

    func isTableStart(_ lines: ArraySlice<Line>, _ index: Int) -> Bool {
        guard index + 1 < lines.endIndex, source.indent(lines[index]) < 4 else { return false }
        let header = lines[index]
        guard bytes[header.start..<header.end].contains(UInt8(ascii: "|")) else { return false }
        return TableReader(source: source, report: report).isDelimiterRow(lines[index + 1])
    }
}
