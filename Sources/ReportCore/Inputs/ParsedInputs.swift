import Foundation

/// Input files already parsed, for a caller that reads the same folder again and again
/// (the preview's session): within `reading`, a yaml or SIE file whose bytes and name are
/// those it had when last parsed gives the value it gave then, without being parsed again.
/// Kept by content, not by modification time: a file rewritten with the same size in the
/// same second is still parsed anew when one byte differs. Only the parse of one file's
/// bytes is kept, which depends on nothing else; every check across files runs each time.
public final class ParsedInputs: @unchecked Sendable {
    @TaskLocal static var current: ParsedInputs?

    private struct Entry {
        var source: Any
        var value: Any
    }

    private var kept: [String: Entry] = [:]
    private let lock = NSLock()

    public init() {}

    /// Runs `work` (a folder's reading) with this store's parsed files at hand.
    public func reading<T>(_ work: () throws -> T) rethrows -> T {
        try Self.$current.withValue(self, operation: work)
    }

    /// `parse()` of a file's content (its bytes or text), or what it gave before for the
    /// same content under the same name (the name is part of every message it makes).
    static func value<Source: Equatable, T>(kind: String, name: String, source: Source, parse: () throws -> T) rethrows -> T {
        guard let store = current else { return try parse() }
        let key = kind + "\u{0}" + name
        if let entry = store.entry(key), entry.source as? Source == source, let value = entry.value as? T { return value }
        let value = try parse()
        store.keep(key, Entry(source: source, value: value))
        return value
    }

    private func entry(_ key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return kept[key]
    }

    private func keep(_ key: String, _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        kept[key] = entry
    }
}
