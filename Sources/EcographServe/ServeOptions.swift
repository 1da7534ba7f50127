import EcographRules
import Foundation

/// How `ecograph serve` listens and what it speaks.
///
/// ```swift
/// var options = ServeOptions()
/// options.port = 0            // any free port; ``LiveServer`` reports the one it got
/// options.language = .de
/// ```
public struct ServeOptions: Sendable {
    /// The address to listen on: the loopback address unless the user says otherwise.
    public var host: String = ServeOptions.loopback
    /// The port; 0 for any free one.
    public var port: Int = 8080
    /// The language of every text on the page.
    public var language: Language = .en
    /// How often the watched files are looked at, in seconds.
    public var pollInterval: TimeInterval = 0.2
    /// How long the files must stay unchanged before a burst of saves is read, in seconds.
    public var quietPeriod: TimeInterval = 0.15
    /// How many maps are drawn at a time (each in a Graphviz worker process).
    public var drawingConcurrency: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// The most pages that may follow the model at once (each holds one event stream open).
    public var maximumListeners: Int = 256

    /// The loopback address `serve` binds to by default.
    public static let loopback = "127.0.0.1"

    public init() {}

    /// Whether ``host`` is reachable from this machine only.
    public var isLoopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) }
}
