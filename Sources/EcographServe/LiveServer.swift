import EcographCore
import EcographRendering
import EcographRules
import Foundation
import Hummingbird
import Logging
import NIOCore

/// `ecograph serve`: a local web page that follows a model as it is edited — the map of the
/// chosen view, the findings (a click shows the node on the map), the innovation portfolio and
/// the RACI matrix. When the model's files change, the workspace is read again and every open
/// page is told over an event stream; an invalid model shows its problems while the last valid
/// state stays on the page, greyed.
///
/// Read-only: the server answers a fixed set of addresses and reads no file but the model's own
/// (through ``WorkspaceSource``).
///
/// ```swift
/// let server = LiveServer(source: source, options: options, renderer: GraphvizLibrary.render)
/// try await server.run { host, port in print("http://\(host):\(port)/") }
/// ```
public struct LiveServer: Sendable {
    public let workspace: Workspace
    public let options: ServeOptions
    let maps: MapStore

    public init(source: WorkspaceSource, options: ServeOptions, renderer: @escaping MapRenderer) {
        self.options = options
        workspace = Workspace(source: source, maximumListeners: options.maximumListeners)
        maps = MapStore(renderer: renderer, language: options.language, concurrency: options.drawingConcurrency)
    }

    /// Reads the model, starts watching its files and answers requests until the process ends.
    ///
    /// - Parameter onListening: Called once the server listens, with the port it got (useful with port 0).
    public func run(onListening: @escaping @Sendable (Int) -> Void) async throws {
        workspace.reload()
        let watcher = FileWatcher(workspace: workspace, interval: options.pollInterval, quietPeriod: options.quietPeriod)
        watcher.start()
        defer { watcher.stop() }
        let app = Application(
            router: router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
            logger: Self.quietLogger)
        // The server holds nothing to save: a signal ends the process at once, open pages included.
        try await app.run()
    }

    private static var quietLogger: Logger {
        var logger = Logger(label: "ecograph.serve")
        logger.logLevel = .error
        return logger
    }

    func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: Guard(options: options))
        let language = options.language
        let page = ByteBuffer(string: PageShell.html(language: language))
        let script = ByteBuffer(string: PageScript.source)
        let style = ByteBuffer(string: PageStyle.source)
        let states = StateCache(language: language)
        router.get("/") { _, _ in Reply.ok(page, type: "text/html; charset=utf-8") }
        router.get("/app.js") { _, _ in Reply.ok(script, type: "text/javascript; charset=utf-8") }
        router.get("/app.css") { _, _ in Reply.ok(style, type: "text/css; charset=utf-8") }
        router.get("/api/state") { [workspace] _, _ in
            Reply.ok(states.document(for: workspace.state), type: "application/json; charset=utf-8")
        }
        router.get("/map") { [workspace, maps] request, _ in
            guard let key = request.uri.queryParameters.get("view"), let view = ServedView(key: key) else {
                return Reply.text(.badRequest, ServeWords.unknownView(language))
            }
            guard let model = workspace.state.model else { return Reply.text(.serviceUnavailable, ServeWords.noModel(language)) }
            guard view.exists(in: model.graph) else { return Reply.text(.notFound, ServeWords.unknownView(language)) }
            switch await maps.map(view, of: model) {
            case .svg(let data): return Reply.ok(ByteBuffer(bytes: data), type: "image/svg+xml; charset=utf-8")
            case .failed(let message): return Reply.text(.unprocessableContent, message)
            }
        }
        router.get("/events") { [workspace] _, _ in
            guard let updates = workspace.updates() else { return Reply.text(.serviceUnavailable, ServeWords.tooManyListeners(language)) }
            let first = workspace.state.version
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-store"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\nevent: state\ndata: \(first)\n\n"))
                for await event in updates {
                    switch event {
                    case .changed(let version): try await writer.write(ByteBuffer(string: "event: state\ndata: \(version)\n\n"))
                    case .heartbeat: try await writer.write(ByteBuffer(string: ": heartbeat\n\n"))
                    }
                }
                try await writer.finish(nil)
            })
        }
        return router
    }
}

/// The state document, encoded once per version.
private final class StateCache: @unchecked Sendable {
    private let language: Language
    private let lock = NSLock()
    private var version = -1
    private var encoded = ByteBuffer()

    init(language: Language) { self.language = language }

    func document(for state: WorkspaceState) -> ByteBuffer {
        lock.lock()
        defer { lock.unlock() }
        if state.version != version {
            encoded = ByteBuffer(bytes: StateDocument(state, language: language).encoded())
            version = state.version
        }
        return encoded
    }
}
