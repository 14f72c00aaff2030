import Foundation
import XCTest

/// Two board members sign the digital annual report one after the other with
/// `finsam-report sign`; pyHanko (an independent PAdES implementation) and our `verify`
/// judge the result.
final class SigningTests: XCTestCase {
    let first = "Ann-Charlotte Angren (Arbetsförmedlingen)"
    let second = "Jonas Ryhr (Arbetsförmedlingen)"

    func testTwoMembersSignOneAfterTheOtherAndBothSignaturesHold() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let unsigned = try SigningFixture.digitalPDF()
        let once = folder + "/en.pdf", twice = folder + "/tva.pdf"
        XCTAssertEqual(try SigningFixture.sign(unsigned, field: "Ann-Charlotte Angren", as: "a", pki: pki, output: once).status, 0)
        XCTAssertEqual(try SigningFixture.sign(once, field: second, as: "b", pki: pki, output: twice).status, 0)
        // Each update leaves the earlier file as an exact prefix.
        let (original, signedOnce, signedTwice) = (try SigningFixture.bytes(unsigned), try SigningFixture.bytes(once), try SigningFixture.bytes(twice))
        XCTAssertEqual(Array(signedOnce.prefix(original.count)), original)
        XCTAssertEqual(Array(signedTwice.prefix(signedOnce.count)), signedOnce)
        let qpdf = try CommandLineRunner.tool("qpdf", ["--check", twice])
        XCTAssertEqual(qpdf.status, 0, qpdf.standardOutput)

        let status = try SigningFixture.pyHankoStatus(twice, pki: pki)
        XCTAssertEqual(status.map(\.field), [first, second])
        for signature in status {
            XCTAssertTrue(signature.intact && signature.valid && signature.trusted, "\(signature)")
            XCTAssertEqual(signature.subfilter, "/ETSI.CAdES.detached")
        }
        XCTAssertEqual(status[0].coverage, "ENTIRE_REVISION")
        XCTAssertEqual(status[0].modification_level, "FORM_FILLING")
        XCTAssertEqual(status[0].docmdp_ok, true)
        XCTAssertEqual(status[1].coverage, "ENTIRE_FILE")
        XCTAssertEqual(status[1].modification_level, "NONE")

        let verify = try CommandLineRunner.finsamReport(["verify", twice])
        // The signed file is still PDF/A-2 and PDF/UA-1: every archive rule holds.
        XCTAssertEqual(verify.status, 0, verify.standardOutput)
        let rules = try ArchivePDFTests.documentedRules()
        XCTAssertEqual(ArchivePDFTests.ruleIDs(verify.standardOutput), rules)
        XCTAssertTrue(verify.standardOutput.contains("Alla \(rules.count) regler uppfylls."), verify.standardOutput)
        let report = verify.standardOutput
        XCTAssertTrue(report.contains("Underskrifter: 2"), report)
        XCTAssertTrue(report.contains("Undertecknare: Ann-Charlotte Angren, Arbetsförmedlingen"), report)
        XCTAssertTrue(report.contains("Undertecknare: Jonas Ryhr, Arbetsförmedlingen"), report)
        XCTAssertEqual(report.components(separatedBy: "/ByteRange täcker hela filen utom /Contents: ja").count - 1, 2, report)
        XCTAssertEqual(report.components(separatedBy: "Kontrollsumman (SHA-256) stämmer: ja").count - 1, 2, report)
        XCTAssertTrue(report.contains("- underskriftsfältet \"\(second)\" undertecknat: tillåten"), report)
        XCTAssertFalse(report.contains("inte tillåten"), report)
        XCTAssertEqual(report.components(separatedBy: "Resultat: intakt, endast tillåtna ändringar efteråt").count - 1, 2, report)
        // The signing time is /M (UTC, today); the CMS carries no signing-time attribute.
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        XCTAssertTrue(report.contains("Tidpunkt (/M): \(today) "), report)
        let cms = try signatureContents(of: signedOnce)
        XCTAssertFalse(cms.contains("06092A864886F70D010905"), "signing-time attribute (1.2.840.113549.1.9.5) found")
        XCTAssertTrue(cms.contains("060B2A864886F70D010910022F"), "no signing-certificate-v2 attribute (1.2.840.113549.1.9.16.2.47)")
    }

    func testAChangedByteInsideTheSignedRangeBreaksTheSignature() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let signed = folder + "/en.pdf", tampered = folder + "/andrad.pdf"
        XCTAssertEqual(try SigningFixture.sign(try SigningFixture.digitalPDF(), field: first, as: "a", pki: pki, output: signed).status, 0)
        var bytes = try SigningFixture.bytes(signed)
        // A letter of the document's title, early in the file and inside the first range.
        let at = try XCTUnwrap(firstIndex(of: Array("redovisning".utf8), in: bytes))
        XCTAssertLessThan(at, try SigningFixture.bytes(try SigningFixture.digitalPDF()).count)
        bytes[at] = UInt8(ascii: "R")
        try Data(bytes).write(to: URL(fileURLWithPath: tampered))

        let verify = try CommandLineRunner.finsamReport(["verify", tampered])
        XCTAssertEqual(verify.status, 1, verify.standardOutput)
        XCTAssertTrue(verify.standardOutput.contains("Kontrollsumman (SHA-256) stämmer: nej"), verify.standardOutput)
        XCTAssertTrue(verify.standardOutput.contains("Resultat: BRUTEN"), verify.standardOutput)
        let status = try SigningFixture.pyHankoStatus(tampered, pki: pki)
        XCTAssertEqual(status.count, 1)
        XCTAssertFalse(status[0].intact)
        XCTAssertFalse(status[0].bottom_line)
    }

    /// B-T: the signature value is time-stamped by an RFC 3161 responder on 127.0.0.1.
    func testTimeStampFromALocalResponder() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let portFile = folder + "/port"
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", SigningFixture.tool, "tsa", portFile, pki.key("tsa"), pki.certificate("tsa")]
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var port = ""
        for _ in 0..<200 where port.isEmpty {
            usleep(50_000)
            port = (try? String(contentsOfFile: portFile, encoding: .utf8)) ?? ""
        }
        XCTAssertFalse(port.isEmpty, "the time-stamp responder did not start")
        let stamped = folder + "/stampad.pdf"
        let sign = try SigningFixture.sign(try SigningFixture.digitalPDF(), field: first, as: "a", pki: pki, output: stamped,
                                           extra: ["--tidsstämpel", "http://127.0.0.1:\(port)/"])
        XCTAssertEqual(sign.status, 0, sign.standardError)
        let status = try SigningFixture.pyHankoStatus(stamped, pki: pki)
        XCTAssertEqual(status.count, 1)
        XCTAssertTrue(status[0].intact && status[0].valid, "\(status)")
        XCTAssertTrue(status[0].timestamp_valid, "pyHanko found no valid signature time stamp: \(status)")
        let verify = try CommandLineRunner.finsamReport(["verify", stamped])
        XCTAssertTrue(verify.standardOutput.contains("ETSI.CAdES.detached med tidsstämpel (B-T)"), verify.standardOutput)

        let refused = try SigningFixture.sign(try SigningFixture.digitalPDF(), field: first, as: "a", pki: pki, output: folder + "/x.pdf",
                                              extra: ["--tidsstämpel", "http://127.0.0.1:1/"])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.standardError.contains("tidsstämpeltjänsten svarar inte"), refused.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/x.pdf"))
    }

    private func signatureContents(of bytes: [UInt8]) throws -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        let start = try XCTUnwrap(text.range(of: "/Contents <", options: .backwards))
        let end = try XCTUnwrap(text.range(of: ">", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }

    private func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
