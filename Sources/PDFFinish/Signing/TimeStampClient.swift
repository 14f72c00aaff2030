import Crypto
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SwiftASN1

/// Asks an RFC 3161 time-stamp authority for a token over a signature value, which the
/// signature then carries as an unsigned attribute (PAdES baseline B-T).
public struct TimeStampClient {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    let url: URL
    var timeout: TimeInterval = 30

    public init(url text: String) throws {
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme ?? "") else {
            throw Failure(description: "\(text): ingen http- eller https-adress till en tidsstämpeltjänst.")
        }
        self.url = url
    }

    /// The TimeStampToken (a CMS ContentInfo, DER) over SHA-256 of `signature`.
    public func token(for signature: [UInt8]) throws -> [UInt8] {
        let nonce = Int.random(in: 1..<Int(Int32.max))
        let request = try CMSSignedData.sequence([
            try CMSSignedData.integer(1),
            try CMSSignedData.sequence([try CMSSignedData.algorithm(CMSSignedData.sha256),
                                        try CMSSignedData.octetString(Array(SHA256.hash(data: signature)))]),
            try CMSSignedData.integer(nonce),
            [0x01, 0x01, 0xFF],
        ])
        let response = try post(request)
        do {
            let parts = try CMSReader.children(try DER.parse(response))
            let status = try Int(derEncoded: try CMSReader.children(parts[0])[0])
            guard status == 0 || status == 1, parts.count > 1 else {
                throw Failure(description: "\(url.absoluteString): tidsstämpeltjänsten vägrade (status \(status)).")
            }
            return Array(parts[1].encodedBytes)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "\(url.absoluteString): svaret är inget RFC 3161-svar (\(error)).")
        }
    }

    private func post(_ body: [UInt8]) throws -> [UInt8] {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/timestamp-query", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<[UInt8], Failure> = .failure(Failure(description: "inget svar"))
        let target = url.absoluteString
        URLSession.shared.dataTask(with: request) { data, response, error in
            defer { done.signal() }
            if let error {
                result = .failure(Failure(description: "\(target): tidsstämpeltjänsten svarar inte (\(error.localizedDescription))."))
            } else if let http = response as? HTTPURLResponse, http.statusCode != 200 {
                result = .failure(Failure(description: "\(target): tidsstämpeltjänsten svarade HTTP \(http.statusCode)."))
            } else {
                result = .success(Array(data ?? Data()))
            }
        }.resume()
        done.wait()
        return try result.get()
    }
}
