import Foundation

/// Runs a bad-input suite's cases on a few threads at once. Each thread has its own copy of
/// the example folders (a case changes one file and puts it back) and its own fonts; the
/// results come back in the cases' order. The check itself keeps no state between runs.
enum BadInputParallel {
    static let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))

    /// `body(worker, index)` for every index below `count`, `makeWorker(thread)` once a thread.
    static func map<Worker, Result>(count: Int, makeWorker: (Int) throws -> Worker,
                                    _ body: @escaping (Worker, Int) -> Result) throws -> [Result] {
        let job = Job(workers: try (0..<threads).map(makeWorker), count: count, body: body)
        DispatchQueue.concurrentPerform(iterations: job.workers.count) { thread in
            while let index = job.next() { job.store(job.body(job.workers[thread], index), at: index) }
        }
        return job.results.map { $0! }
    }

    /// The workers, the body and the results, shared by the threads: the next index and the
    /// results are taken under the lock, and each worker is used by its own thread only.
    private final class Job<Worker, Result>: @unchecked Sendable {
        let workers: [Worker]
        let body: (Worker, Int) -> Result
        private let lock = NSLock()
        private var taken = 0
        private(set) var results: [Result?]

        init(workers: [Worker], count: Int, body: @escaping (Worker, Int) -> Result) {
            self.workers = workers
            self.body = body
            results = Array(repeating: nil, count: count)
        }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard taken < results.count else { return nil }
            taken += 1
            return taken - 1
        }

        func store(_ result: Result, at index: Int) {
            lock.lock()
            defer { lock.unlock() }
            results[index] = result
        }
    }
}
