import Foundation

/// Two pieces of work at once, on the machine's two cores: `background` on a thread of its
/// own while `foreground` runs on the caller's. The check of a written PDF reads and judges
/// an immutable file, so its parts can run side by side.
enum Concurrently {
    static func run<Background: Sendable, Foreground>(_ background: @escaping @Sendable () throws -> Background,
                                                      while foreground: () throws -> Foreground) throws -> (Background, Foreground) {
        let outcome = Outcome<Background>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = Result { try background() }
            done.signal()
        }
        // The structure walk recurses once per level of the tree.
        thread.stackSize = 8 << 20
        thread.start()
        let foregroundResult = Result { try foreground() }
        done.wait()
        return (try outcome.result!.get(), try foregroundResult.get())
    }

    /// The background's result: written before the semaphore is signalled and read after
    /// it is waited for, so the two threads never touch it at once.
    private final class Outcome<Value>: @unchecked Sendable {
        var result: Result<Value, Error>?
    }
}
