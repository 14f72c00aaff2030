import ArgumentParser

/// The root command: lists the subcommands. Each subcommand lives in its own file.
@main
struct FinsamReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finsam-report",
        abstract: "Gör årsredovisning, tertialrapporter och medlemsbrev för ett samordningsförbund.",
        subcommands: [RenderCommand.self, CheckCommand.self, ModelCommand.self]
    )
}
