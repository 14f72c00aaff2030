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

/// The check report in Swedish: what was checked, every finding that did not stop the
/// report (warnings, information), and the archive rules `verify` tried on the PDF.
enum CheckReportText {
    /// `files` are the package's four file names (report, specification, this report, model),
    /// `verifications` `verify`'s results on the report and on the specification.
    static func text(_ contents: RevisionPackage.Contents, files: [String], verifications: [VerificationReport]) -> String {
        let model = contents.model, books = contents.inputs.books
        let findings = contents.inputs.inputFindings + contents.findings
        var lines = [
            "Kontrollrapport: \(model.association.name), årsredovisning \(model.year)",
            "Rapporten: \(files[0]), beslutsdatum \(model.decisionDate).",
            "Bokföringen: \(contents.inputs.booksFile), \(books.vouchers.count) verifikationer, \(books.transactionCount) transaktioner.",
            "Paketet: \(files[0]) (årsredovisningen), \(files[1]) (specifikationen med konton och belopp bakom varje rad), "
                + "\(files[2]) (den här kontrollrapporten), \(files[3]) (modellen som JSON, samma som finsam-report model --json).",
            "",
            "1. Bokföringen och rapportens underlag",
            "Prövat: att varje verifikation balanserar; att ingående balans och årets transaktioner ger utgående balans; "
                + "att #RES och #PSALDO stämmer med transaktionerna; att fjolårets utgående balanser är årets ingående; "
                + "att bokföringen hör till rapporten (organisationsnummer, räkenskapsår); att varje konto står på en rad; "
                + "att balansräkningen balanserar; att resultatet och det egna kapitalet hänger ihop; kassaflödet; noternas summor; "
                + "driftredovisningens summor; balanskravet; siffrorna i texterna; deltagarna; flerårsöversikten mot historiken; "
                + "styrelsen på beslutsdagen.",
        ]
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = findings.filter { $0.severity == .warning }
        let information = findings.filter { $0.severity == .information }
        lines.append("Resultat: \(errors) fel, \(warnings.count) \(warnings.count == 1 ? "varning" : "varningar"), "
                     + "\(information.count) \(information.count == 1 ? "upplysning" : "upplysningar").")
        lines += (warnings + information).map { "  " + $0.description }
        for (number, (title, verification)) in zip(["årsredovisningen", "specifikationen"], verifications).enumerated() {
            lines += ["", "\(number + 2). Arkivformatet för \(title) \(verification.file) (finsam-report verify: PDF/A-2a och PDF/UA-1)"]
            lines.append(verification.text)
        }
        return lines.joined(separator: "\n")
    }
}
