/// One field of a SIE record, as byte offsets into the file: a plain word, a quoted
/// string (offsets exclude the quotes) or an object list `{1 "3001" 6 "P12"}` whose
/// elements are `items[itemStart..<itemEnd]` of the line.
struct SIEField {
    enum Kind: UInt8 { case plain, quoted, list }

    var kind: Kind
    var start: Int
    var end: Int
    var hasEscape: Bool
    var itemStart: Int
    var itemEnd: Int

    var isEmpty: Bool { kind != .list && start == end }
}

/// What went wrong while splitting a line into fields.
struct SIETokenError: Error {
    enum Reason { case unterminatedQuote, unterminatedList, nestedList, strayListEnd }
    var reason: Reason
    /// 1-based index of the field (after the label).
    var field: Int
}

/// Splits one line (without its line break) into a label and fields, on bytes, into
/// arrays that are reused from line to line so that reading allocates little.
struct SIETokenizer {
    var labelStart = 0
    var labelEnd = 0
    var fields: [SIEField] = []
    var items: [SIEField] = []

    init() {
        fields.reserveCapacity(16)
        items.reserveCapacity(16)
    }

    @inline(__always) static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Tokenizes `bytes[start..<end]`, which must begin (after blanks) with `#`.
    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) throws {
        fields.removeAll(keepingCapacity: true)
        items.removeAll(keepingCapacity: true)
        var index = start
        while index < end && Self.isBlank(bytes[index]) { index += 1 }
        labelStart = index
        while index < end && !Self.isBlank(bytes[index]) { index += 1 }
        labelEnd = index
        while true {
            while index < end && Self.isBlank(bytes[index]) { index += 1 }
            if index >= end { return }
            let byte = bytes[index]
            if byte == UInt8(ascii: "{") {
                index = try readList(bytes, from: index + 1, end: end)
            } else if byte == UInt8(ascii: "}") {
                throw SIETokenError(reason: .strayListEnd, field: fields.count + 1)
            } else {
                let (field, next) = try Self.readWord(bytes, from: index, end: end, insideList: false, fieldNumber: fields.count + 1)
                fields.append(field)
                index = next
            }
        }
    }

    private mutating func readList(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) throws -> Int {
        let fieldNumber = fields.count + 1
        let firstItem = items.count
        var index = start
        while true {
            while index < end && Self.isBlank(bytes[index]) { index += 1 }
            guard index < end else { throw SIETokenError(reason: .unterminatedList, field: fieldNumber) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "}") {
                fields.append(SIEField(kind: .list, start: start - 1, end: index + 1, hasEscape: false,
                                       itemStart: firstItem, itemEnd: items.count))
                return index + 1
            }
            if byte == UInt8(ascii: "{") { throw SIETokenError(reason: .nestedList, field: fieldNumber) }
            let (item, next) = try Self.readWord(bytes, from: index, end: end, insideList: true, fieldNumber: fieldNumber)
            items.append(item)
            index = next
        }
    }

    /// Reads a plain word or a quoted string starting at `from`.
    private static func readWord(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, end: Int, insideList: Bool,
                                 fieldNumber: Int) throws -> (SIEField, Int) {
        var index = from
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            let contentStart = index
            var hasEscape = false
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\") && index + 1 < end
                    && (bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\")) {
                    hasEscape = true
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    let field = SIEField(kind: .quoted, start: contentStart, end: index, hasEscape: hasEscape, itemStart: 0, itemEnd: 0)
                    return (field, index + 1)
                }
                index += 1
            }
            throw SIETokenError(reason: .unterminatedQuote, field: fieldNumber)
        }
        while index < end {
            let byte = bytes[index]
            if isBlank(byte) || byte == UInt8(ascii: "{") { break }
            if byte == UInt8(ascii: "}") && insideList { break }
            index += 1
        }
        return (SIEField(kind: .plain, start: from, end: index, hasEscape: false, itemStart: 0, itemEnd: 0), index)
    }
}
