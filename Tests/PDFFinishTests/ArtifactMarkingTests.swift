import XCTest
@testable import PDFFinish

/// Artifact marking reads operators from token ranges, with its own byte-level test of
/// which operators start a drawing: that test must be the set the verifier counts with.
final class ArtifactMarkingTests: XCTestCase {
    func testOperatorKindsAgreeWithTheDrawingOperators() {
        for name in GraphicsRules.operators.sorted() + ["", "r", "BTX", "EMCX", "ff", "*"] where !name.isEmpty {
            let kind = ArtifactMarking.Operator(Array(name.utf8)[...])
            switch name {
            case "BDC", "BMC": XCTAssertEqual(kind, .beginMarked, name)
            case "EMC": XCTAssertEqual(kind, .endMarked, name)
            case "BT": XCTAssertEqual(kind, .beginText, name)
            case "ET": XCTAssertEqual(kind, .endText, name)
            default: XCTAssertEqual(kind == .drawing, ArtifactMarking.drawingStarts.contains(name), name)
            }
        }
    }

    func testDrawingsOutsideMarkedContentAreWrapped() {
        let content = "q 1 0 0 1 0 0 cm BT /F1 12 Tf (BT re \\) EMC) Tj ET /P <</MCID 0>> BDC BT (x) Tj ET EMC 0 0 m 1 1 l S"
        let expected = "q 1 0 0 1 0 0 cm /Artifact BMC\nBT /F1 12 Tf (BT re \\) EMC) Tj ET EMC\n/P <</MCID 0>> BDC BT (x) Tj ET EMC "
            + "/Artifact BMC\n0 0 m 1 1 l S\nEMC\n"
        XCTAssertEqual(String(decoding: ArtifactMarking.marked(Array(content.utf8)), as: UTF8.self), expected)
    }

    func testInlineImageDataIsNotReadAsOperators() {
        let content = "/P <</MCID 1>> BDC EMC BI /W 1 /H 1 /BPC 8 /CS /G ID \u{1}BDC EI q Q"
        let expected = "/P <</MCID 1>> BDC EMC /Artifact BMC\nBI /W 1 /H 1 /BPC 8 /CS /G ID \u{1}BDC EI q Q\nEMC\n"
        XCTAssertEqual(String(decoding: ArtifactMarking.marked(Array(content.utf8)), as: UTF8.self), expected)
    }

    func testContentWithoutUnmarkedDrawingsIsUnchanged() {
        let content = Array("/Span <</MCID 2>> BDC BT (a) Tj ET EMC q Q".utf8)
        XCTAssertEqual(ArtifactMarking.marked(content), content)
    }
}
