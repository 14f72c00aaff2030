import ArgumentParser
import Foundation
import ReportCore

/// `finsam-report model FOLDER --json`: the computed annual report model as stable JSON
/// (sorted keys; amounts as exact decimal strings such as "-22704789.01", tkr as "-18609"
/// or "191.0"), for auditors and tests.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Skriver rapportens beräknade siffror som JSON (årsredovisning eller tertialrapport med brevens siffror).")

    @Argument(help: "Rapportmappen, t.ex. examples/hello.")
    var folder: String

    @Flag(name: .long, help: "Skriv modellen som JSON (det enda formatet i dag).")
    var json = false

    @Flag(name: .customLong("verifikationer"),
          help: "Ta med verifikationerna (serie, nummer, datum, text, belopp) bakom varje balansförändring i härkomsten.")
    var vouchers = false

    func run() throws {
        let inputs: ReportInputs
        do {
            if try ReportKind.detect(folder: folder) == .tertialReport { return try runTertial() }
            inputs = try ReportFolder.load(path: folder)
        } catch let error as InputError {
            printError(error.description)
            throw FinsamExit.unreadableInput
        }
        let (built, findings) = AnnualReportBuilder.build(inputs)
        for finding in findings { printError(finding.description) }
        guard var model = built else {
            printError("Ingen modell: rätta felen ovan och kör igen.")
            throw FinsamExit.findings
        }
        if vouchers { model.provenance = ProvenanceBuilder.addingVouchers(model.provenance, books: inputs.books, year: model.year) }
        print(try ModelJSON.encode(model))
    }

    /// A tertial report: the period, the forecast and each letter's member figures.
    private func runTertial() throws {
        let (model, findings) = TertialReportBuilder.build(try TertialFolder.load(path: folder))
        for finding in findings { printError(finding.description) }
        guard let model else {
            printError("Ingen modell: rätta felen ovan och kör igen.")
            throw FinsamExit.findings
        }
        print(try TertialModelJSON.encode(model))
    }
}
