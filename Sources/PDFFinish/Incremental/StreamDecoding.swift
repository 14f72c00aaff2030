import CSystemZlib

/// The stream filters an xref stream or an object stream may carry: FlateDecode with or
/// without a predictor (qpdf writes /Predictor 12). Anything else is refused by name.
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
        return try predicted(inflated, parameters)
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

    /// Predictor 2 (TIFF) or 10–15 (PNG, a filter byte before each row), over pixels of
    /// /Colors components of /BitsPerComponent bits, /Columns to a row.
    static func predicted(_ data: [UInt8], _ parameters: PDFDictionary?) throws -> [UInt8] {
        let predictor = parameters?["Predictor"]?.integerValue ?? 1
        guard predictor >= 2 else { return data }
        let colors = parameters?["Colors"]?.integerValue ?? 1
        let bits = parameters?["BitsPerComponent"]?.integerValue ?? 8
        let columns = parameters?["Columns"]?.integerValue ?? 1
        guard (1...32).contains(colors), [1, 2, 4, 8, 16].contains(bits), columns > 0 else {
            throw PDFSyntaxError("ogiltiga /DecodeParms för prediktorn", at: 0)
        }
        let rowBytes = (columns * colors * bits + 7) / 8
        let pixelBytes = max(1, (colors * bits) / 8)
        if predictor == 2 {
            guard bits == 8 else { throw PDFSyntaxError("TIFF-prediktorn stöds bara med 8 bitar per komponent", at: 0) }
            var output = data
            for rowStart in stride(from: 0, to: output.count, by: rowBytes) {
                let rowEnd = min(rowStart + rowBytes, output.count)
                for index in (rowStart + pixelBytes)..<max(rowEnd, rowStart + pixelBytes) { output[index] &+= output[index - pixelBytes] }
            }
            return output
        }
        return try png(data, rowBytes: rowBytes, pixelBytes: pixelBytes)
    }

    private static func png(_ data: [UInt8], rowBytes: Int, pixelBytes: Int) throws -> [UInt8] {
        let stride = rowBytes + 1
        guard data.count % stride == 0 else { throw PDFSyntaxError("PNG-prediktorn passar inte strömmen", at: 0) }
        var output: [UInt8] = []
        output.reserveCapacity(data.count / stride * rowBytes)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var row = [UInt8](repeating: 0, count: rowBytes)
        for start in Swift.stride(from: 0, to: data.count, by: stride) {
            let kind = data[start]
            for column in 0..<rowBytes {
                let raw = data[start + 1 + column]
                let left = column >= pixelBytes ? Int(row[column - pixelBytes]) : 0
                let up = Int(previous[column])
                let upLeft = column >= pixelBytes ? Int(previous[column - pixelBytes]) : 0
                let add: Int
                switch kind {
                case 0: add = 0
                case 1: add = left
                case 2: add = up
                case 3: add = (left + up) / 2
                case 4: add = paeth(left, up, upLeft)
                default: throw PDFSyntaxError("okänd PNG-prediktor \(kind)", at: 0)
                }
                row[column] = UInt8((Int(raw) + add) & 0xFF)
            }
            output += row
            swap(&previous, &row)
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
