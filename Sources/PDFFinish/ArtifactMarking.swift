/// Wraps every drawing that lies outside all marked content in `/Artifact BMC … EMC`
/// (ISO 14289-1 7.1: content is either real content in the structure tree or an
/// artifact). The painter leaves running headers, footers, page numbers, initials boxes,
/// rules and shading outside every tag; this pass names them. A wrap opens before the
/// first operator that starts a drawing (a path, a text object, an image, a shading) and
/// closes before the next marked-content sequence or at the end, so it never splits a
/// path or a text object.
enum ArtifactMarking {
    /// Operators that begin something drawn: path construction, text objects, XObjects,
    /// shadings and inline images.
    static let drawingStarts: Set<String> = ["m", "re", "BT", "Do", "sh", "BI", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]

    static func marked(_ content: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(content.count + 256)
        var copied = 0
        var depth = 0
        var inText = false
        var wrapping = false
        func insert(_ text: StaticString, at offset: Int) {
            output += content[copied..<offset]
            copied = offset
            output += UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
        }
        // Only the operators matter here, so the content is read as token ranges: no
        // operand is made (the same lexer as `ContentStream`, so the same operators).
        var lexer = ContentLexer(content)
        var start: Int?
        while let (kind, range) = lexer.next() {
            if start == nil { start = range.lowerBound }
            let operation: Operator
            switch kind {
            case .stray: operation = .other
            case .word:
                let word = content[range]
                if ContentLexer.isOperandWord(word) { continue }
                operation = Operator(word)
                if ContentLexer.isInlineImageData(word) { lexer.skipInlineImageData() }
            default: continue
            }
            switch operation {
            case .beginMarked:
                if wrapping, depth == 0, !inText {
                    insert("EMC\n", at: start!)
                    wrapping = false
                }
                depth += 1
            case .endMarked: depth = max(depth - 1, 0)
            case .beginText, .endText, .drawing, .other:
                if depth == 0, !wrapping, !inText, operation == .beginText || operation == .drawing {
                    insert("/Artifact BMC\n", at: start!)
                    wrapping = true
                }
            }
            if operation == .beginText { inText = true }
            if operation == .endText { inText = false }
            start = nil
        }
        output += content[copied...]
        if wrapping { output += Array("\nEMC\n".utf8) }
        return output
    }

    /// The operators this pass tells apart, read from the operator's bytes.
    enum Operator: Equatable {
        case beginMarked, endMarked, beginText, endText, drawing, other

        init(_ word: ArraySlice<UInt8>) {
            let first = word[word.startIndex]
            switch word.count {
            case 1:
                // m S s f F B b
                switch first {
                case UInt8(ascii: "m"), UInt8(ascii: "S"), UInt8(ascii: "s"), UInt8(ascii: "f"), UInt8(ascii: "F"),
                     UInt8(ascii: "B"), UInt8(ascii: "b"): self = .drawing
                default: self = .other
                }
            case 2:
                let second = word[word.startIndex + 1]
                switch (first, second) {
                case (UInt8(ascii: "B"), UInt8(ascii: "T")): self = .beginText
                case (UInt8(ascii: "E"), UInt8(ascii: "T")): self = .endText
                // re Do sh BI f* B* b*
                case (UInt8(ascii: "r"), UInt8(ascii: "e")), (UInt8(ascii: "D"), UInt8(ascii: "o")), (UInt8(ascii: "s"), UInt8(ascii: "h")),
                     (UInt8(ascii: "B"), UInt8(ascii: "I")), (UInt8(ascii: "f"), UInt8(ascii: "*")), (UInt8(ascii: "B"), UInt8(ascii: "*")),
                     (UInt8(ascii: "b"), UInt8(ascii: "*")): self = .drawing
                default: self = .other
                }
            case 3:
                if word.elementsEqual("BDC".utf8) || word.elementsEqual("BMC".utf8) { self = .beginMarked }
                else if word.elementsEqual("EMC".utf8) { self = .endMarked }
                else { self = .other }
            default: self = .other
            }
        }
    }
}
