import Foundation
import ReportCore

/// One line per stage of a run ("Sätter sidorna … 412 ms"), for a run that takes longer
/// than a second: lines are held back until the run has lasted `threshold`, then the held
/// lines and every later one go to `sink` (the command line's stderr). A quick run
/// prints nothing. The library never prints itself; the sink decides.
public final class ProgressLog: @unchecked Sendable {
    public static let silent = ProgressLog(sink: nil)

    private let sink: ((String) -> Void)?
    private let threshold: TimeInterval
    private let started: Date
    private var held: [String] = []
    private var released = false
    private let lock = NSLock()

    public init(sink: ((String) -> Void)?, threshold: TimeInterval = 1, started: Date = Date()) {
        self.sink = sink
        self.threshold = threshold
        self.started = started
    }

    /// Runs one stage and reports it with its time in milliseconds.
    public func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let begin = Date()
        let value = try work()
        record(Self.line(name, milliseconds: Int((Date().timeIntervalSince(begin) * 1000).rounded())))
        return value
    }

    /// "Sätter sidorna … 1 830 ms": the figure grouped as every figure the program prints.
    static func line(_ name: String, milliseconds: Int) -> String {
        "\(name) … \(SwedishNumberFormat.grouped(UInt64(max(0, milliseconds)))) ms"
    }

    /// The lines that have been printed (held ones not included), for tests.
    public private(set) var printed: [String] = []

    private func record(_ line: String) {
        guard let sink else { return }
        lock.lock()
        defer { lock.unlock() }
        held.append(line)
        if !released && Date().timeIntervalSince(started) >= threshold { released = true }
        guard released else { return }
        for line in held {
            sink(line)
            printed.append(line)
        }
        held.removeAll()
    }
}
