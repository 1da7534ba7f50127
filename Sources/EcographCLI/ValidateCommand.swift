import ArgumentParser
import EcographMessages
import EcographCore
import Foundation

/// `ecograph validate PATH...`: loads a model and reports every problem in it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check that a model is well-formed: syntax, keys, values and references.",
        discussion: """
            Prints one line per problem, FILE:LINE:COLUMN: error: MESSAGE, or, when the model is \
            valid, a summary of what it holds. Exits 0 when valid, 2 when not.

            Examples:
              ecograph validate samples/musterstadt.yaml
              ecograph validate samples/region            # every *.yaml, *.yml, *.json in it
              ecograph validate model.yaml --format json  # machine-readable result
            """
    )

    @OptionGroup var model: ModelOptions

    @OptionGroup var language: LanguageOption
    var lang: Language { language.chosen }

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        switch format {
        case .text:
            let loaded = try model.load()
            try OutputFile.standardOutput(loaded.graph.summary(in: lang) + "\n")
        case .json:
            let result: ValidationReport
            do {
                let loaded = try ModelLoader(limits: model.limits.loadLimits).load(model.paths)
                result = ValidationReport(graph: loaded.graph, diagnostics: loaded.warnings, language: lang)
            } catch {
                result = ValidationReport(graph: nil, diagnostics: error.diagnostics, language: lang)
            }
            try OutputFile.write(try result.jsonData(), to: "-")
            if !result.valid { throw ExitCode(ExitStatus.invalidInput) }
        }
    }
}

/// The JSON form of `validate`: `{"valid", "summary": {KIND: n, "edges": n}, "diagnostics": [...]}`.
struct ValidationReport: Encodable {
    struct Entry: Encodable {
        let severity: String
        /// The stable code (`model.unknown-key`).
        let code: String
        let message: String
        let advice: String?
        let file: String?
        let line: Int?
        let column: Int?
        /// Where the text the problem concerns ends: its line, and the column after its last
        /// character (equal to `column` when its extent is not known).
        let endLine: Int?
        let endColumn: Int?
    }

    let valid: Bool
    let ecosystem: String?
    let summary: [String: Int]?
    let diagnostics: [Entry]

    init(graph: EcosystemGraph?, diagnostics: [Diagnostic], language: Language) {
        valid = graph != nil
        ecosystem = graph?.name
        summary = graph.map { graph in
            var counts = Dictionary(uniqueKeysWithValues: graph.kindsToList.map { ($0.rawValue, graph.count(of: $0)) })
            counts["edges"] = graph.edges.count
            return counts
        }
        self.diagnostics = diagnostics.map {
            Entry(
                severity: $0.severity.rawValue, code: $0.code, message: $0.message(in: language), advice: $0.advice(in: language),
                file: $0.location?.file ?? $0.path, line: $0.location?.line, column: $0.location?.column,
                endLine: $0.end?.line, endColumn: $0.end?.column)
        }
    }

    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
