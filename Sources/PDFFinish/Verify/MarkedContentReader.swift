/// Reads a PDF's pages as marked content: the text of every marked-content sequence with
/// an MCID (through each font's ToUnicode map), in content order, and what lies outside:
/// drawings in no marked content at all, tagged content inside an Artifact, glyphs with
/// no Unicode. Form XObjects are read where they are drawn.
struct MarkedContentReader: Sendable {
    struct Piece: Sendable {
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
    /// The codes each font shows as bits (codes are at most two bytes): a bit is set per
    /// glyph shown, the sets are made once at the end.
    private var usedCodeBits: [Int: [UInt64]] = [:]
    /// The text of the string being shown, as UTF-8, reused from one show to the next.
    private var shown: [UInt8] = []

    /// `operations` are the pages' content streams, read.
    init(pages: [PDFValue], operations: [[ContentStream.Operation]]) throws {
        for (index, page) in pages.enumerated() {
            try read(operations[index], resources: page["/Resources"], page: index + 1, depth: 0)
        }
        for (font, bits) in usedCodeBits {
            var codes = Set<Int>()
            for (word, value) in bits.enumerated() where value != 0 {
                for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { codes.insert(word << 6 | bit) }
            }
            usedCodes[font] = codes
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

    private mutating func read(_ operations: [ContentStream.Operation], resources: PDFValue?, page: Int, depth: Int,
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
        shown.removeAll(keepingCapacity: true)
        if state.moved { shown.append(UInt8(ascii: " ")) }
        for operand in operands {
            // A wide negative adjustment in TJ is a word space (thousandths of an em).
            if case let .number(adjustment) = operand, adjustment <= -200 { shown.append(UInt8(ascii: " ")) }
            guard case let .string(bytes) = operand else { continue }
            if let font = state.fontObject { recordCodes(bytes, font: font, length: state.codeLength) }
            guard let map = state.font else { continue }
            // Codes of the map's length; a short last one is what bytes there are.
            var start = 0
            while start < bytes.count {
                var code: UInt32 = 0
                for index in start..<min(start + map.codeLength, bytes.count) { code = code << 8 | UInt32(bytes[index]) }
                start += map.codeLength
                glyphs += 1
                if let text = map.readable(code) { shown += text } else { unmapped.append((page, state.fontName)) }
            }
        }
        guard !state.insideArtifact, let mcid = state.mcid else { return }
        let text = String(decoding: shown, as: UTF8.self)
        if let last = pieces.last, last.page == page, last.mcid == mcid { pieces[pieces.count - 1].text += text } else {
            pieces.append(Piece(page: page, mcid: mcid, text: text))
        }
    }

    /// Whole codes of `length` bytes (1 or 2), each set in the font's bits.
    private mutating func recordCodes(_ bytes: [UInt8], font: Int, length: Int) {
        guard bytes.count >= length else {
            if usedCodeBits[font] == nil { usedCodeBits[font] = Array(repeating: 0, count: 1 << 10) }
            return
        }
        usedCodeBits[font, default: Array(repeating: 0, count: 1 << 10)].withUnsafeMutableBufferPointer { bits in
            for start in stride(from: 0, to: bytes.count - length + 1, by: length) {
                let code = length == 2 ? Int(bytes[start]) << 8 | Int(bytes[start + 1]) : Int(bytes[start])
                bits[code >> 6] |= 1 << UInt64(code & 63)
            }
        }
    }

    private mutating func unicodeMap(_ font: PDFValue?) -> UnicodeMap? {
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
