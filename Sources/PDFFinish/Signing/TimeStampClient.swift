import Crypto
import Foundation
import SwiftASN1

/// Asks an RFC 3161 time-stamp authority for a token over a signature value, which the
/// signature then carries as an unsigned attribute (PAdES baseline B-T). The request goes
/// through the `curl` program rather than Foundation's URLSession: linking
/// FoundationNetworking made every run load libcurl and 17 libraries only it needs (3 MB
/// of memory and their relocations at each start), for a request only signing makes.
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
        let target = url.absoluteString
        let answer = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-tidsstampel-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: answer) }
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "--silent", "--show-error", "--max-time", String(Int(timeout)), "--data-binary", "@-",
                          "--header", "Content-Type: application/timestamp-query", "--output", answer.path,
                          "--write-out", "%{http_code}", "--", target]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        curl.standardInput = input
        curl.standardOutput = output
        curl.standardError = errors
        do { try curl.run() } catch {
            throw Failure(description: "\(target): tidsstämpeltjänsten svarar inte (programmet curl saknas: \(error.localizedDescription)).")
        }
        input.fileHandleForWriting.write(Data(body))
        try? input.fileHandleForWriting.close()
        let status = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        curl.waitUntilExit()
        guard curl.terminationStatus == 0 else {
            throw Failure(description: "\(target): tidsstämpeltjänsten svarar inte (\(message.isEmpty ? "curl avslutade med \(curl.terminationStatus)" : message)).")
        }
        guard status == "200" else { throw Failure(description: "\(target): tidsstämpeltjänsten svarade HTTP \(status).") }
        return [UInt8]((try? Data(contentsOf: answer)) ?? Data())
    }
}
