import CSystemZlib

/// The stream filters an xref stream or an object stream may carry: FlateDecode with or
/// without a PNG predictor (qpdf writes /Predictor 12). Anything else is refused by name.
enum StreamDecoding {
    static func decode(_ data: [UInt8], dictionary: PDFDictionary) throws -> [UInt8] {
        let filters: [String]
        switch dictionary["Filter"] {
        case nil: filters = []
        case .name(let name)?: filters = [name]
        case .array(let names)?: filters = names.compactMap(\.nameValue)
        default: throw PDFSyntaxError("ogiltigt /Filter", at: 0)
        }
        guard filters.allSatisfy({ $0 == "FlateDecode" }), filters.count <= 1 else {
            throw PDFSyntaxError("filtret \(filters.joined(separator: ", ")) stöds inte", at: 0)
        }
        guard !filters.isEmpty else { return data }
        let inflated = try inflate(data)
        let parameters: PDFDictionary?
        switch dictionary["DecodeParms"] {
        case .dictionary(let value)?: parameters = value
        case .array(let values)?: parameters = values.first?.dictionaryValue
        default: parameters = nil
        }
        guard let parameters, let predictor = parameters["Predictor"]?.integerValue, predictor >= 10 else { return inflated }
        return try unpredict(inflated, columns: parameters["Columns"]?.integerValue ?? 1)
    }

    static func inflate(_ input: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw PDFSyntaxError("zlib kunde inte startas", at: 0)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var input = input
        var status: Int32 = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = CSystemZlib.inflate(&stream, Z_NO_FLUSH)
                    output += target[0..<(target.count - Int(stream.avail_out))]
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        guard status == Z_STREAM_END || status == Z_OK else { throw PDFSyntaxError("trasig FlateDecode-ström", at: 0) }
        return output
    }

    /// PNG predictors (one filter-type byte before each row of `columns` bytes).
    static func unpredict(_ data: [UInt8], columns: Int) throws -> [UInt8] {
        let rowLength = columns + 1
        guard columns > 0, data.count % rowLength == 0 else { throw PDFSyntaxError("PNG-prediktorn passar inte strömmen", at: 0) }
        var previous = [UInt8](repeating: 0, count: columns)
        var output: [UInt8] = []
        output.reserveCapacity(data.count / rowLength * columns)
        for start in stride(from: 0, to: data.count, by: rowLength) {
            let kind = data[start]
            var row = Array(data[(start + 1)..<(start + rowLength)])
            for column in 0..<columns {
                let left = column > 0 ? Int(row[column - 1]) : 0
                let up = Int(previous[column])
                let upLeft = column > 0 ? Int(previous[column - 1]) : 0
                let add: Int
                switch kind {
                case 0: add = 0
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4: add = paeth(left, up, upLeft)
                default: throw PDFSyntaxError("okänd PNG-prediktor \(kind)", at: 0)
                }
                row[column] = UInt8((Int(row[column]) + add) & 0xFF)
            }
            output += row
            previous = row
        }
        return output
    }

    private static func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
        let p = a + b - c
        let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
        if pa <= pb && pa <= pc { return a }
        return pb <= pc ? b : c
    }
}
