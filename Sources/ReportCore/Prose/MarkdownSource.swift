/// A Markdown text as UTF-8 bytes cut into lines once. Every syntax character is ASCII, so
/// the reader scans bytes and makes a `String` only for the text it keeps.
struct MarkdownSource {
    /// One line: the byte range without its line end, and its 1-based number. `start` moves
    /// right when a list item or a quote strips its marker and indentation.
    struct Line {
        var number: Int
        var start: Int
        var end: Int
    }

    let bytes: [UInt8]
    let lines: [Line]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [Line] = []
        var start = 0
        var number = 1
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            let end = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            lines.append(Line(number: number, start: start, end: end))
            start = index + 1
            number += 1
        }
        let end = bytes.last == UInt8(ascii: "\r") && start < bytes.count ? bytes.count - 1 : bytes.count
        lines.append(Line(number: number, start: start, end: end))
        self.bytes = bytes
        self.lines = lines
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    /// The line's indentation in columns (a tab counts to the next multiple of four).
    func indent(_ line: Line) -> Int {
        var columns = 0
        var index = line.start
        while index < line.end, Self.isSpace(bytes[index]) {
            columns = bytes[index] == 9 ? (columns / 4 + 1) * 4 : columns + 1
            index += 1
        }
        return columns
    }

    func isBlank(_ line: Line) -> Bool {
        firstNonSpace(line) == line.end
    }

    func firstNonSpace(_ line: Line) -> Int {
        var index = line.start
        while index < line.end, Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    func lastNonSpace(_ line: Line) -> Int {
        var end = line.end
        while end > line.start, Self.isSpace(bytes[end - 1]) { end -= 1 }
        return end
    }

    /// The line with up to `columns` columns of indentation removed.
    func dedented(_ line: Line, by columns: Int) -> Line {
        var copy = line
        var removed = 0
        while removed < columns, copy.start < copy.end, Self.isSpace(bytes[copy.start]) {
            removed = bytes[copy.start] == 9 ? (removed / 4 + 1) * 4 : removed + 1
            copy.start += 1
        }
        return copy
    }

    /// The trimmed content starts with `prefix` (ASCII).
    func content(_ line: Line, startsWith prefix: StaticString) -> Bool {
        let start = firstNonSpace(line)
        let count = prefix.utf8CodeUnitCount
        guard line.end - start >= count else { return false }
        return prefix.withUTF8Buffer { buffer in
            for offset in 0..<count where bytes[start + offset] != buffer[offset] { return false }
            return true
        }
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The trimmed text of a line.
    func trimmed(_ line: Line) -> String {
        let start = firstNonSpace(line)
        return string(start..<max(start, lastNonSpace(line)))
    }
}
