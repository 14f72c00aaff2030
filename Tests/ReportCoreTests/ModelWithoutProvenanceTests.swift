import XCTest
@testable import ReportCore

/// A plain render builds the model without the provenance (only the specification, the
/// auditors' package and `explain` read it): everything else must be the very same model,
/// with the same findings.
final class ModelWithoutProvenanceTests: XCTestCase {
    func testTheModelWithoutProvenanceIsTheSameModelWithAnEmptyProvenance() throws {
        for folder in ["sjuharad-2024", "kvarnsjo-2023", "nordvastra-2024"] {
            let inputs = try ReportFolder.load(path: ExampleFolders.path(folder))
            let full = AnnualReportBuilder.build(inputs), plain = AnnualReportBuilder.build(inputs, withProvenance: false)
            var fullModel = try XCTUnwrap(full.model, folder)
            let plainModel = try XCTUnwrap(plain.model, folder)
            XCTAssertFalse(fullModel.provenance.rows.isEmpty, folder)
            XCTAssertEqual(plainModel.provenance, ModelProvenance(), folder)
            fullModel.provenance = ModelProvenance()
            XCTAssertEqual(plainModel, fullModel, folder)
            XCTAssertEqual(plain.findings, full.findings, folder)
        }
    }
}
