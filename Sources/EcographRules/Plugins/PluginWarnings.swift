import EcographCore
import Foundation
import EcographMessages

/// Warnings about plugins that do not stop their rules — a reply with keys the protocol does
/// not have (`defaultSeverity` for `severity`) — collected for the command line to print.
public final class PluginWarnings: @unchecked Sendable {
    /// The warnings of this process.
    public static let shared = PluginWarnings()

    private let lock = NSLock()
    private var messages: [LocalizedText] = []

    public init() {}

    /// Adds a warning once (the same reply to every check would repeat it).
    public func record(_ message: LocalizedText) {
        lock.withLock { if !messages.contains(message) { messages.append(message) } }
    }

    /// The warnings recorded since the last call, in order.
    public func drain() -> [LocalizedText] {
        lock.withLock {
            defer { messages = [] }
            return messages
        }
    }
}

/// The words of plugin warnings, from the catalogue's ``PluginMessage``.
enum PluginTexts {
    static func unknownKey(plugin: String, key: String, place: String, asking what: String, known: Set<String>) -> LocalizedText {
        let whereText = place.isEmpty ? LocalizedText("") : PluginMessage.unknownKeyPlace(["place": place])
        let text = PluginMessage.unknownKey(["plugin": plugin, "request": what, "key": key, "place": whereText, "protocol": PluginProtocol.version])
        guard let suggestion = Suggestion.advice(key, in: known.sorted()) else { return text }
        return text + LocalizedText("; ") + suggestion
    }
}
