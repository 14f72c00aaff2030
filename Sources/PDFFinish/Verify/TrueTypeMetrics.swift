/// The advance widths of a TrueType font program (an embedded FontFile2): `head`'s units
/// per em, `hhea`'s number of long metrics and `hmtx`'s advances, in thousandths of an
/// em as PDF's /W and /Widths give them; and, through `cmap`, the glyph a simple font's
/// code selects.
struct TrueTypeMetrics {
    private let bytes: [UInt8]
    private var tables: [String: (offset: Int, length: Int)] = [:]
    private(set) var unitsPerEm = 0
    private var advances: [Int] = []

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        guard bytes.count >= 12 else { return nil }
        let count = Int(u16(4))
        for index in 0..<count {
            let record = 12 + 16 * index
            guard record + 16 <= bytes.count else { return nil }
            let tag = String(decoding: bytes[record..<(record + 4)], as: UTF8.self)
            tables[tag] = (Int(u32(record + 8)), Int(u32(record + 12)))
        }
        guard let head = tables["head"], let hhea = tables["hhea"], let hmtx = tables["hmtx"],
              head.offset + 20 <= bytes.count, hhea.offset + 36 <= bytes.count else { return nil }
        unitsPerEm = Int(u16(head.offset + 18))
        let metrics = Int(u16(hhea.offset + 34))
        guard unitsPerEm > 0, metrics > 0, hmtx.offset + 4 * metrics <= bytes.count else { return nil }
        advances = (0..<metrics).map { Int(u16(hmtx.offset + 4 * $0)) }
    }

    /// The glyph's advance in thousandths of an em; glyphs past the long metrics share the last.
    func width(glyph: Int) -> Double? {
        guard glyph >= 0, let last = advances.last else { return nil }
        let advance = glyph < advances.count ? advances[glyph] : last
        return Double(advance) * 1000 / Double(unitsPerEm)
    }

    /// The glyph of a Unicode scalar through the (3,1) Unicode cmap, as a non-symbolic
    /// simple TrueType font selects it (PDF 1.7, 9.6.6.4); nil without one.
    func glyph(unicode: Int) -> Int? {
        subtables().first { $0.platform == 3 && $0.encoding == 1 }.flatMap { lookup($0.offset, code: unicode) }
    }

    /// The glyph of a one-byte code through the (3,0) symbol or (1,0) Macintosh cmap, as a
    /// symbolic simple TrueType font selects it (PDF 1.7, 9.6.6.4); nil without either.
    func glyph(code: Int) -> Int? {
        let subtables = subtables()
        if let symbol = subtables.first(where: { $0.platform == 3 && $0.encoding == 0 }) {
            return lookup(symbol.offset, code: 0xF000 + code) ?? lookup(symbol.offset, code: code)
        }
        if let mac = subtables.first(where: { $0.platform == 1 && $0.encoding == 0 }) { return lookup(mac.offset, code: code) }
        return nil
    }

    private func subtables() -> [(platform: Int, encoding: Int, offset: Int)] {
        guard let cmap = tables["cmap"], cmap.offset + 4 <= bytes.count else { return [] }
        return (0..<Int(u16(cmap.offset + 2))).compactMap { index in
            let record = cmap.offset + 4 + 8 * index
            guard record + 8 <= bytes.count else { return nil }
            return (Int(u16(record)), Int(u16(record + 2)), cmap.offset + Int(u32(record + 4)))
        }
    }

    /// Formats 0 (byte array), 4 (segments) and 6 (trimmed array).
    private func lookup(_ offset: Int, code: Int) -> Int? {
        guard offset + 6 <= bytes.count else { return nil }
        switch u16(offset) {
        case 0:
            return code < 256 && offset + 6 + code < bytes.count ? Int(bytes[offset + 6 + code]) : nil
        case 6:
            let first = Int(u16(offset + 6)), count = Int(u16(offset + 8))
            guard code >= first, code < first + count, offset + 10 + 2 * (code - first) + 2 <= bytes.count else { return nil }
            return Int(u16(offset + 10 + 2 * (code - first)))
        case 4:
            return segmentLookup(offset, code: code)
        default:
            return nil
        }
    }

    private func segmentLookup(_ offset: Int, code: Int) -> Int? {
        let segments = Int(u16(offset + 6)) / 2
        let ends = offset + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, ranges = deltas + 2 * segments
        guard ranges + 2 * segments <= bytes.count else { return nil }
        for segment in 0..<segments where code <= Int(u16(ends + 2 * segment)) {
            let start = Int(u16(starts + 2 * segment))
            guard code >= start else { return nil }
            let delta = Int(u16(deltas + 2 * segment)), rangeOffset = Int(u16(ranges + 2 * segment))
            if rangeOffset == 0 { return (code + delta) & 0xFFFF }
            let at = ranges + 2 * segment + rangeOffset + 2 * (code - start)
            guard at + 2 <= bytes.count else { return nil }
            let glyph = Int(u16(at))
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF
        }
        return nil
    }

    private func u16(_ at: Int) -> UInt16 { at + 2 <= bytes.count ? UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1]) : 0 }
    private func u32(_ at: Int) -> UInt32 { (UInt32(u16(at)) << 16) | UInt32(u16(at + 2)) }
}
