import Foundation

/// A PDF object as the incremental writer reads and writes it (ISO 32000-1, 7.3). Reals keep
/// their original spelling so that a rewritten object says exactly what the old one said.
public indirect enum PDFObject: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case real(String)
    /// A name without its leading slash, as spelled in the file (`#xx` escapes kept).
    case name(String)
    case string([UInt8])
    case hexString([UInt8])
    case array([PDFObject])
    case dictionary(PDFDictionary)
    case reference(PDFReference)

    public var integerValue: Int? { if case .integer(let value) = self { return value } else { return nil } }
    public var nameValue: String? { if case .name(let value) = self { return value } else { return nil } }
    public var arrayValue: [PDFObject]? { if case .array(let value) = self { return value } else { return nil } }
    public var dictionaryValue: PDFDictionary? { if case .dictionary(let value) = self { return value } else { return nil } }
    public var referenceValue: PDFReference? { if case .reference(let value) = self { return value } else { return nil } }
    public var stringBytes: [UInt8]? {
        switch self {
        case .string(let bytes), .hexString(let bytes): return bytes
        default: return nil
        }
    }

    /// A text string (7.9.2.2): UTF-16BE with a byte order mark for anything beyond ASCII,
    /// so that Swedish names survive in every reader.
    public static func text(_ value: String) -> PDFObject {
        if value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return .string(Array(value.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in value.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return .hexString(bytes)
    }

    /// The text of a text string: UTF-16 with a byte order mark, UTF-8 with one, or
    /// PDFDocEncoding read as Latin-1 (the same for every character a name uses).
    public var textValue: String? {
        guard let bytes = stringBytes else { return nil }
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}

public struct PDFReference: Hashable, Sendable {
    public var number: Int
    public var generation: Int

    public init(_ number: Int, _ generation: Int = 0) {
        self.number = number
        self.generation = generation
    }
}

/// A dictionary that keeps its keys in the order they were read or set.
public struct PDFDictionary: Equatable, Sendable {
    public private(set) var entries: [(key: String, value: PDFObject)] = []

    public init(_ entries: [(String, PDFObject)] = []) {
        for (key, value) in entries { self[key] = value }
    }

    public subscript(key: String) -> PDFObject? {
        get { entries.first { $0.key == key }?.value }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let index?, let value?): entries[index].value = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.count == rhs.entries.count && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension PDFObject {
    /// The object in PDF syntax.
    public var serialized: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .integer(let value): out += Array(String(value).utf8)
        case .real(let spelling): out += Array(spelling.utf8)
        case .name(let name): out += Array(("/" + name).utf8)
        case .string(let bytes): Self.writeLiteral(bytes, to: &out)
        case .hexString(let bytes):
            out.append(UInt8(ascii: "<"))
            for byte in bytes { out += Array(String(format: "%02X", byte).utf8) }
            out.append(UInt8(ascii: ">"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let dictionary):
            out += Array("<<".utf8)
            for (key, value) in dictionary.entries {
                out += Array(("/" + key + " ").utf8)
                value.write(to: &out)
                out.append(UInt8(ascii: " "))
            }
            out += Array(">>".utf8)
        case .reference(let reference): out += Array("\(reference.number) \(reference.generation) R".utf8)
        }
    }

    private static func writeLiteral(_ bytes: [UInt8], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "("))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: ")"))
    }
}
