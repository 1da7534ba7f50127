import EcographMessages

/// Collects the diagnostics of one load, so that every problem is reported in one run.
struct DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ message: LocalizedText, advice: LocalizedText? = nil, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, advice: advice, at: location))
    }

    mutating func error(_ message: LocalizedText, advice: LocalizedText? = nil, path: String) {
        diagnostics.append(Diagnostic(.error, message, advice: advice, path: path))
    }

    mutating func warning(_ message: LocalizedText, advice: LocalizedText? = nil, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, advice: advice, at: location))
    }

    mutating func error(_ message: String, advice: String? = nil, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, message, advice: advice, at: location))
    }

    mutating func error(_ message: String, advice: String? = nil, path: String) {
        diagnostics.append(Diagnostic(.error, message, advice: advice, path: path))
    }

    mutating func warning(_ message: String, advice: String? = nil, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, message, advice: advice, at: location))
    }

    mutating func append(contentsOf other: DiagnosticLog) {
        diagnostics.append(contentsOf: other.diagnostics)
    }
}
