import Crypto
import Foundation

/// One signature of a PDF as `verify` reports it.
public struct SignatureReport: Sendable {
    public var fieldName: String
    public var signerName: String
    public var signerOrganisation: String?
    /// /M as written (a PDF date), or nil.
    public var signingTime: String?
    public var subFilter: String?
    /// The /ByteRange starts at 0, leaves out exactly this signature's /Contents and ends
    /// where the revision that added it ends.
    public var coversAllButContents: Bool
    /// The SHA-256 of the signed bytes equals the message-digest attribute.
    public var digestMatches: Bool
    /// The signature over the signed attributes holds for the signer's certificate.
    public var signatureValid: Bool
    public var hasSigningCertificateV2: Bool
    public var hasTimeStamp: Bool
    /// Changes made by later revisions, oldest first.
    public var laterChanges: [RevisionChange]
    public var problem: String?
    /// Where the signed revision ends (0 when the /ByteRange cannot be read).
    public var signedLength = 0

    public var intact: Bool { problem == nil && coversAllButContents && digestMatches && signatureValid }
    public var onlyAllowedLaterChanges: Bool { laterChanges.allSatisfy(\.allowed) }
}

/// Checks every signed signature field of a PDF: what it covers, whether its digest and
/// signature hold, and what was changed after it.
public enum SignatureVerifier {
    public static func verify(_ bytes: [UInt8]) throws -> [SignatureReport] {
        let file = try PDFFile(bytes: bytes)
        let list = try SignatureFieldList(file)
        let revisionEnds = file.sections.map(\.end).sorted()
        let reports = try list.fields.compactMap { field -> SignatureReport? in
            guard let reference = field.signature else { return nil }
            return try report(field.name, signature: reference, file: file, revisionEnds: revisionEnds)
        }
        // In the order they were signed.
        return reports.sorted { $0.signedLength < $1.signedLength }
    }

    private static func report(_ name: String, signature reference: PDFReference, file: PDFFile, revisionEnds: [Int]) throws -> SignatureReport {
        let dictionary = try file.dictionary(reference)
        var report = SignatureReport(fieldName: name, signerName: "", signerOrganisation: nil,
                                     signingTime: dictionary["M"]?.textValue, subFilter: dictionary["SubFilter"]?.nameValue,
                                     coversAllButContents: false, digestMatches: false, signatureValid: false,
                                     hasSigningCertificateV2: false, hasTimeStamp: false, laterChanges: [], problem: nil)
        let range = dictionary["ByteRange"]?.arrayValue?.compactMap(\.integerValue) ?? []
        guard range.count == 4, range[0] == 0, range[1] < range[2], range[2] + range[3] <= file.bytes.count,
              let contents = dictionary["Contents"]?.stringBytes else {
            report.problem = "ogiltig /ByteRange eller /Contents"
            return report
        }
        let end = range[2] + range[3]
        report.signedLength = end
        report.coversAllButContents = try gapIsContents(of: reference, range: range, file: file) && revisionEnds.contains(end)
        var hash = SHA256()
        hash.update(data: file.bytes[0..<range[1]])
        hash.update(data: file.bytes[range[2]..<end])
        do {
            let cms = try CMSReader(der: Array(trimmedDER(contents)))
            let signer = cms.signer
            report.signerName = signer.name
            report.signerOrganisation = signer.organisation
            report.digestMatches = cms.messageDigest == Array(hash.finalize())
            report.signatureValid = cms.signatureIsValid
            report.hasSigningCertificateV2 = cms.hasSigningCertificateV2
            report.hasTimeStamp = cms.hasTimeStamp
        } catch {
            report.problem = "CMS-signaturen kan inte läsas: \(error)"
        }
        var previous = end
        for later in revisionEnds where later > end {
            report.laterChanges += try LaterChanges.changes(in: file.bytes, previousEnd: previous, end: later)
            previous = later
        }
        return report
    }

    /// The gap between the two ranges is exactly the hex string of this signature's
    /// /Contents, `<` to `>`, inside the signature dictionary's own object.
    private static func gapIsContents(of reference: PDFReference, range: [Int], file: PDFFile) throws -> Bool {
        guard case .offset(let offset, _)? = file.location(of: reference.number), offset < range[1] else { return false }
        let bytes = file.bytes
        guard bytes[range[1]] == UInt8(ascii: "<"), bytes[range[2] - 1] == UInt8(ascii: ">") else { return false }
        guard bytes[(range[1] + 1)..<(range[2] - 1)].allSatisfy({ PDFParser.hexValue($0) != nil }) else { return false }
        // The keyword before the gap must be this dictionary's /Contents.
        let before = String(decoding: bytes[offset..<range[1]], as: UTF8.self)
        return before.trimmingCharacters(in: .whitespaces).hasSuffix("/Contents") && !before.contains("endobj")
    }

    /// The DER value at the start of the zero-padded /Contents.
    private static func trimmedDER(_ contents: [UInt8]) -> ArraySlice<UInt8> {
        guard contents.count > 4, contents[0] == 0x30 else { return contents[...] }
        let lengthByte = Int(contents[1])
        var length = lengthByte, header = 2
        if lengthByte & 0x80 != 0 {
            let count = lengthByte & 0x7F
            length = contents[2..<(2 + count)].reduce(0) { $0 << 8 | Int($1) }
            header = 2 + count
        }
        return contents[0..<min(contents.count, header + length)]
    }
}
