import EcographMessages

/// What went wrong with a plugin, naming it, with the end of what it printed to standard error
/// (or, for a WebAssembly rule, of what it logged).
public struct PluginError: Error, Sendable, CustomStringConvertible {
    public let plugin: String
    /// What went wrong, completing "plugin NAME …", in English and German.
    public let fault: LocalizedText
    public let stderrTail: String
    /// What the tail is called in the description: `stderr` or `log`.
    public let logName: String

    public init(plugin: String, fault: LocalizedText, stderrTail: String = "", logName: String = "stderr") {
        self.plugin = plugin
        self.fault = fault
        self.stderrTail = stderrTail
        self.logName = logName
    }

    /// What went wrong, in English.
    public var message: String { fault.en }

    /// The whole sentence in both languages: `plugin NAME did not answer … (its stderr: …)`.
    public var text: LocalizedText {
        let tail = stderrTail.split(separator: "\n").suffix(5).joined(separator: " | ")
        guard !tail.isEmpty else { return PluginMessage.failed(["plugin": plugin, "fault": fault]) }
        let log = logName == "log" ? PluginMessage.logWasm.text : PluginMessage.logStderr.text
        return PluginMessage.failedWithLog(["plugin": plugin, "fault": fault, "log": log, "tail": tail])
    }

    public var description: String { text.en }
}
