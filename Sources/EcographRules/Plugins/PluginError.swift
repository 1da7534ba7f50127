/// What went wrong with a plugin, naming it, with the end of what it printed to standard error.
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public let plugin: String
    public let message: String
    public let stderrTail: String

    public var description: String {
        let tail = stderrTail.split(separator: "\n").suffix(5).joined(separator: " | ")
        return "plugin \(plugin) \(message)" + (tail.isEmpty ? "" : " (its stderr: \(tail))")
    }
}
