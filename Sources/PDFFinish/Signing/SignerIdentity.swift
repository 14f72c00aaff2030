import Crypto
import _CryptoExtras
import Foundation
import SwiftASN1
import X509

/// Who signs: a private key (RSA of at least 2048 bits, or ECDSA P-256) and its
/// certificate, with the chain up to (but not necessarily including) the root.
public struct SignerIdentity {
    enum Key {
        case p256(P256.Signing.PrivateKey)
        case rsa(_RSA.Signing.PrivateKey)
    }

    let key: Key
    public let certificate: Certificate
    public let certificateDER: [UInt8]
    public let chainDER: [[UInt8]]

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the key, the certificate and the chain from PEM files; the key must belong to
    /// the certificate.
    public init(keyPath: String, certificatePath: String, chainPath: String?) throws {
        let keyPEM = try Self.read(keyPath, what: "nyckelfilen")
        if let p256 = try? P256.Signing.PrivateKey(pemRepresentation: keyPEM) {
            key = .p256(p256)
        } else if let rsa = try? _RSA.Signing.PrivateKey(unsafePEMRepresentation: keyPEM) {
            // Read without swift-crypto's own size floor, so a short key gets a clear message.
            guard rsa.keySizeInBits >= 2048 else {
                throw Failure(description: "\(keyPath): RSA-nyckeln har \(rsa.keySizeInBits) bitar; minst 2048 krävs.")
            }
            key = .rsa(rsa)
        } else {
            throw Failure(description: "\(keyPath): ingen privat nyckel i PEM-format som stöds (RSA om minst 2048 bitar eller ECDSA P-256). "
                + "Krypterade nycklar och PKCS#12-filer stöds inte; packa upp dem med openssl först.")
        }
        let certificates = try Self.certificates(in: certificatePath, what: "certifikatfilen")
        guard let first = certificates.first else { throw Failure(description: "\(certificatePath): inget certifikat i filen.") }
        certificateDER = first
        certificate = try Certificate(derEncoded: first)
        chainDER = try Array(certificates.dropFirst()) + (chainPath.map { try Self.certificates(in: $0, what: "kedjefilen") } ?? [])
        guard publicKeyMatches() else {
            throw Failure(description: "\(keyPath): nyckeln hör inte till certifikatet i \(certificatePath).")
        }
    }

    var signatureAlgorithm: ASN1ObjectIdentifier {
        switch key {
        case .p256: return [1, 2, 840, 10045, 4, 3, 2]
        case .rsa: return [1, 2, 840, 113549, 1, 1, 11]
        }
    }

    /// The signature over `message` (hashed with SHA-256 here): DER ECDSA or PKCS #1 v1.5.
    func sign(_ message: [UInt8]) throws -> [UInt8] {
        switch key {
        case .p256(let key): return Array(try key.signature(for: message).derRepresentation)
        case .rsa(let key): return Array(try key.signature(for: message, padding: .insecurePKCS1v1_5).rawRepresentation)
        }
    }

    private func publicKeyMatches() -> Bool {
        switch key {
        case .p256(let key): return P256.Signing.PublicKey(certificate.publicKey)?.rawRepresentation == key.publicKey.rawRepresentation
        case .rsa(let key): return _RSA.Signing.PublicKey(certificate.publicKey)?.derRepresentation == key.publicKey.derRepresentation
        }
    }

    private static func read(_ path: String, what: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): \(what) finns inte eller kan inte läsas.")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every `CERTIFICATE` block of a PEM file, as DER.
    static func certificates(in path: String, what: String) throws -> [[UInt8]] {
        let text = try read(path, what: what)
        do {
            let documents = try PEMDocument.parseMultiple(pemString: text)
            let certificates = documents.filter { $0.discriminator == "CERTIFICATE" }.map(\.derBytes)
            guard !certificates.isEmpty else { throw Failure(description: "\(path): inget certifikat i PEM-format i \(what).") }
            return certificates
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(path): \(what) är ingen PEM-fil med certifikat (\(error)).")
        }
    }
}
