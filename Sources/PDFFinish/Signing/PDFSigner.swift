import Crypto
import Foundation

/// Signs one empty signature field of a PDF with a PAdES baseline B-B signature (B-T with
/// a time-stamp authority), written as an incremental update so that every earlier
/// signature still covers exactly the bytes it covered.
public enum PDFSigner {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The signed file's bytes. `timeStamp`, when given, turns the signature value into an
    /// RFC 3161 time-stamp token (see `TimeStampClient`).
    public static func sign(_ bytes: [UInt8], field wanted: String, signer: SignerIdentity, time: Date,
                            timeStamp: (([UInt8]) throws -> [UInt8])? = nil) throws -> [UInt8] {
        let file = try PDFFile(bytes: bytes)
        let list = try SignatureFieldList(file)
        guard let field = list.field(named: wanted) else {
            let names = list.fields.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw Failure(description: list.fields.isEmpty
                ? "Filen har inga underskriftsfält. Rendera den digitala varianten (sätt: digital under underskrift: i rapport.yaml, eller render --underskrift digital)."
                : "Inget underskriftsfält heter \"\(wanted)\". Fälten är: \(names).")
        }
        guard field.signature == nil else { throw Failure(description: "Fältet \"\(field.name)\" är redan undertecknat.") }

        let reserved = try reservedContentsLength(signer: signer, timeStamped: timeStamp != nil)
        var update = IncrementalUpdate(file)
        let signature = update.allocate()
        update.set(signature, body: signatureDictionary(time: time, lock: field.dictionary["Lock"], contentsLength: reserved))
        var fieldDictionary = field.dictionary
        fieldDictionary["V"] = .reference(signature)
        update.set(field.reference, to: .dictionary(fieldDictionary))
        try setSignatureFlags(in: list, file: file, update: &update)

        var out = update.write()
        let range = try ByteRangePlaceholder(in: out, from: bytes.count)
        range.fill(&out)
        var hash = SHA256()
        hash.update(data: out[0..<range.contentsStart])
        hash.update(data: out[range.contentsEnd...])
        let cms = try CMSSignedData.build(digest: Array(hash.finalize()), signer: signer, timeStamp: timeStamp)
        guard cms.count <= reserved else { throw Failure(description: "Signaturen (\(cms.count) byte) ryms inte i /Contents.") }
        let hex = Array(cms.map { String(format: "%02X", $0) }.joined().utf8)
        out.replaceSubrange((range.contentsStart + 1)..<(range.contentsStart + 1 + hex.count), with: hex)
        return out
    }

    /// Bytes for /Contents: the certificates, the signature and its attributes, with room
    /// to spare, and room for a time-stamp token (which carries its authority's chain).
    static func reservedContentsLength(signer: SignerIdentity, timeStamped: Bool) throws -> Int {
        let trial = try CMSSignedData.build(digest: [UInt8](repeating: 0, count: 32), signer: signer)
        return trial.count + 512 + (timeStamped ? 16_384 : 0)
    }

    /// `/M` is the signing time (PAdES: not a CMS attribute); a field lock becomes the
    /// signature's FieldMDP reference (12.8.1), so validators know what it locked.
    static func signatureDictionary(time: Date, lock: PDFObject?, contentsLength: Int) -> [UInt8] {
        var entries: [(String, PDFObject)] = [
            ("Type", .name("Sig")), ("Filter", .name("Adobe.PPKLite")), ("SubFilter", .name("ETSI.CAdES.detached")),
            ("M", .string(Array(pdfDate(time).utf8))),
        ]
        if let lock = lock?.dictionaryValue {
            var parameters = PDFDictionary([("Type", .name("TransformParams")), ("V", .name("1.2"))])
            parameters["Action"] = lock["Action"]
            parameters["Fields"] = lock["Fields"]
            entries.append(("Reference", .array([.dictionary(PDFDictionary([
                ("Type", .name("SigRef")), ("TransformMethod", .name("FieldMDP")), ("TransformParams", .dictionary(parameters)),
            ]))])))
        }
        var body = PDFObject.dictionary(PDFDictionary(entries)).serialized
        body.removeLast(2)
        body += Array("/ByteRange \(ByteRangePlaceholder.text) /Contents <".utf8)
        body += [UInt8](repeating: UInt8(ascii: "0"), count: contentsLength * 2)
        body += Array("> >>".utf8)
        return body
    }

    private static func setSignatureFlags(in list: SignatureFieldList, file: PDFFile, update: inout IncrementalUpdate) throws {
        guard var form = list.form else { return }
        guard form["SigFlags"]?.integerValue != 3 else { return }
        form["SigFlags"] = .integer(3)
        if let reference = list.formReference {
            update.set(reference, to: .dictionary(form))
        } else {
            let root = file.trailer["Root"]!.referenceValue!
            var catalog = try file.dictionary(root)
            catalog["AcroForm"] = .dictionary(form)
            update.set(root, to: .dictionary(catalog))
        }
    }

    /// "D:20260315143000+00'00'", always in UTC.
    static func pdfDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return "D:" + formatter.string(from: date) + "+00'00'"
    }
}

/// The fixed-width /ByteRange written before the offsets are known, and where /Contents'
/// hex string lies once the update is assembled.
struct ByteRangePlaceholder {
    static let text = "[0 0000000000 0000000000 0000000000]"
    let rangeStart: Int
    /// The `<` and one past the `>` of /Contents.
    let contentsStart: Int
    let contentsEnd: Int
    let fileLength: Int

    init(in bytes: [UInt8], from start: Int) throws {
        let marker = Array("/ByteRange \(Self.text) /Contents <".utf8)
        guard let found = bytes.range(of: marker, from: start),
              let close = bytes.range(of: [UInt8(ascii: ">")], from: found + marker.count) else {
            throw PDFSigner.Failure(description: "Platshållaren för /ByteRange saknas.")
        }
        rangeStart = found + "/ByteRange ".utf8.count
        contentsStart = found + marker.count - 1
        contentsEnd = close + 1
        fileLength = bytes.count
    }

    var values: [Int] { [0, contentsStart, contentsEnd, fileLength - contentsEnd] }

    func fill(_ bytes: inout [UInt8]) {
        var text = "[" + values.map(String.init).joined(separator: " ") + "]"
        text += String(repeating: " ", count: Self.text.utf8.count - text.utf8.count)
        bytes.replaceSubrange(rangeStart..<(rangeStart + text.utf8.count), with: Array(text.utf8))
    }
}
