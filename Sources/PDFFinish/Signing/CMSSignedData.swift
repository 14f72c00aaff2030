import Crypto
import SwiftASN1

/// A detached CMS SignedData (RFC 5652) as PAdES baseline B-B wants it (ETSI EN 319 142-1,
/// 6.3): SHA-256, signed attributes content-type, message-digest and
/// signing-certificate-v2 (RFC 5035), no signing-time attribute (the time is the
/// signature dictionary's /M). swift-certificates' `CMS.sign` cannot add
/// signing-certificate-v2 and always adds signing-time, so the DER is written here.
enum CMSSignedData {
    static let signedData: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 2]
    static let data: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 7, 1]
    static let sha256: ASN1ObjectIdentifier = [2, 16, 840, 1, 101, 3, 4, 2, 1]
    static let contentType: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 3]
    static let messageDigest: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 4]
    static let signingCertificateV2: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 16, 2, 47]
    static let signatureTimeStampToken: ASN1ObjectIdentifier = [1, 2, 840, 113549, 1, 9, 16, 2, 14]

    /// The SignedData over a content whose SHA-256 is `digest`; `timeStamp` may add an
    /// unsigned signature-time-stamp attribute (PAdES B-T) from the signature value.
    static func build(digest: [UInt8], signer: SignerIdentity,
                      timeStamp: (([UInt8]) throws -> [UInt8])? = nil) throws -> [UInt8] {
        let attributes = try signedAttributes(digest: digest, signer: signer)
        let signature = try signer.sign(try set(attributes))
        let unsigned = try timeStamp.map { try attribute(signatureTimeStampToken, value: $0(signature)) }
        let parts = try CertificateParts(der: signer.certificateDER)
        let signerInfo = try sequence([
            try integer(1),
            try sequence([parts.issuer, parts.serial]),
            try algorithm(sha256),
            try tagged(0, attributes.sorted(by: lexicographic).flatMap { $0 }),
            try algorithm(signer.signatureAlgorithm, nullParameters: signer.signatureAlgorithm != [1, 2, 840, 10045, 4, 3, 2]),
            try octetString(signature),
        ] + (try unsigned.map { [try tagged(1, $0)] } ?? []))
        let certificates = ([signer.certificateDER] + signer.chainDER).sorted(by: lexicographic)
        let content = try sequence([
            try integer(1),
            try set([try algorithm(sha256)]),
            try sequence([try oid(data)]),
            try tagged(0, certificates.flatMap { $0 }),
            try set([signerInfo]),
        ])
        return try sequence([try oid(signedData), try tagged(0, content)])
    }

    private static func signedAttributes(digest: [UInt8], signer: SignerIdentity) throws -> [[UInt8]] {
        let parts = try CertificateParts(der: signer.certificateDER)
        // ESSCertIDv2 with the default hash (SHA-256) left out, and the issuer and serial.
        let generalNames = try sequence([try tagged(4, parts.issuer)])
        let certID = try sequence([try octetString(Array(SHA256.hash(data: signer.certificateDER))),
                                   try sequence([generalNames, parts.serial])])
        return [
            try attribute(contentType, value: try oid(data)),
            try attribute(messageDigest, value: try octetString(digest)),
            try attribute(signingCertificateV2, value: try sequence([try sequence([certID])])),
        ]
    }

    // MARK: DER pieces

    static func attribute(_ type: ASN1ObjectIdentifier, value: [UInt8]) throws -> [UInt8] {
        try sequence([try oid(type), try set([value])])
    }

    static func sequence(_ parts: [[UInt8]]) throws -> [UInt8] { try constructed(.sequence, parts.flatMap { $0 }) }

    /// A SET OF in DER order (its elements sorted by their encodings).
    static func set(_ parts: [[UInt8]]) throws -> [UInt8] {
        try constructed(.set, parts.sorted(by: lexicographic).flatMap { $0 })
    }

    static func tagged(_ number: UInt, _ content: [UInt8]) throws -> [UInt8] {
        try constructed(ASN1Identifier(tagWithNumber: number, tagClass: .contextSpecific), content)
    }

    static func constructed(_ identifier: ASN1Identifier, _ content: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.appendConstructedNode(identifier: identifier) { $0.serializeRawBytes(content) }
        return serializer.serializedBytes
    }

    static func oid(_ value: ASN1ObjectIdentifier) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(value)
        return serializer.serializedBytes
    }

    static func integer(_ value: Int) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(value)
        return serializer.serializedBytes
    }

    static func octetString(_ bytes: [UInt8]) throws -> [UInt8] {
        var serializer = DER.Serializer()
        try serializer.serialize(ASN1OctetString(contentBytes: ArraySlice(bytes)))
        return serializer.serializedBytes
    }

    static func algorithm(_ value: ASN1ObjectIdentifier, nullParameters: Bool = false) throws -> [UInt8] {
        try sequence([try oid(value)] + (nullParameters ? [[0x05, 0x00]] : []))
    }

    static func lexicographic(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool { lhs.lexicographicallyPrecedes(rhs) }
}

/// The issuer name and serial number of a certificate, as the exact DER they have in it.
struct CertificateParts {
    var issuer: [UInt8]
    var serial: [UInt8]
    var subject: [UInt8]

    init(der: [UInt8]) throws {
        let root = try DER.parse(der)
        guard case .constructed(let certificate) = root.content, let tbs = certificate.first(where: { _ in true }),
              case .constructed(let fields) = tbs.content else { throw ASN1Error.invalidASN1Object(reason: "inget certifikat") }
        var nodes = Array(fields)
        if nodes.first?.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) { nodes.removeFirst() }
        guard nodes.count >= 5 else { throw ASN1Error.invalidASN1Object(reason: "för kort certifikat") }
        serial = Array(nodes[0].encodedBytes)
        issuer = Array(nodes[2].encodedBytes)
        subject = Array(nodes[4].encodedBytes)
    }
}
