import Foundation
import PDFFinish
import ReportCore

/// `render --revision`: the auditors' package beside the report in the output folder: the
/// specification (written before this), the check report (the books' and the report's
/// checks, and `verify`'s result on both written PDFs) and the model as JSON, so that the
/// auditors can trace and compare every figure.
enum RevisionPackage {
    struct Contents {
        var model: AnnualReportModel
        var inputs: ReportInputs
        /// Every finding of the checks: the inputs' own and the model's.
        var findings: [Finding]
        var reportPath: String
        var specificationPath: String
    }

    /// Writes the package's files (each atomically) and returns their paths.
    static func write(_ contents: Contents, name: String, outputDirectory: String) throws -> [String] {
        let checkReport = outputDirectory + "/" + name + "-kontrollrapport.txt"
        let modelFile = outputDirectory + "/" + name + "-modell.json"
        let verifications = try [contents.reportPath, contents.specificationPath].map(verify)
        let files = [contents.reportPath, contents.specificationPath, checkReport, modelFile].map(fileName)
        try write(CheckReportText.text(contents, files: files, verifications: verifications), to: checkReport)
        try write(try ModelJSON.encode(contents.model) + "\n", to: modelFile)
        return [checkReport, modelFile]
    }

    static func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

    private static func verify(_ path: String) throws -> VerificationReport {
        try PDFVerifier.verify([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: fileName(path))
    }

    private static func write(_ text: String, to path: String) throws {
        try AtomicFileWriter.write(to: path) { temporary in
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        }
    }
}

/// The check report in Swedish: every check of `CheckList` (the list the specification
/// prints) with its result, what it compared and its findings (warnings, information),
/// then the archive rules `verify` tried on both PDFs.
enum CheckReportText {
    /// `files` are the package's four file names (report, specification, this report, model),
    /// `verifications` `verify`'s results on the report and on the specification.
    static func text(_ contents: RevisionPackage.Contents, files: [String], verifications: [VerificationReport]) -> String {
        let model = contents.model, books = contents.inputs.books
        var lines = [
            "Kontrollrapport: \(model.association.name), årsredovisning \(model.year)",
            "Rapporten: \(files[0]), beslutsdatum \(model.decisionDate).",
            "Bokföringen: \(contents.inputs.booksFile), \(books.vouchers.count) verifikationer, \(books.transactionCount) transaktioner.",
            "Paketet: \(files[0]) (årsredovisningen), \(files[1]) (specifikationen med konton och belopp bakom varje rad), "
                + "\(files[2]) (den här kontrollrapporten), \(files[3]) (modellen som JSON, samma som finsam-report model --json).",
            "",
            "1. Bokföringens och rapportens kontroller (samma som i specifikationen)",
        ]
        lines.append(summary(contents.findings))
        let results = CheckList.run(model, books: books, findings: contents.findings)
        for result in results {
            lines.append("  \(result.outcome.text): \(result.name)." + (result.detail.map { " " + $0 } ?? ""))
            lines += result.findings.map { "      " + $0 }
        }
        for (number, (title, verification)) in zip(["årsredovisningen", "specifikationen"], verifications).enumerated() {
            lines += ["", "\(number + 2). Arkivformatet för \(title) \(verification.file) (finsam-report verify: PDF/A-2a och PDF/UA-1)"]
            lines.append(verification.text)
        }
        return lines.joined(separator: "\n")
    }

    /// The count of findings by severity: "Resultat: 0 fel, 2 varningar, 1 upplysning."
    static func summary(_ findings: [Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }.count
        let information = findings.filter { $0.severity == .information }.count
        return "Resultat: \(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar"), "
            + "\(information) \(information == 1 ? "upplysning" : "upplysningar")."
    }
}
