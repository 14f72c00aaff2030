import ArgumentParser

/// The exit codes every subcommand keeps to: 0 ok, 1 findings in the books (nothing
/// written), 2 bad usage or unreadable input.
enum FinsamExit {
    static let findings = ExitCode(1)
    static let unreadableInput = ExitCode(2)
}
