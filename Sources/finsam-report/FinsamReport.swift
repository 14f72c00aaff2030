import ArgumentParser
import Foundation

/// The root command: lists the subcommands. Each subcommand lives in its own file.
@main
struct FinsamReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finsam-report",
        abstract: "Gör årsredovisning, tertialrapporter och medlemsbrev för ett samordningsförbund.",
        subcommands: [InitCommand.self, RenderCommand.self, CheckCommand.self, ModelCommand.self, SignCommand.self, VerifyCommand.self,
                      ExplainCommand.self, DiffCommand.self,
                      PreviewCommand.self]
    )

    /// Parses and runs a subcommand; every error goes through `ErrorBoundary`.
    static func main() {
        MallocArenas.useOne()
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch {
            Foundation.exit(ErrorBoundary.exitCode(for: error))
        }
    }
}
