/// A stream's data with its filters undone, as qpdf undoes them for `verify`: at the
/// general level FlateDecode, LZWDecode (both with TIFF or PNG predictors), ASCIIHexDecode
/// and ASCII85Decode; the specialised level, which page content is read at, adds
/// RunLengthDecode. A stream with a filter its level does not undo (an image's DCTDecode)
/// is given raw, as qpdf gives it; a filter that fails is an error.
enum StreamFilters {
    enum Level {
        case generalized
        case specialized
    }

    /// `resolve` follows a reference (a /DecodeParms may be an indirect object).
    static func decode(_ raw: [UInt8], dictionary: PDFDictionary, level: Level, resolve: (PDFObject) -> PDFObject) throws -> [UInt8] {
        let filters: [String]
        switch resolve(dictionary["Filter"] ?? .null) {
        case .null: return raw
        case .name(let name): filters = [name]
        case .array(let names): filters = names.compactMap { resolve($0).nameValue }
        default: throw PDFSyntaxError("ogiltigt /Filter", at: 0)
        }
        let parameters: [PDFDictionary?]
        switch resolve(dictionary["DecodeParms"] ?? .null) {
        case .dictionary(let single): parameters = [single]
        case .array(let list): parameters = list.map { resolve($0).dictionaryValue }
        default: parameters = []
        }
        let decodable: Set<String> = level == .specialized ? generalFilters.union(["RunLengthDecode", "RL"]) : generalFilters
        guard filters.allSatisfy(decodable.contains) else { return raw }
        var data = raw
        for (index, filter) in filters.enumerated() {
            let parameter = index < parameters.count ? parameters[index] : nil
            switch filter {
            case "FlateDecode", "Fl": data = try StreamDecoding.predicted(try StreamDecoding.inflate(data), parameter)
            case "LZWDecode", "LZW": data = try StreamDecoding.predicted(try lzw(data, earlyChange: parameter?["EarlyChange"]?.integerValue ?? 1), parameter)
            case "ASCIIHexDecode", "AHx": data = try asciiHex(data)
            case "ASCII85Decode", "A85": data = try ascii85(data)
            default: data = try runLength(data)
            }
        }
        return data
    }

    private static let generalFilters: Set<String> = ["FlateDecode", "Fl", "LZWDecode", "LZW", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85"]

    /// LZW (ISO 32000-1 7.4.4): codes of 9 to 12 bits, 256 clears the table, 257 ends.
    static func lzw(_ data: [UInt8], earlyChange: Int) throws -> [UInt8] {
        var table: [[UInt8]] = (0..<256).map { [UInt8($0)] } + [[], []]
        var output: [UInt8] = []
        var codeLength = 9
        var previous: [UInt8]?
        var buffer = 0
        var buffered = 0
        var index = 0
        while true {
            while buffered < codeLength, index < data.count {
                buffer = buffer << 8 | Int(data[index])
                buffered += 8
                index += 1
            }
            guard buffered >= codeLength else { break }
            let code = (buffer >> (buffered - codeLength)) & ((1 << codeLength) - 1)
            buffered -= codeLength
            buffer &= (1 << buffered) - 1
            if code == 256 {
                table.removeSubrange(258...)
                codeLength = 9
                previous = nil
                continue
            }
            if code == 257 { break }
            let entry: [UInt8]
            if code < table.count {
                entry = table[code]
            } else if code == table.count, let previous {
                entry = previous + [previous[0]]
            } else {
                throw PDFSyntaxError("trasig LZW-ström", at: index)
            }
            output += entry
            if let previous, table.count < 4096 { table.append(previous + [entry[0]]) }
            previous = entry
            if table.count + earlyChange >= 1 << codeLength, codeLength < 12 { codeLength += 1 }
        }
        return output
    }

    static func asciiHex(_ data: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var high: UInt8?
        for byte in data {
            if byte == UInt8(ascii: ">") { break }
            if PDFParser.isWhitespace(byte) { continue }
            guard let value = PDFParser.hexValue(byte) else { throw PDFSyntaxError("ogiltig ASCIIHex-ström", at: 0) }
            if let first = high {
                output.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        if let high { output.append(high << 4) }
        return output
    }

    static func ascii85(_ data: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var group: [UInt32] = []
        func flush(_ count: Int) {
            var value: UInt32 = 0
            for digit in group + Array(repeating: 84, count: 5 - group.count) { value = value &* 85 &+ digit }
            let bytes = [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
            output += bytes.prefix(count)
        }
        var index = 0
        while index < data.count {
            let byte = data[index]
            index += 1
            if byte == UInt8(ascii: "~") { break }
            if PDFParser.isWhitespace(byte) { continue }
            if byte == UInt8(ascii: "z"), group.isEmpty {
                output += [0, 0, 0, 0]
                continue
            }
            guard (UInt8(ascii: "!")...UInt8(ascii: "u")).contains(byte) else { throw PDFSyntaxError("ogiltig ASCII85-ström", at: index) }
            group.append(UInt32(byte - UInt8(ascii: "!")))
            if group.count == 5 {
                flush(4)
                group.removeAll()
            }
        }
        if group.count == 1 { throw PDFSyntaxError("ASCII85-strömmen slutar med en ensam siffra", at: index) }
        if group.count > 1 { flush(group.count - 1) }
        return output
    }

    static func runLength(_ data: [UInt8]) throws -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < data.count {
            let length = Int(data[index])
            index += 1
            if length == 128 { break }
            if length < 128 {
                guard index + length + 1 <= data.count else { throw PDFSyntaxError("trasig RunLength-ström", at: index) }
                output += data[index..<(index + length + 1)]
                index += length + 1
            } else {
                guard index < data.count else { throw PDFSyntaxError("trasig RunLength-ström", at: index) }
                output += Array(repeating: data[index], count: 257 - length)
                index += 1
            }
        }
        return output
    }
}
