import ArgumentParser
import Foundation
import PDFFinish

/// `finsam-report verify FILE.pdf`: checks the PDF/A-2 and PDF/UA-1 rules and prints a
/// Swedish report of each, then a section on each signature (issue 14, `SignatureSection`);
/// exit 1 when a rule fails or a signature is broken or followed by a change not allowed,
/// 2 when the file cannot be read.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kontrollerar att en PDF-fil uppfyller PDF/A-2 och PDF/UA-1 (de regler som går att pröva maskinellt).")

    @Argument(help: "PDF-filen som ska kontrolleras.")
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("Filen \(file) finns inte eller går inte att läsa.")
            throw FinsamExit.unreadableInput
        }
        let report: VerificationReport
        let signatures: [SignatureReport]
        do {
            report = try PDFVerifier.verify([UInt8](data), file: file)
            signatures = try SignatureVerifier.verify([UInt8](data))
        } catch {
            printError("\(file): \(error)")
            throw FinsamExit.unreadableInput
        }
        print(report.text, terminator: "")
        print("\n" + SignatureSection.text(signatures))
        if !report.passed || !SignatureSection.passes(signatures) { throw FinsamExit.findings }
    }
}
