import Foundation
import XCTest

/// An e-signing service appends its verification page in an incremental update and seals
/// the whole file with its own signature (pyHanko plays the service). Our empty fields
/// must not disturb its seal, members can still sign after it, and when a member signed
/// first the service's page shows up as a change after that signature.
final class SigningServiceTests: XCTestCase {
    let member = "Jonas Ryhr (Arbetsförmedlingen)"
    let service = "E-underskriftstjanst"

    func testServiceSealsTheUnsignedDigitalVariantAndAMemberSignsAfterIt() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let sealed = folder + "/forseglad.pdf", signed = folder + "/undertecknad.pdf"
        try SigningFixture.serviceSeal(try SigningFixture.digitalPDF(), as: "a", pki: pki, output: sealed)
        let alone = try SigningFixture.pyHankoStatus(sealed, pki: pki)
        XCTAssertEqual(alone.map(\.field), [service])
        XCTAssertTrue(alone[0].intact && alone[0].valid && alone[0].docmdp_ok == true, "\(alone)")
        XCTAssertEqual(alone[0].coverage, "ENTIRE_FILE")

        XCTAssertEqual(try SigningFixture.sign(sealed, field: "Jonas Ryhr", as: "b", pki: pki, output: signed).status, 0)
        let both = try SigningFixture.pyHankoStatus(signed, pki: pki)
        XCTAssertEqual(Set(both.map(\.field)), [service, member])
        for signature in both { XCTAssertTrue(signature.intact && signature.valid && signature.docmdp_ok == true, "\(signature)") }
        XCTAssertEqual(both.first { $0.field == service }?.modification_level, "FORM_FILLING")

        let verify = try CommandLineRunner.finsamReport(["verify", signed])
        // The simulated service's page uses an unembedded font, so PDF/A is its problem here;
        // the signatures section must pass.
        XCTAssertTrue(verify.standardOutput.contains("Resultat: intakt, endast tillåtna ändringar efteråt"), verify.standardOutput)
        XCTAssertTrue(verify.standardOutput.contains("1. Fältet \"\(service)\""), verify.standardOutput)
        XCTAssertTrue(verify.standardOutput.contains("2. Fältet \"\(member)\""), verify.standardOutput)
    }

    func testAMemberSignsFirstAndTheServicePageIsAChangeNotAllowedAfterIt() throws {
        let (pki, folder) = (try SigningFixture.requirePKI(), try CommandLineRunner.temporaryDirectory())
        let signed = folder + "/undertecknad.pdf", sealed = folder + "/forseglad.pdf"
        XCTAssertEqual(try SigningFixture.sign(try SigningFixture.digitalPDF(), field: member, as: "b", pki: pki, output: signed).status, 0)
        try SigningFixture.serviceSeal(signed, as: "a", pki: pki, output: sealed)
        let status = try SigningFixture.pyHankoStatus(sealed, pki: pki)
        let ours = try XCTUnwrap(status.first { $0.field == member }), theirs = try XCTUnwrap(status.first { $0.field == service })
        XCTAssertTrue(theirs.intact && theirs.valid && theirs.docmdp_ok == true, "\(theirs)")
        XCTAssertTrue(ours.intact && ours.valid, "\(ours)")
        XCTAssertEqual(ours.modification_level, "OTHER")
        XCTAssertEqual(ours.docmdp_ok, false)

        let verify = try CommandLineRunner.finsamReport(["verify", sealed])
        XCTAssertEqual(verify.status, 1, verify.standardOutput)
        let report = verify.standardOutput
        XCTAssertTrue(report.contains("Kontrollsumman (SHA-256) stämmer: ja"), report)
        XCTAssertTrue(report.contains("tillagd: inte tillåten"), report)
        XCTAssertTrue(report.contains("- nytt underskriftsfält \"\(service)\": tillåten"), report)
        XCTAssertTrue(report.contains("Resultat: intakt, men ändrad efteråt på ett sätt som inte är tillåtet"), report)
    }
}
