import ArgumentParser
import Foundation
import ReportCore
import ReportPreview

/// `finsam-report forhandsgranska MAPP [--port N]` (or `preview`): the report's pages in
/// the web browser, updated each time a file of the folder is saved.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forhandsgranska",
        abstract: "Visar rapportens sidor i webbläsaren och uppdaterar dem varje gång en fil i mappen sparas.",
        discussion: """
            Startar en liten webbserver som bara nås från den här datorn (127.0.0.1). Öppna adressen \
            som skrivs ut i webbläsaren. Sidorna sätts om inom en sekund efter att en fil i mappen sparats; \
            hittar kontrollerna ett fel visas felet och filen som ska rättas i stället för sidorna. \
            Avsluta med Ctrl+C.
            """,
        aliases: ["preview"])

    @Argument(help: "Rapportmappen, t.ex. mitt-forbund-2025.")
    var folder: String

    @Option(name: .long, help: "Porten webbservern lyssnar på (0 väljer en ledig port).")
    var port: Int = 8080

    func run() throws {
        guard isDirectory(folder) else { throw InputError("Ska vara en rapportmapp, men finns inte eller är ingen mapp.", file: folder) }
        guard (0...65535).contains(port) else { throw UsageError(message: "--port ska vara ett tal från 0 till 65535, inte \(port).") }
        let server = PreviewServer(folder: folder, port: port)
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                try await server.run { address in
                    print("Förhandsgranskningen visas på \(address) (avsluta med Ctrl+C).")
                    fflush(nil)
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        if let error = failure.error {
            throw UsageError(message: "webbservern kunde inte starta på port \(port) (\(error)); välj en annan port med --port.")
        }
    }

    /// The server task's error, read after the task signalled.
    private final class FailureBox: @unchecked Sendable {
        var error: Error?
    }
}
