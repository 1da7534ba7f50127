import ArgumentParser
import EcographCore
import EcographMessages
import EcographRules
import EcographServe
import Foundation

/// `ecograph serve PATH...`: a live page of the model that follows every save.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "A live page of the model in the browser: map, findings, portfolio, RACI matrix; follows every save.",
        discussion: """
            Opens a local web server and prints its address. The page shows the landscape, the \
            overview and a map per field, system and municipality to choose from, the findings \
            (a click shows the node on the map, with its file and line), the innovation \
            portfolio and the RACI matrix. When you save the model, its configuration or a rule \
            file, the page updates by itself; while the model is invalid it lists the problems \
            with file, line and column and keeps the last valid map, greyed.

            The server listens on 127.0.0.1 only, unless --host says otherwise; it reads no file \
            but the model's, its configuration and rule files, and changes none. Stop it with Ctrl-C.

            Examples:
              ecograph serve samples/musterstadt.yaml
              ecograph serve samples/programm --lang de --port 8081
            """
    )

    @OptionGroup var model: ModelOptions

    @Option(help: "The port to listen on; 0 for any free port.")
    var port: Int = 8080

    @Option(help: "The address to listen on (default 127.0.0.1: this machine only).")
    var host: String = "127.0.0.1"

    @Option(help: "Language of the page: en or de.")
    var lang: Language = .en

    @Option(help: "Seconds one map's layout may take before it is stopped.")
    var timeout: Double = 60

    @OptionGroup var ruleSet: RuleSetOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if !(timeout > 0) { throw ValidationError("--timeout must be more than 0 seconds") }
        // A model that is invalid is served (its problems are on the page until it is fixed);
        // a path that does not exist is a typing error.
        for path in model.paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("no such file or directory: \(path)")
        }
    }

    func run() throws {
        var options = ServeOptions()
        options.host = host
        options.port = port
        options.language = lang
        if !options.isLoopback {
            Notice.warning(ServeMessages.exposed(host: host))
        }
        let paths = model.paths
        let ruleSet = self.ruleSet
        let loader = ReloadingLoader(metamodel: try model.metamodel(config: ruleSet.config))
        let source = WorkspaceSource(paths: paths) {
            let ruleFiles = RuleCatalog.files(ruleSet, modelPaths: paths)
            do throws(InvalidModel) {
                let loaded = try loader.load(paths)
                let result = try RuleCatalog.checked(loaded, ruleSet, modelPaths: paths)
                return (.checked(loaded, result), loaded.files + ruleFiles)
            } catch {
                return (.invalid(error.diagnostics), ruleFiles)
            }
        }
        // A parent that started us with these signals blocked (some test harnesses and service
        // managers do) would otherwise leave no way to stop the server but SIGKILL.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        for stop in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&stopSignals, stop) }
        pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
        let server = LiveServer(source: source, options: options, renderer: IsolatedGraphviz.renderer(timeout: timeout))
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered: whoever started the server reads the address at once.
                    FileHandle.standardOutput.write(Data((ServeMessages.listening(url: "http://\(shown):\(port)/", in: lang) + "\n").utf8))
                }
            } catch {
                failure.error = error
            }
            done.signal()
        }
        done.wait()
        if let error = failure.error {
            throw CommandFailure.invalidInput(ServeMessages.cannotListen(host: host, port: port, error: error))
        }
    }
}

/// The server's loader, kept from one reload to the next so that a save re-reads only the files
/// that changed.
private final class ReloadingLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var loader: IncrementalModelLoader

    init(metamodel: Metamodel) {
        loader = IncrementalModelLoader(loader: ModelLoader(metamodel: metamodel))
    }

    func load(_ paths: [String]) throws(InvalidModel) -> LoadedModel {
        lock.lock()
        defer { lock.unlock() }
        return try loader.load(paths)
    }
}

/// Where the server's task leaves an error for the command.
private final class ServeFailure: @unchecked Sendable {
    var error: (any Error)?
}

/// The command's messages, from the catalogue's `ServeMessage`.
enum ServeMessages {
    static func listening(url: String, in language: Language) -> String {
        ServeMessage.listening.text(in: language, ["url": url])
    }

    static func exposed(host: String) -> LocalizedText {
        ServeMessage.exposed(["host": host])
    }

    static func cannotListen(host: String, port: Int, error: any Error) -> LocalizedText {
        ServeMessage.cannotListen(["address": "\(host):\(port)", "reason": "\(error)"])
    }
}
