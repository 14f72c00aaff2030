import ReportCore
import ReportDocuments

/// Writes the auditors' specification beside the annual report: the model's provenance
/// and the checks of this build, set with the report's layout, finished and verified as
/// PDF/A-2a and PDF/UA-1 like every document.
public enum SpecificationRender {
    static func write(_ model: AnnualReportModel, books: Books, findings: [Finding], renderer: DocumentRenderer,
                      to path: String) throws -> String {
        let checks = CheckList.run(model, books: books, findings: findings)
        let laidOut = try renderer.layout(SpecificationComposer.compose(model, checks: checks), layoutName: model.layout)
        try renderer.write(laidOut, to: path)
        return path
    }
}
