#if canImport(Glibc)
import Glibc
#endif

/// One malloc arena for the whole process. The check of a written PDF runs half its work on
/// a second thread, and glibc would give that thread an arena of its own: the render's peak
/// RSS grew by its pages (GNU time: annual report 54.9 → 56.9 MB, ×10 98.5 → 103.2 MB). The
/// threads' own caches (tcache) keep them from contending for the one arena.
enum MallocArenas {
    /// glibc's `M_ARENA_MAX` (malloc.h, which the Glibc module does not bring in).
    private static let arenaMaxParameter: Int32 = -8

    static func useOne() {
        #if canImport(Glibc)
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: MallOpt.self)(arenaMaxParameter, 1)
        #endif
    }
}
