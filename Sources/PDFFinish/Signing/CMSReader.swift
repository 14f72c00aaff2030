import Crypto
import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// What `verify` needs from a CMS SignedData: the signer's certificate, the message-digest
/// attribute, and whether the signature over the signed attributes holds.
struct CMSReader {
    var certificate: Certificate
    var messageDigest: [UInt8]?
    var signatureIsValid: Bool
    var hasSigningCertificateV2: Bool
    var hasTimeStamp: Bool

    init(der: [UInt8]) throws {
        let content = try Self.children(try DER.parse(der))
        guard content.count == 2, let signedData = try Self.children(content[1]).first else { throw Self.invalid("ingen SignedData") }
        let fields = try Self.children(signedData)
        let certificateNodes = fields.first { $0.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) }
        let certificates = try certificateNodes.map { try Self.children($0).map { Array($0.encodedBytes) } } ?? []
        guard let signerInfo = try fields.last.map(Self.children)?.first else { throw Self.invalid("ingen SignerInfo") }
        let info = try Self.children(signerInfo)
        guard info.count >= 6 else { throw Self.invalid("för kort SignerInfo") }
        let sid = Array(info[1].encodedBytes)
        let found = certificates.first { der in
            guard let parts = try? CertificateParts(der: der), let id = try? CMSSignedData.sequence([parts.issuer, parts.serial]) else { return false }
            return id == sid
        }
        guard let found else { throw Self.invalid("undertecknarens certifikat saknas") }
        certificate = try Certificate(derEncoded: found)
        let attributesNode = info[3]
        guard attributesNode.identifier == ASN1Identifier(tagWithNumber: 0, tagClass: .contextSpecific) else {
            throw Self.invalid("signerade attribut saknas")
        }
        var attributes: [ASN1ObjectIdentifier: ASN1Node] = [:]
        for attribute in try Self.children(attributesNode) {
            let parts = try Self.children(attribute)
            if let type = try? ASN1ObjectIdentifier(derEncoded: parts[0]), let value = try Self.children(parts[1]).first {
                attributes[type] = value
            }
        }
        messageDigest = try attributes[CMSSignedData.messageDigest].map { Array(try ASN1OctetString(derEncoded: $0).bytes) }
        hasSigningCertificateV2 = attributes[CMSSignedData.signingCertificateV2] != nil
        var signedBytes = Array(attributesNode.encodedBytes)
        signedBytes[0] = 0x31
        let signature = Array(try ASN1OctetString(derEncoded: info[5]).bytes)
        signatureIsValid = Self.verify(signature, over: signedBytes, with: certificate.publicKey)
        hasTimeStamp = info.count > 6
    }

    private static func verify(_ signature: [UInt8], over message: [UInt8], with key: Certificate.PublicKey) -> Bool {
        if let p256 = P256.Signing.PublicKey(key), let value = try? P256.Signing.ECDSASignature(derRepresentation: signature) {
            return p256.isValidSignature(value, for: message)
        }
        if let rsa = _RSA.Signing.PublicKey(key) {
            return rsa.isValidSignature(_RSA.Signing.RSASignature(rawRepresentation: signature), for: message, padding: .insecurePKCS1v1_5)
        }
        return false
    }

    /// The subject's common name and organisation.
    var signer: (name: String, organisation: String?) {
        var name = "", organisation: String?
        for rdn in certificate.subject {
            for attribute in rdn {
                if attribute.type == .RDNAttributeType.commonName { name = String(attribute.value) ?? "\(attribute.value)" }
                if attribute.type == .RDNAttributeType.organizationName { organisation = String(attribute.value) ?? "\(attribute.value)" }
            }
        }
        return (name, organisation)
    }

    static func children(_ node: ASN1Node) throws -> [ASN1Node] {
        guard case .constructed(let nodes) = node.content else { throw invalid("oväntat primitivt ASN.1-värde") }
        return Array(nodes)
    }

    static func invalid(_ reason: String) -> Error { ASN1Error.invalidASN1Object(reason: reason) }
}
