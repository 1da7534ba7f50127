import EcographMessages
package import EcographSyntax
import Foundation

/// The syntax stage for the YAML files that go with a model — rule files and `.ecograph.yml` —
/// so that they are read, decoded and parsed exactly as model files are, under the same
/// ``LoadLimits`` and with the same diagnostics (not UTF-8 at its place, malformed YAML with
/// line and column, equal keys, nesting too deep, alias bombs).
package enum SyntaxStage {
    /// The parsed document of a file (no nodes for an empty file or one of comments only).
    /// Throws ``InvalidModel`` when the file cannot be read (with `cannotRead`, which names what
    /// kind of file it is), is not UTF-8, or is not one well-formed YAML document.
    package static func document(
        ofFile file: String, cannotRead: LocalizedText, limits: LoadLimits = LoadLimits()
    ) throws(InvalidModel) -> YAMLDocument {
        ProtectedInputs.shared.protect(file: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw InvalidModel(diagnostics: [Diagnostic(.error, cannotRead, path: file)])
        }
        var log = DiagnosticLog()
        guard let text = ModelText.decode(ModelSource(path: file, bytes: [UInt8](data)), log: &log) else {
            throw InvalidModel(diagnostics: log.diagnostics)
        }
        do {
            return try YAMLDocument.parse(text, isJSON: ModelText.isJSON(file), limits: limits.syntax)
        } catch {
            throw InvalidModel(diagnostics: YAMLProblem.diagnostics(for: error, file: file, text: text))
        }
    }
}
