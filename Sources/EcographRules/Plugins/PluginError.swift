/// What went wrong with a plugin, naming it, with the end of what it printed to standard error
/// (or, for a WebAssembly rule, of what it logged).
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public let plugin: String
    public let message: String
    public let stderrTail: String
    /// What the tail is called in the description: `stderr` or `log`.
    public let logName: String

    public init(plugin: String, message: String, stderrTail: String = "", logName: String = "stderr") {
        self.plugin = plugin
        self.message = message
        self.stderrTail = stderrTail
        self.logName = logName
    }

    public var description: String {
        let tail = stderrTail.split(separator: "\n").suffix(5).joined(separator: " | ")
        return "plugin \(plugin) \(message)" + (tail.isEmpty ? "" : " (its \(logName): \(tail))")
    }
}
