/// Reads the inline text of one paragraph (or one table cell) from the source's bytes:
/// **bold**, *italic*, [links](url), <https://autolinks>, `{{ name }}` figure references,
/// backslash escapes and hard line breaks. Raw HTML, an unclosed `{{`, an inline picture
/// and emphasis that never closes are findings with the line.
struct InlineReader {
    /// A piece of one line: its number and the byte range to read.
    struct Segment {
        var line: Int
        var range: Range<Int>
    }

    let bytes: [UInt8]
    let report: MarkdownFindings
    private var runs: [InlineRun] = []
    private var buffer: [UInt8] = []
    private var bold = false
    private var italic = false
    private var openedOn = 0

    init(bytes: [UInt8], report: MarkdownFindings) {
        self.bytes = bytes
        self.report = report
    }

    static func read(_ segments: [Segment], bytes: [UInt8], report: MarkdownFindings) -> [InlineRun] {
        var reader = InlineReader(bytes: bytes, report: report)
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            let (end, hardBreak) = reader.lineEnd(segment.range, isLast: isLast)
            reader.scan(segment.range.lowerBound..<end, line: segment.line)
            if !isLast {
                if hardBreak {
                    reader.emit()
                    reader.runs.append(InlineRun(text: InlineRun.lineBreakText))
                } else {
                    reader.buffer.append(32)
                }
            }
        }
        if reader.bold || reader.italic {
            report.add("markdown-betoning", "\(reader.bold ? "Fet" : "Kursiv") stil börjar med \"*\" men avslutas aldrig; skriv ett avslutande \"\(reader.bold ? "**" : "*")\" eller \"\\*\" för en stjärna.", line: reader.openedOn)
        }
        reader.emit()
        return reader.runs
    }

    /// Where a line's text ends, and whether it ends in a hard break (two spaces or `\`).
    private func lineEnd(_ range: Range<Int>, isLast: Bool) -> (Int, Bool) {
        var end = range.upperBound
        while end > range.lowerBound, MarkdownSource.isSpace(bytes[end - 1]) { end -= 1 }
        if isLast { return (end, false) }
        if range.upperBound - end >= 2 { return (end, true) }
        if end > range.lowerBound, bytes[end - 1] == UInt8(ascii: "\\"), end - 1 == range.lowerBound || bytes[end - 2] != UInt8(ascii: "\\") {
            return (end - 1, true)
        }
        return (end, false)
    }

    private mutating func emit() {
        guard !buffer.isEmpty else { return }
        runs.append(InlineRun(text: String(decoding: buffer, as: UTF8.self), bold: bold, italic: italic))
        buffer.removeAll(keepingCapacity: true)
    }

    private func find(_ first: UInt8, _ second: UInt8, in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            if bytes[index] == first, bytes[index + 1] == second { return index }
            index += 1
        }
        return nil
    }

    private mutating func scan(_ range: Range<Int>, line: Int) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let next: UInt8? = index + 1 < range.upperBound ? bytes[index + 1] : nil
            switch byte {
            case UInt8(ascii: "\\") where next.map(Self.isEscapable) == true:
                buffer.append(bytes[index + 1])
                index += 2
            case UInt8(ascii: "{") where next == UInt8(ascii: "{"):
                index = figure(at: index, in: range, line: line)
            case UInt8(ascii: "*"):
                index = emphasis(at: index, in: range, line: line)
            case UInt8(ascii: "["):
                index = link(at: index, in: range) ?? { buffer.append(byte); return index + 1 }()
            case UInt8(ascii: "!") where next == UInt8(ascii: "["):
                report.add("markdown-bild-rad", "En bild (\"![…](…)\") ska stå ensam på en egen rad.", line: line)
                buffer.append(byte)
                index += 1
            case UInt8(ascii: "<") where next.map(Self.startsTag) == true:
                index = angle(at: index, in: range, line: line)
            default:
                buffer.append(byte)
                index += 1
            }
        }
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        byte < 128 && "\\`*_{}[]()<>#+-.!|~".utf8.contains(byte)
    }

    private static func startsTag(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    private mutating func figure(at index: Int, in range: Range<Int>, line: Int) -> Int {
        guard let close = find(UInt8(ascii: "}"), UInt8(ascii: "}"), in: index + 2..<range.upperBound) else {
            report.add("markdown-klammer", "\"{{\" utan avslutande \"}}\" på samma rad; skriv {{ namn }} eller \\{{ för klamrarna själva.", line: line)
            buffer.append(contentsOf: [123, 123])
            return index + 2
        }
        var start = index + 2, end = close
        while start < end, MarkdownSource.isSpace(bytes[start]) { start += 1 }
        while end > start, MarkdownSource.isSpace(bytes[end - 1]) { end -= 1 }
        emit()
        runs.append(InlineRun(text: "", bold: bold, italic: italic, figure: String(decoding: bytes[start..<end], as: UTF8.self), line: line))
        return close + 2
    }

    /// `*` italic, `**` bold, `***` both; a star with spaces on both sides is a star.
    private mutating func emphasis(at index: Int, in range: Range<Int>, line: Int) -> Int {
        var count = 0
        while index + count < range.upperBound, bytes[index + count] == UInt8(ascii: "*") { count += 1 }
        let after = index + count < range.upperBound ? bytes[index + count] : 32
        let before = index > range.lowerBound ? bytes[index - 1] : (buffer.last ?? 32)
        // Between two digits ("2*3") a star is arithmetic, not emphasis.
        let isDigit = { (byte: UInt8) in byte >= 48 && byte <= 57 }
        let arithmetic = isDigit(before) && isDigit(after)
        let canOpen = !MarkdownSource.isSpace(after) && !arithmetic, canClose = !MarkdownSource.isSpace(before) && !arithmetic
        func toggles(_ open: Bool) -> Bool { open ? canClose : canOpen }
        let changeBold = (count == 2 || count == 3) && toggles(bold)
        let changeItalic = (count == 1 || count == 3) && toggles(italic)
        guard changeBold || changeItalic, count <= 3 else {
            buffer.append(contentsOf: repeatElement(UInt8(ascii: "*"), count: count))
            return index + count
        }
        emit()
        if changeBold { bold.toggle() }
        if changeItalic { italic.toggle() }
        if bold || italic { openedOn = line }
        return index + count
    }

    /// `[label](destination)`; the destination may hold balanced parentheses
    /// (https://sv.wikipedia.org/wiki/Finsam_(lag)).
    private mutating func link(at index: Int, in range: Range<Int>) -> Int? {
        guard let middle = find(UInt8(ascii: "]"), UInt8(ascii: "("), in: index + 1..<range.upperBound) else { return nil }
        var depth = 0
        var end = middle + 2
        while end < range.upperBound {
            if bytes[end] == UInt8(ascii: "(") { depth += 1 }
            if bytes[end] == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        guard end < range.upperBound, end > middle + 2 else { return nil }
        emit()
        let label = Self.unescaped(bytes[index + 1..<middle])
        let destination = String(decoding: bytes[middle + 2..<end], as: UTF8.self).trimmingSpaces
        runs.append(InlineRun(text: label, bold: bold, italic: italic, link: destination))
        return end + 1
    }

    /// `<https://…>` is a link; any other `<tag`, `</tag` or `<!` is raw HTML, refused.
    private mutating func angle(at index: Int, in range: Range<Int>, line: Int) -> Int {
        var end = index + 1
        while end < range.upperBound, bytes[end] != UInt8(ascii: ">"), !MarkdownSource.isSpace(bytes[end]) { end += 1 }
        let inner = String(decoding: bytes[index + 1..<min(end, range.upperBound)], as: UTF8.self)
        if end < range.upperBound, bytes[end] == UInt8(ascii: ">"), ["http://", "https://", "mailto:"].contains(where: inner.hasPrefix) {
            emit()
            runs.append(InlineRun(text: inner.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner, bold: bold, italic: italic, link: inner))
            return end + 1
        }
        report.add("markdown-html", "HTML (\"<\(inner.prefix(20))\") stöds inte i texterna; skriv Markdown, eller \"\\<\" för tecknet självt.", line: line)
        buffer.append(UInt8(ascii: "<"))
        return index + 1
    }

    private static func unescaped(_ slice: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            if slice[index] == UInt8(ascii: "\\"), index + 1 < slice.endIndex, isEscapable(slice[index + 1]) { index += 1 }
            output.append(slice[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The findings of one text's reading, shared by the block and inline readers.
final class MarkdownFindings {
    let file: String
    private(set) var findings: [Finding] = []

    init(file: String) { self.file = file }

    func add(_ code: String, _ message: String, line: Int) {
        findings.append(Finding(.error, code: code, message: message, location: SourceLocation(file: file, line: line)))
    }
}

private extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " || view.first == "\t" { view = view.dropFirst() }
        while view.last == " " || view.last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
