import PangoText
import ReportCore
import ReportLayout

/// A character the bundled fonts lack (✓, an emoji) is refused, never printed as a box
/// with its hex code. The texts are checked line by line, so the message names the file
/// and the line; every laid-out page is checked too, for what comes from other inputs
/// (a csv table named in a text, a name in styrelse.yaml).
enum MissingGlyphs {
    static func findings(_ texts: [(file: String, text: String)], coverage: GlyphCoverage) -> [Finding] {
        var findings: [Finding] = []
        for (file, text) in texts {
            // Over the bytes: only a line with a non-ASCII byte can hold a character the
            // faces lack (ASCII is always drawable), and most lines have none. A line ends
            // at each line feed, so a CRLF text is counted as an editor counts it.
            let bytes = Array(text.utf8)
            var lineStart = 0, lineNumber = 1, hasNonASCII = false
            for offset in 0...bytes.count {
                guard offset == bytes.count || bytes[offset] == 0x0A else {
                    if bytes[offset] >= 0x80 { hasNonASCII = true }
                    continue
                }
                if hasNonASCII {
                    let line = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
                    let missing = coverage.missing(in: line).filter { !(lineNumber == 1 && $0 == "\u{FEFF}") }
                    if !missing.isEmpty {
                        findings.append(finding(missing, context: nil, location: SourceLocation(file: file, line: lineNumber)))
                    }
                }
                lineStart = offset + 1
                lineNumber += 1
                hasNonASCII = false
            }
        }
        return findings
    }

    /// Every text run of the pages; the first run with a missing character stops the render.
    static func check(_ document: LaidOutDocument, coverage: GlyphCoverage) throws {
        for page in document.pages {
            for item in page.items {
                guard case let .text(run) = item.content else { continue }
                for segment in run.segments where !segment.text.utf8.allSatisfy({ $0 < 0x80 }) {
                    let missing = coverage.missing(in: segment.text)
                    if !missing.isEmpty { throw FindingsFailure(findings: [finding(missing, context: segment.text, location: nil)]) }
                }
            }
        }
    }

    private static func finding(_ missing: [Unicode.Scalar], context: String?, location: SourceLocation?) -> Finding {
        let names = missing.map { "\"\(Character($0))\" (U+\(String($0.value, radix: 16, uppercase: true)))" }.joined(separator: ", ")
        let place = context.map { " i \"\($0)\"" } ?? ""
        return Finding(.error, code: "tecken-saknas",
                       message: "\(missing.count == 1 ? "Tecknet" : "Tecknen") \(names)\(place) finns inte i rapportens typsnitt och skulle skrivas som en ruta; skriv med ord i stället (\"uppnått\" för ✓) eller ta bort \(missing.count == 1 ? "det" : "dem").",
                       location: location)
    }
}
