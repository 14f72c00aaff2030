import Foundation
import XCTest

/// A test PKI made fresh for each run with the openssl command line (no private key is
/// checked in): a CA, two signers (ECDSA P-256 and RSA 2048) named after the first two
/// sitting members, and a time-stamp authority; plus the digital variant of the annual
/// report and pyHanko as the independent validator.
enum SigningFixture {
    struct PKI {
        var folder: String
        var caCertificate: String { folder + "/ca.pem" }
        func key(_ id: String) -> String { folder + "/\(id).key" }
        func certificate(_ id: String) -> String { folder + "/\(id).pem" }
    }

    static let digital: AnnualReportFixture.Rendered? = try? {
        let folder = try CommandLineRunner.temporaryDirectory()
        let result = try CommandLineRunner.finsamReport(["render", "examples/sjuharad-2024", "-o", folder, "--underskrift", "digital"])
        return AnnualReportFixture.Rendered(folder: folder, pdf: folder + "/sjuharad-2024.pdf", result: result)
    }()

    static func digitalPDF() throws -> String {
        let rendered = try XCTUnwrap(digital, "render could not be started")
        XCTAssertEqual(rendered.result.status, 0, rendered.result.standardError)
        return rendered.pdf
    }

    /// Signers "a" (ECDSA) and "b" (RSA) for the first two fields' people, "short" (RSA
    /// 1024, to be refused) and "tsa" (a time-stamping certificate).
    static let pki: PKI? = try? makePKI()

    static func makePKI() throws -> PKI {
        let folder = try CommandLineRunner.temporaryDirectory()
        let script = #"""
        set -e
        cd "$1"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 30 \
          -subj "/CN=Prov-CA/O=Provförbundet" -utf8 -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
        issue() { # id, key kind, common name, organisation, extended key usage
          case $2 in
            ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $1.key ;;
            rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out $1.key ;;
            rsa1024) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out $1.key ;;
          esac
          openssl req -new -key $1.key -subj "/CN=$3/O=$4" -utf8 -out $1.csr
          printf "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n$5" > $1.ext
          openssl x509 -req -in $1.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile $1.ext -out $1.pem
        }
        issue a ec "Ann-Charlotte Angren" "Arbetsförmedlingen" ""
        issue b rsa "Jonas Ryhr" "Arbetsförmedlingen" ""
        issue short rsa1024 "Kort Nyckel" "Provförbundet" ""
        issue tsa rsa "Prov-TSA" "Provförbundet" "extendedKeyUsage=critical,timeStamping\n"
        """#
        let result = try CommandLineRunner.tool("bash", ["-c", script, "pki", folder])
        guard result.status == 0 else { throw NSError(domain: "openssl", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: result.standardError]) }
        return PKI(folder: folder)
    }

    static func requirePKI() throws -> PKI { try XCTUnwrap(pki, "openssl could not make the test PKI") }

    static let tool = CommandLineRunner.repository.appendingPathComponent("Tests/ReportAppTests/Signing/pyhanko_tool.py").path

    /// `finsam-report sign` with signer `id`'s key and certificate (and the CA as chain).
    static func sign(_ input: String, field: String, as id: String, pki: PKI, output: String,
                     extra: [String] = []) throws -> CommandLineRunner.Result {
        try CommandLineRunner.finsamReport(["sign", input, "--fält", field, "--nyckel", pki.key(id),
                                            "--certifikat", pki.certificate(id), "--kedja", pki.caCertificate, "-o", output] + extra)
    }

    struct Status: Decodable, Equatable {
        var field: String
        var intact: Bool
        var valid: Bool
        var trusted: Bool
        var coverage: String
        var modification_level: String?
        var docmdp_ok: Bool?
        var subfilter: String
        var timestamp_valid: Bool
        var bottom_line: Bool
    }

    /// pyHanko's verdict on every signature, trusting only the test CA.
    static func pyHankoStatus(_ pdf: String, pki: PKI) throws -> [Status] {
        let result = try CommandLineRunner.tool("python3", [tool, "validate", pdf, pki.caCertificate])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try JSONDecoder().decode([Status].self, from: Data(result.standardOutput.utf8))
    }

    static func pyHankoFields(_ pdf: String) throws -> [String] {
        let result = try CommandLineRunner.tool("python3", [tool, "fields", pdf])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try JSONDecoder().decode([String].self, from: Data(result.standardOutput.utf8))
    }

    /// The e-signing service: a page appended, then its seal (signer `id`), each in an update.
    static func serviceSeal(_ input: String, as id: String, pki: PKI, output: String) throws {
        let result = try CommandLineRunner.tool("python3", [tool, "service", input, output, pki.key(id), pki.certificate(id), pki.caCertificate])
        XCTAssertEqual(result.status, 0, result.standardError)
    }

    static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }
}
