import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// Renders an annual report folder: inputs, model and every check first; when a check
/// fails, `FindingsFailure` is thrown before anything is laid out or written, so an earlier
/// PDF stays as it was.
enum AnnualReportRender {
    static func render(folder: String, name: String, outputDirectory: String, signing: SigningVariant? = nil,
                       renderer: () throws -> DocumentRenderer) throws -> RenderResult {
        let (laidOut, findings, documentRenderer) = try layOut(folder: folder, signing: signing, renderer: renderer)
        let path = outputDirectory + "/" + name + ".pdf"
        try documentRenderer.write(laidOut, to: path)
        ObjectLifetime.keep(documentRenderer, laidOut)
        return RenderResult(paths: [path], warnings: findings.filter { $0.severity == .warning })
    }

    /// The report's pages and the checks' findings (none an error), nothing written.
    static func layOut(folder: String, signing: SigningVariant?, renderer: () throws -> DocumentRenderer) throws
        -> (document: LaidOutDocument, findings: [Finding], renderer: DocumentRenderer) {
        let inputs = try ReportFolder.load(path: folder)
        let (built, findings) = AnnualReportBuilder.build(inputs)
        guard var model = built else { throw FindingsFailure(findings: findings) }
        if let signing { model.signing = signing }
        let documentRenderer = try renderer()
        let glyphs = MissingGlyphs.findings(inputs.texts.map { ($0.file, $0.text) }, coverage: documentRenderer.coverage)
        if !glyphs.isEmpty { throw FindingsFailure(findings: findings + glyphs) }
        let document = AnnualReportComposer.compose(model)
        let laidOut = try documentRenderer.layout(document, layoutName: model.layout)
        ObjectLifetime.keep(inputs, model, document)
        return (laidOut, findings, documentRenderer)
    }
}
