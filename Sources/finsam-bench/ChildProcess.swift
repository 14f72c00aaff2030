import Foundation

/// One run of a command as a user starts it: wall time from spawn to exit, and the
/// child's own peak memory (wait4's rusage, so an earlier child's peak never counts).
struct ChildRun {
    var milliseconds: Double
    var peakMegabytes: Double

    enum Failure: Error, CustomStringConvertible {
        case spawn(String, Int32)
        case exit(String, Int32)

        var description: String {
            switch self {
            case .spawn(let command, let code): return "kunde inte starta \(command) (fel \(code))"
            case .exit(let command, let status): return "\(command) avslutades med status \(status)"
            }
        }
    }

    /// Runs `executable` with `arguments`; its output is discarded unless
    /// `discardOutput` is false, when it shares this process's stdout and stderr.
    static func run(_ executable: String, _ arguments: [String], discardOutput: Bool = true) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if discardOutput {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        } else {
            // What this process printed so far comes before the child's lines (nil: every
            // stream, without touching the C library's global `stdout`).
            fflush(nil)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure.spawn(executable, spawned) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        // Exited normally (low 7 bits 0) with exit code 0 (next 8 bits).
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { throw Failure.exit(executable, status) }
        return ChildRun(milliseconds: elapsed, peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    /// `count` runs: the median and best time and the largest peak.
    static func repeated(_ count: Int, _ executable: String, _ arguments: [String]) throws -> (median: Double, best: Double, peakMegabytes: Double) {
        let runs = try (0..<count).map { _ in try run(executable, arguments) }
        let times = runs.map(\.milliseconds).sorted()
        return (times[times.count / 2], times[0], runs.map(\.peakMegabytes).max() ?? 0)
    }

    /// `finsam-report` beside this benchmark's executable.
    static func finsamReport() -> String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("finsam-report").path
    }
}
