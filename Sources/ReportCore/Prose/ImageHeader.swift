/// The size, format and stated resolution of a PNG or JPEG file, read from its header
/// bytes (no decoding), so the core can check a picture and layout can size it.
enum ImageHeader {
    struct Info: Equatable {
        var format: ProseImage.Format
        var width: Int
        var height: Int
        var pixelsPerInch: Double?
    }

    /// The file's header, or a Swedish reason it is not a picture the product can print.
    static func read(_ bytes: [UInt8]) -> Result<Info, ImageHeaderError> {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(bytes) }
        if bytes.starts(with: [0xFF, 0xD8]) { return jpeg(bytes) }
        return .failure(ImageHeaderError("är varken en PNG- eller en JPEG-bild"))
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
    }

    private static func png(_ bytes: [UInt8]) -> Result<Info, ImageHeaderError> {
        guard bytes.count >= 33, bytes[12..<16].elementsEqual("IHDR".utf8),
              let width = bigEndian(bytes, 16, 4), let height = bigEndian(bytes, 20, 4), width > 0, height > 0 else {
            return .failure(ImageHeaderError("är en trasig PNG-fil"))
        }
        var info = Info(format: .png, width: width, height: height)
        var offset = 8
        while let length = bigEndian(bytes, offset, 4), offset + 12 + length <= bytes.count {
            let type = bytes[offset + 4..<offset + 8]
            if type.elementsEqual("pHYs".utf8), length >= 9, bytes[offset + 16] == 1, let perMetre = bigEndian(bytes, offset + 8, 4), perMetre > 0 {
                info.pixelsPerInch = Double(perMetre) * 0.0254
            }
            if type.elementsEqual("IDAT".utf8) { break }
            offset += 12 + length
        }
        return .success(info)
    }

    private static func jpeg(_ bytes: [UInt8]) -> Result<Info, ImageHeaderError> {
        var offset = 2
        var pixelsPerInch: Double?
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            guard let length = bigEndian(bytes, offset + 2, 2), length >= 2 else { break }
            let body = offset + 4
            if marker == 0xE0, bytes.count >= body + 12, bytes[body..<body + 5].elementsEqual([0x4A, 0x46, 0x49, 0x46, 0]),
               let density = bigEndian(bytes, body + 8, 2), density > 0 {
                if bytes[body + 7] == 1 { pixelsPerInch = Double(density) }
                if bytes[body + 7] == 2 { pixelsPerInch = Double(density) * 2.54 }
            }
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                guard [0xC0, 0xC1, 0xC2].contains(marker) else { return .failure(ImageHeaderError("är en JPEG-bild med aritmetisk eller förlustfri kodning, som PDF inte kan visa; spara den som vanlig JPEG")) }
                guard let height = bigEndian(bytes, body + 1, 2), let width = bigEndian(bytes, body + 3, 2), body + 5 < bytes.count,
                      width > 0, height > 0 else { break }
                let components = bytes[body + 5]
                guard components == 1 || components == 3 else {
                    return .failure(ImageHeaderError("är en JPEG-bild i CMYK; spara den i RGB"))
                }
                return .success(Info(format: .jpeg, width: width, height: height, pixelsPerInch: pixelsPerInch))
            }
            offset = body + length - 2
        }
        return .failure(ImageHeaderError("är en trasig JPEG-fil"))
    }
}

struct ImageHeaderError: Error, Equatable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
