import ArgumentParser
import Foundation
import ReportCore

/// `finsam-report check FILE.se [--verbose]`: reads the books and runs every check,
/// printing each finding as `fil:rad: fel: …` and a one-line summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollerar bokföringen i en SIE 4-fil utan att skriva någon rapport.",
        discussion: """
            Läser SIE-filen och prövar att varje verifikation balanserar, att ingående balans plus \
            årets transaktioner blir utgående balans, att #RES och #PSALDO stämmer med transaktionerna, \
            att fjolårets utgående balanser är årets ingående och att kontrollsumman (#KSUMMA) stämmer. \
            Avslutas med kod 0 när allt stämmer, 1 när fel hittades och 2 när filen inte kan läsas.
            """)

    @Argument(help: "SIE 4-filen som bokföringsprogrammet exporterat, t.ex. bokforing.se, eller en rapportmapp (då körs alla kontroller som rapporten gör innan den skrivs).")
    var file: String

    @Flag(name: .long, help: "Visa också de poster i filen som inte lästes (okända etiketter).")
    var verbose = false

    @OptionGroup var messages: OutputOptions

    func run() throws {
        let outcome: CheckOutcome
        do {
            outcome = try isDirectory(file) ? checkReportFolder(path: file, progress: messages.progress()) : checkSIEFile(path: file)
        } catch let error as InputError {
            printError(error.description)
            throw FinsamExit.unreadableInput
        }
        for finding in outcome.findings where !messages.quiet || finding.severity == .error { printError(finding.description) }
        guard !messages.quiet else {
            if outcome.errorCount > 0 { throw FinsamExit.findings }
            return
        }
        if verbose { printSkipped(outcome) }
        print(outcome.summary)
        if outcome.errorCount > 0 { throw FinsamExit.findings }
    }

    private func printSkipped(_ outcome: CheckOutcome) {
        guard !outcome.skippedRecords.isEmpty else {
            print("Alla poster i filen lästes.")
            return
        }
        print("Poster som inte lästes (\(outcome.skippedRecords.count)):")
        for record in outcome.skippedRecords { print("  \(outcome.fileName):\(record.line): \(record.label)") }
    }
}

/// What `check` found in one input. A report folder holds several inputs; checking one
/// is then a matter of calling the function below for its SIE file and joining outcomes.
struct CheckOutcome {
    var fileName: String
    var findings: [Finding]
    var skippedRecords: [SkippedRecord]
    var voucherCount: Int
    var transactionCount: Int
    /// False for a plain document, which has no bookkeeping to check.
    var hasBooks = true

    var errorCount: Int { findings.filter { $0.severity == .error }.count }
    var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    var summary: String {
        let todo = findings.filter { $0.code == "att-gora" }.count
        if todo > 0 { return "\(fileName): \(todo) uppgifter återstår att fylla i (Att göra, FYLL I i filerna ovan); bokföringen kontrolleras när de är ifyllda." }
        guard hasBooks else { return "\(fileName): alla indata kunde läsas; dokumentet har ingen bokföring att kontrollera." }
        let contents = "\(voucherCount) verifikationer, \(transactionCount) transaktioner"
        if errorCount == 0 {
            let warnings = warningCount == 0 ? "" : " (\(warningCount) \(warningCount == 1 ? "varning" : "varningar"))"
            return "\(fileName): bokföringen klarar kontrollerna\(warnings); \(contents)."
        }
        let warnings = warningCount == 0 ? "" : " och \(warningCount) \(warningCount == 1 ? "varning" : "varningar")"
        return "\(fileName): \(errorCount) fel\(warnings) i bokföringen; \(contents)."
    }
}

/// Reads a SIE file and runs the checks of the books on it.
func checkSIEFile(path: String) throws -> CheckOutcome {
    let document = try SIEReader.read(path: path)
    let books = document.books
    return CheckOutcome(
        fileName: document.fileName, findings: BooksChecks.run(document), skippedRecords: document.skippedRecords,
        voucherCount: books.vouchers.count, transactionCount: books.transactionCount)
}
