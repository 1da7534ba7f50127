import EcographMessages
package import EcographSyntax

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
        var log = DiagnosticLog()
        guard let source = ModelSource.read(file: file, cannotRead: cannotRead, advice: nil, log: &log),
            let text = ModelText.decode(source, log: &log)
        else {
            throw InvalidModel(diagnostics: log.diagnostics)
        }
        do {
            return try YAMLDocument.parse(text, isJSON: ModelText.isJSON(file), limits: limits.syntax)
        } catch {
            throw InvalidModel(diagnostics: YAMLProblem.diagnostics(for: error, file: file, text: text))
        }
    }
}

extension SourceLocation {
    /// The place of a node in a file read by ``SyntaxStage``, with the width written there;
    /// the file's start when there is no node.
    package init(file: String, at node: YAMLValue?) {
        self.init(file: file, line: node?.line ?? 1, column: node?.column ?? 1, width: node?.width ?? 0)
    }
}
