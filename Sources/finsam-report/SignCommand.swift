import ArgumentParser
import Foundation
import PDFFinish
import ReportApp

/// `finsam-report sign RAPPORT.pdf --fält "Namn" --nyckel KEY.pem --certifikat CERT.pem -o UT.pdf`:
/// a PAdES signature in one member's field, appended so that earlier signatures hold.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Undertecknar en ledamots underskriftsfält i en digital årsredovisning (PAdES).")

    @Argument(help: "PDF-filen som ska undertecknas (den digitala varianten).")
    var pdf: String

    @Option(name: .customLong("fält"), help: "Underskriftsfältets namn, t.ex. \"Anna Berg (Borås stad)\" eller bara \"Anna Berg\".")
    var field: String

    @Option(name: .customLong("nyckel"), help: "Den privata nyckeln i PEM-format (RSA minst 2048 bitar eller ECDSA P-256).")
    var key: String

    @Option(name: .customLong("certifikat"), help: "Undertecknarens certifikat i PEM-format.")
    var certificate: String

    @Option(name: .customLong("kedja"), help: "Mellanliggande certifikat i PEM-format, upp till utfärdaren.")
    var chain: String?

    @Option(name: .customLong("tidsstämpel"), help: "Adress till en tidsstämpeltjänst (RFC 3161) för PAdES B-T.")
    var timeStampURL: String?

    @Option(name: [.short, .customLong("output")], help: "Den undertecknade PDF-filen (får vara samma som indata).")
    var output: String

    func run() throws {
        do {
            guard let data = FileManager.default.contents(atPath: pdf) else {
                throw PDFSigner.Failure(description: "\(pdf): filen finns inte eller kan inte läsas.")
            }
            let signer = try SignerIdentity(keyPath: key, certificatePath: certificate, chainPath: chain)
            let stamp = try timeStampURL.map { try TimeStampClient(url: $0) }
            let signed = try PDFSigner.sign(Array(data), field: field, signer: signer, time: Date(), timeStamp: stamp.map { client in
                { try client.token(for: $0) }
            })
            try AtomicFileWriter.write(to: output) { try Data(signed).write(to: URL(fileURLWithPath: $0)) }
            print("Skrev \(output)")
        } catch let error as CustomStringConvertible where error is PDFSigner.Failure || error is SignerIdentity.Failure
            || error is PDFSyntaxError || error is TimeStampClient.Failure {
            printError(error.description)
            throw FinsamExit.unreadableInput
        }
    }
}
