/// Pipe tables as offices write them:
///
///     | Delmål              | Uppnått |
///     |---------------------|--------:|
///     | Fler i arbete       | 2 av 7  |
///
/// The second line sets each column's alignment (`:--` left, `--:` right, `:-:` centred;
/// plain dashes: amounts right, text left). Outer pipes are optional; `\|` is a pipe in a
/// cell. A row with another number of cells than the header is a finding with its line.
struct TableReader {
    typealias Line = MarkdownSource.Line
    let source: MarkdownSource
    let report: MarkdownFindings

    private var bytes: [UInt8] { source.bytes }

    /// The byte ranges of a row's cells, trimmed.
    func cells(_ line: Line) -> [Range<Int>] {
        var start = source.firstNonSpace(line)
        var end = source.lastNonSpace(line)
        if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "|"), end - 2 < start || bytes[end - 2] != UInt8(ascii: "\\") { end -= 1 }
        var ranges: [Range<Int>] = []
        var cellStart = start
        var index = start
        while index <= end {
            if index == end || (bytes[index] == UInt8(ascii: "|") && (index == start || bytes[index - 1] != UInt8(ascii: "\\"))) {
                var lower = cellStart, upper = index
                while lower < upper, MarkdownSource.isSpace(bytes[lower]) { lower += 1 }
                while upper > lower, MarkdownSource.isSpace(bytes[upper - 1]) { upper -= 1 }
                ranges.append(lower..<upper)
                cellStart = index + 1
            }
            index += 1
        }
        return ranges
    }

    func isDelimiterRow(_ line: Line) -> Bool {
        guard source.indent(line) < 4, !source.isBlank(line) else { return false }
        let hasPipe = bytes[line.start..<line.end].contains(UInt8(ascii: "|"))
        let ranges = cells(line)
        return (hasPipe || ranges.count > 1) && ranges.allSatisfy { alignment($0) != nil }
    }

    private func alignment(_ range: Range<Int>) -> ProseTable.Alignment? {
        guard !range.isEmpty else { return nil }
        let left = bytes[range.lowerBound] == UInt8(ascii: ":")
        let right = bytes[range.upperBound - 1] == UInt8(ascii: ":")
        let lower = left ? range.lowerBound + 1 : range.lowerBound, upper = right ? range.upperBound - 1 : range.upperBound
        guard lower < upper, case let dashes = lower..<upper, bytes[dashes].allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
        switch (left, right) {
        case (true, true): return .center
        case (true, false): return .left
        case (false, true): return .right
        case (false, false): return .automatic
        }
    }

    func table(_ lines: ArraySlice<Line>, from index: Int, into blocks: inout [ProseBlock]) -> Int {
        let headerLine = lines[index], delimiterLine = lines[index + 1]
        let headerCells = cells(headerLine)
        var alignments = cells(delimiterLine).map { alignment($0) ?? .automatic }
        if alignments.count != headerCells.count {
            report.add("markdown-tabell", "Tabellens rubrikrad har \(headerCells.count) celler men raden under den \(alignments.count).", line: delimiterLine.number)
            alignments = Array((alignments + Array(repeating: .automatic, count: headerCells.count)).prefix(headerCells.count))
        }
        let header = headerCells.map { read($0, line: headerLine.number) }
        var rows: [[[InlineRun]]] = []
        var end = index + 2
        let blockReader = BlockReader(source: source, report: report)
        while end < lines.endIndex, !source.isBlank(lines[end]), !blockReader.interrupts(lines, end) {
            let line = lines[end]
            var row = cells(line).map { read($0, line: line.number) }
            if row.count != header.count {
                report.add("markdown-tabell", "Raden har \(row.count) celler men tabellens rubrikrad har \(header.count).", line: line.number)
                row = Array((row + Array(repeating: [], count: header.count)).prefix(header.count))
            }
            rows.append(row)
            end += 1
        }
        blocks.append(ProseBlock(kind: .table, line: headerLine.number, table: ProseTable(header: header, rows: rows, alignments: alignments)))
        return end
    }

    private func read(_ range: Range<Int>, line: Int) -> [InlineRun] {
        InlineReader.read([.init(line: line, range: range)], bytes: bytes, report: report)
    }
}
