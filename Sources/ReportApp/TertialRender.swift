import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// Renders a tertial report folder: the report, one letter per member with the report
/// enclosed, and every letter in one file for printing, all in `OUTPUT/<folder>/`.
/// Everything is checked and laid out before the first file is written, so a failure
/// leaves the earlier files as they were.
enum TertialRender {
    static let reportFileName = "tertialrapport.pdf"

    static func render(folder: String, outputDirectory: String, period: ReportPeriod?,
                       progress: ProgressLog = .silent, renderer: DocumentRenderer) throws -> RenderResult {
        let (model, files, findings) = try layOutModel(folder: folder, period: period, progress: progress, renderer: renderer)
        let directory = outputDirectory + "/" + subfolder(folder: folder, period: period)
        var paths: [String] = []
        for (name, document) in files {
            let path = directory + "/" + name
            try progress.stage("Skriver och prövar \(name)") { try renderer.write(document, to: path) }
            paths.append(path)
        }
        let checkReport = directory + "/" + checkReportFileName
        let text = TertialCheckText.lines(model, findings: findings, files: files.map(\.name)).joined(separator: "\n") + "\n"
        try AtomicFileWriter.write(to: checkReport) { temporary in try Data(text.utf8).write(to: URL(fileURLWithPath: temporary)) }
        return RenderResult(paths: paths + [checkReport], warnings: findings)
    }

    /// The checks' findings and how the tables meet each other, for the office, not the members.
    static let checkReportFileName = "tertialrapport-kontrollrapport.txt"

    /// Every file's pages (the report first) and the checks' findings, nothing written.
    static func layOut(folder: String, period: ReportPeriod?, progress: ProgressLog = .silent, renderer: DocumentRenderer) throws
        -> (files: [(name: String, document: LaidOutDocument)], findings: [Finding]) {
        let (_, files, findings) = try layOutModel(folder: folder, period: period, progress: progress, renderer: renderer)
        return (files, findings)
    }

    private static func layOutModel(folder: String, period: ReportPeriod?, progress: ProgressLog, renderer: DocumentRenderer) throws
        -> (model: TertialReportModel, files: [(name: String, document: LaidOutDocument)], findings: [Finding]) {
        let inputs = try progress.stage("Läser bokföringen och rapportmappen") { try TertialFolder.load(path: folder, period: period) }
        let (model, findings) = progress.stage("Räknar och kontrollerar") { TertialReportBuilder.build(inputs) }
        guard let model else { throw FindingsFailure(findings: findings) }
        let texts = [inputs.reportText, inputs.letter.template].map { ($0.file, $0.text) }
        let glyphs = MissingGlyphs.findings(texts, coverage: renderer.coverage)
        if !glyphs.isEmpty { throw FindingsFailure(findings: findings + glyphs) }
        return (model, try progress.stage("Sätter sidorna") { try layOut(model, renderer: renderer).files }, findings)
    }

    /// Every file's pages: the report, each letter, the combined letters. The renderer
    /// keeps one engine per layout, so all eleven letters share the letter layout's engine.
    static func layOut(_ model: TertialReportModel, renderer: DocumentRenderer) throws
        -> (files: [(name: String, document: LaidOutDocument)], letters: [LaidOutDocument]) {
        let report = try renderer.layout(TertialReportComposer.compose(model), layoutName: TertialReportComposer.layoutName)
        var files: [(name: String, document: LaidOutDocument)] = [(reportFileName, report)]
        var letters: [(member: String, document: LaidOutDocument, coverPages: Int)] = []
        for letter in model.letters {
            let composed = LetterComposer.compose(letter, reportTitle: model.title, associationName: model.associationName,
                                                  period: model.period)
            let covering = try renderer.layout(composed, layoutName: LetterComposer.layoutName)
            let document = LetterPages.letter(covering, enclosing: report)
            files.append((LetterFileName.fileName(shortName: letter.shortName), document))
            letters.append((letter.memberName, document, covering.pages.count))
        }
        let metadata = DocumentMetadata(title: "\(model.title), brev till samtliga medlemmar", author: model.associationName,
                                        subject: model.title, keywords: ["tertialrapport", "brev"],
                                        creationDate: PDFDate.noon(TertialReportComposer.issueDate(model)))
        files.append((LetterFileName.combined, LetterPages.combined(letters, metadata: metadata)))
        return (files, letters.map(\.document))
    }

    /// Each letter file's covering pages, without the report it encloses (the first file)
    /// and without the combined file for printing.
    static func coveringLetters(_ files: [(name: String, document: LaidOutDocument)]) -> [SessionLetter] {
        guard let report = files.first?.document else { return [] }
        return files.dropFirst().filter { $0.name != LetterFileName.combined }.map { file in
            SessionLetter(file: file.name, pages: Array(file.document.pages.dropLast(report.pages.count)))
        }
    }

    /// The folder's name ("tertial-t1"), or "tertial-t1-201701-201708" when the command line
    /// chose another period than rapport.yaml, so that one never overwrites the other.
    static func subfolder(folder: String, period: ReportPeriod?) -> String {
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        guard let period else { return name }
        return "\(name)-\(period.start.compact)-\(period.end.compact)"
    }
}
