import Foundation
import Hummingbird
import Logging
import ReportCore
import ReportLayout

/// `finsam-report forhandsgranska`: renders the folder, serves the page on 127.0.0.1
/// only, and renders again whenever a file of the folder is saved.
public struct PreviewServer: Sendable {
    public let folder: String
    public let port: Int

    public init(folder: String, port: Int) {
        self.folder = folder
        self.port = port
    }

    /// Renders once, starts the watcher (the folder and the program's layouts) and serves until SIGINT or SIGTERM; `ready` is
    /// called with the page's address once the server listens (`port` 0 picks a free port).
    public func run(ready: @escaping @Sendable (String) -> Void) async throws {
        let state = PreviewState()
        let refresher = PreviewRefresher(folder: folder)
        state.publish(refresher.refresh())
        let layouts = (try? BundledResources.layoutsDirectory()).map { [$0] } ?? []
        FolderWatcher(folders: [folder] + layouts) { state.publish(refresher.refresh()) }.start()
        let folderName = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        let application = Application(
            router: Self.router(state: state, refresher: refresher, folderName: folderName),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "finsam-report"),
            onServerRunning: { channel in ready("http://127.0.0.1:\(channel.localAddress?.port ?? port)/") },
            logger: Self.quietLogger())
        try await application.runService()
    }

    static func router(state: PreviewState, refresher: PreviewRefresher, folderName: String) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in
            let page = PreviewPage.html(folderName: folderName, initialState: String(decoding: PreviewStatus(state.current).json(), as: UTF8.self))
            return response(Array(page.utf8), type: "text/html; charset=utf-8")
        }
        router.get("version") { _, _ in response(Array(String(state.current.version).utf8), type: "text/plain; charset=utf-8") }
        router.get("tillstand") { _, _ in response(PreviewStatus(state.current).json(), type: "application/json") }
        router.get("sida/:nummer") { _, context in
            let number = try context.parameters.require("nummer", as: Int.self)
            let snapshot = state.current
            guard snapshot.pages.indices.contains(number - 1) else { throw HTTPError(.notFound, message: "Sidan \(number) finns inte.") }
            return response(try await offMainLoop { try refresher.png(of: snapshot, number: number) }, type: "image/png")
        }
        router.get("pdf") { _, _ in
            let snapshot = state.current
            guard let pdf = try await offMainLoop({ try refresher.pdf(of: snapshot) }) else {
                throw HTTPError(.notFound, message: "Det finns ingen PDF förrän felen är rättade.")
            }
            return response(pdf, type: "application/pdf")
        }
        return router
    }

    /// Painting and writing wait for the session's lock: they run on a worker thread, not
    /// on the server's event loop, so `/version` keeps answering meanwhile.
    private static func offMainLoop<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    private static func response(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Only warnings and worse from the server: the terminal is for the address and errors.
    private static func quietLogger() -> Logger {
        var logger = Logger(label: "finsam-report.forhandsgranska")
        logger.logLevel = .warning
        return logger
    }
}
