import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// Renders an annual report folder: inputs, model and every check first; when a check
/// fails, `FindingsFailure` is thrown before anything is laid out or written, so an earlier
/// PDF stays as it was.
enum AnnualReportRender {
    /// `specification` also writes the auditors' specification (`NAME-specifikation.pdf`),
    /// `revision` the whole auditors' package (`RevisionPackage`): the specification, the
    /// check report and the model beside the report.
    static func render(folder: String, name: String, outputDirectory: String, signing: SigningVariant? = nil, revision: Bool = false,
                       specification: Bool = false, progress: ProgressLog = .silent,
                       renderer: () throws -> DocumentRenderer) throws -> RenderResult {
        let prepared = try prepare(folder: folder, signing: signing, withProvenance: specification || revision, progress: progress,
                                   renderer: renderer)
        let path = outputDirectory + "/" + name + ".pdf"
        try progress.stage("Skriver och prövar PDF-filen") { try prepared.renderer.write(prepared.document, to: path) }
        ObjectLifetime.keep(prepared.renderer, prepared.document)
        let specificationPath = outputDirectory + "/" + name + "-specifikation.pdf"
        let checked = prepared.inputs.inputFindings + prepared.findings
        let written = specification || revision
            ? [try progress.stage("Skriver specifikationen") {
                try SpecificationRender.write(prepared.model, books: prepared.inputs.books, findings: checked,
                                              renderer: prepared.renderer, to: specificationPath)
            }]
            : []
        let package = revision
            ? try RevisionPackage.write(.init(model: prepared.model, inputs: prepared.inputs, findings: checked, reportPath: path,
                                              specificationPath: specificationPath),
                                        name: name, outputDirectory: outputDirectory)
            : []
        return RenderResult(paths: [path] + written + package, warnings: prepared.findings.filter { $0.severity == .warning })
    }

    /// The report's pages and the checks' findings (none an error), nothing written.
    static func layOut(folder: String, signing: SigningVariant?, progress: ProgressLog = .silent,
                       renderer: () throws -> DocumentRenderer) throws
        -> (document: LaidOutDocument, findings: [Finding], renderer: DocumentRenderer) {
        let prepared = try prepare(folder: folder, signing: signing, withProvenance: false, progress: progress, renderer: renderer)
        return (prepared.document, prepared.findings, prepared.renderer)
    }

    /// Everything a render computes before it writes: inputs, model, findings and pages.
    struct Prepared {
        var inputs: ReportInputs
        var model: AnnualReportModel
        var findings: [Finding]
        var document: LaidOutDocument
        var renderer: DocumentRenderer
    }

    /// `withProvenance`: the model also says where each figure came from (the specification
    /// and the auditors' package print it; the report itself does not).
    static func prepare(folder: String, signing: SigningVariant?, withProvenance: Bool, progress: ProgressLog = .silent,
                        renderer: () throws -> DocumentRenderer) throws -> Prepared {
        let inputs = try progress.stage("Läser bokföringen och rapportmappen") { try ReportFolder.load(path: folder) }
        let (built, findings) = progress.stage("Räknar och kontrollerar") { AnnualReportBuilder.build(inputs, withProvenance: withProvenance) }
        guard var model = built else { throw FindingsFailure(findings: findings) }
        if let signing { model.signing = signing }
        let documentRenderer = try progress.stage("Läser typsnitten") { try renderer() }
        let glyphs = MissingGlyphs.findings(inputs.texts.map { ($0.file, $0.text) }, coverage: documentRenderer.coverage)
        if !glyphs.isEmpty { throw FindingsFailure(findings: findings + glyphs) }
        let document = AnnualReportComposer.compose(model)
        let laidOut = try progress.stage("Sätter sidorna") { try documentRenderer.layout(document, layoutName: model.layout) }
        ObjectLifetime.keep(inputs, model, document)
        return Prepared(inputs: inputs, model: model, findings: findings, document: laidOut, renderer: documentRenderer)
    }
}
