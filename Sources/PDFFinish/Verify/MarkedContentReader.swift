/// Reads a PDF's pages as marked content: the text of every marked-content sequence with
/// an MCID (through each font's ToUnicode map), in content order, and what lies outside:
/// drawings in no marked content at all, tagged content inside an Artifact, glyphs with
/// no Unicode. Form XObjects are read where they are drawn.
struct MarkedContentReader {
    struct Piece {
        var page: Int
        var mcid: Int
        var text: String
    }

    private(set) var pieces: [Piece] = []
    /// Drawing operators outside every marked-content sequence, per page (1-based).
    private(set) var unmarkedDrawings: [Int: Int] = [:]
    /// MCIDs that open inside an Artifact.
    private(set) var taggedInsideArtifact = 0
    private(set) var glyphs = 0
    /// Codes shown that no ToUnicode map gives text for: (page, font).
    private(set) var unmapped: [(page: Int, font: String)] = []
    private(set) var fontsWithoutMap: Set<String> = []
    /// The character codes each font (by object number) shows, for the font rules.
    private(set) var usedCodes: [Int: Set<Int>] = [:]

    private var maps: [Int: UnicodeMap?] = [:]

    /// `operations` are the pages' content streams, read.
    init(pages: [QPDFObject], operations: [[ContentStream.Operation]]) throws {
        for (index, page) in pages.enumerated() {
            try read(operations[index], resources: page["/Resources"], page: index + 1, depth: 0)
        }
    }

    private struct State {
        var stack: [(artifact: Bool, mcid: Int?)] = []
        var font: UnicodeMap?
        var fontName = ""
        var fontObject: Int?
        /// Bytes per character code: two for a composite (Type0) font, else one.
        var codeLength = 1
        /// The text position moved (a new line or word) since the last glyph: a space.
        var moved = false

        var insideArtifact: Bool { stack.contains { $0.artifact } }
        var mcid: Int? { stack.last(where: { $0.mcid != nil })?.mcid }
    }

    private mutating func read(_ operations: [ContentStream.Operation], resources: QPDFObject?, page: Int, depth: Int,
                               inherited: State = State()) throws {
        var state = inherited
        // The fonts of these resources by name: a Tf for every run asks again, and each
        // lookup is several calls into qpdf.
        var fonts: [String: (object: Int?, codeLength: Int, map: UnicodeMap?)] = [:]
        for operation in operations {
            switch operation.operator {
            case "BDC", "BMC":
                let tag = operation.operands.first.flatMap { token -> String? in
                    if case let .name(name) = token { return name }
                    return nil
                }
                let mcid = Self.mcid(in: operation.operands)
                if mcid != nil, state.insideArtifact { taggedInsideArtifact += 1 }
                state.stack.append((tag == "/Artifact", mcid))
            case "EMC":
                if !state.stack.isEmpty { state.stack.removeLast() }
            case "Tf":
                if case let .name(name)? = operation.operands.first {
                    if fonts[name] == nil {
                        let font = resources?["/Font"]?[name]
                        fonts[name] = (font?.objectNumber, font?["/Subtype"]?.name == "/Type0" ? 2 : 1, unicodeMap(font))
                    }
                    let selected = fonts[name]!
                    state.fontName = name
                    state.fontObject = selected.object
                    state.codeLength = selected.codeLength
                    state.font = selected.map
                    if state.font == nil { fontsWithoutMap.insert(name) }
                }
            case "Td", "TD", "Tm", "T*":
                state.moved = true
            case "Tj", "'", "\"", "TJ":
                show(operation.operands, state: state, page: page)
                state.moved = false
            case "Do":
                if case let .name(name)? = operation.operands.first, depth < 8, let form = resources?["/XObject"]?[name],
                   form["/Subtype"]?.name == "/Form" {
                    if state.stack.isEmpty { countUnmarked(page) }
                    try read(ContentStream(try form.streamData()).operations, resources: form["/Resources"] ?? resources, page: page, depth: depth + 1, inherited: state)
                } else if state.stack.isEmpty { countUnmarked(page) }
            default:
                if state.stack.isEmpty, ArtifactMarking.drawingStarts.contains(operation.operator) { countUnmarked(page) }
            }
        }
    }

    private mutating func countUnmarked(_ page: Int) { unmarkedDrawings[page, default: 0] += 1 }

    private mutating func show(_ operands: [ContentStream.Token], state: State, page: Int) {
        if state.stack.isEmpty { countUnmarked(page) }
        var text = state.moved ? " " : ""
        for operand in operands {
            // A wide negative adjustment in TJ is a word space (thousandths of an em).
            if case let .number(adjustment) = operand, adjustment <= -200 { text += " " }
            if case let .string(bytes) = operand, let font = state.fontObject { recordCodes(bytes, font: font, length: state.codeLength) }
            guard case let .string(bytes) = operand, let map = state.font else { continue }
            for piece in map.decode(bytes) {
                glyphs += 1
                if let piece, !piece.isEmpty, !piece.unicodeScalars.contains(where: Self.isNoText) {
                    text += piece
                } else {
                    unmapped.append((page, state.fontName))
                }
            }
        }
        guard !state.insideArtifact, let mcid = state.mcid else { return }
        if let last = pieces.last, last.page == page, last.mcid == mcid { pieces[pieces.count - 1].text += text } else {
            pieces.append(Piece(page: page, mcid: mcid, text: text))
        }
    }

    /// NUL, the replacement character and byte order marks stand for no text.
    private static func isNoText(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0, 0xFFFD, 0xFEFF, 0xFFFE: return true
        default: return false
        }
    }

    private mutating func recordCodes(_ bytes: [UInt8], font: Int, length: Int) {
        usedCodes[font, default: []].formUnion(stride(from: 0, to: bytes.count - length + 1, by: length).lazy.map { start in
            bytes[start..<(start + length)].reduce(0) { $0 << 8 | Int($1) }
        })
    }

    private mutating func unicodeMap(_ font: QPDFObject?) -> UnicodeMap? {
        guard let font else { return nil }
        let number = font.objectNumber
        if let cached = maps[number] { return cached }
        let map = (try? font["/ToUnicode"]?.streamData()).flatMap { $0 }.map { UnicodeMap(cmap: $0) }
        maps[number] = map
        return map
    }

    private static func mcid(in operands: [ContentStream.Token]) -> Int? {
        guard let key = operands.firstIndex(of: .name("/MCID")), key + 1 < operands.count,
              case let .number(value) = operands[key + 1] else { return nil }
        return Int(value)
    }
}
