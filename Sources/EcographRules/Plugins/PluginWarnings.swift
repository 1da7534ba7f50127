import EcographCore
import Foundation

/// Warnings about plugins that do not stop their rules — a reply with keys the protocol does
/// not have (`defaultSeverity` for `severity`) — collected for the command line to print.
public final class PluginWarnings: @unchecked Sendable {
    /// The warnings of this process.
    public static let shared = PluginWarnings()

    private let lock = NSLock()
    private var messages: [String] = []

    public init() {}

    /// Adds a warning once (the same reply to every check would repeat it).
    public func record(_ message: String) {
        lock.withLock { if !messages.contains(message) { messages.append(message) } }
    }

    /// The warnings recorded since the last call, in order.
    public func drain() -> [String] {
        lock.withLock {
            defer { messages = [] }
            return messages
        }
    }
}

/// The words of plugin warnings, English and German, in one place.
enum PluginTexts {
    static func unknownKey(plugin: String, key: String, place: String, asking what: String, known: Set<String>) -> String {
        let whereText = place.isEmpty ? "" : " in \(place)"
        let suggestion = Suggestion.didYouMean(key, in: known.sorted()).map { "; \($0)" } ?? ""
        return "plugin '\(plugin)' answered '\(what)' with the key '\(key)'\(whereText), which protocol \(PluginProtocol.version) does not have; it is ignored\(suggestion)"
    }

    static func unknownKeyGerman(plugin: String, key: String, place: String, asking what: String) -> String {
        let whereText = place.isEmpty ? "" : " in \(place)"
        return "Das Plugin '\(plugin)' hat '\(what)' mit dem Schlüssel '\(key)'\(whereText) beantwortet, den das Protokoll \(PluginProtocol.version) nicht kennt; er wird übergangen"
    }
}
