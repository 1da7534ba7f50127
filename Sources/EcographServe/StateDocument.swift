import EcographCore
import EcographReports
import EcographRules
import Foundation

/// The state as the page's script reads it (`/api/state`): status, problems, the views to choose
/// from, the findings, the portfolio and the RACI matrix (as HTML fragments, every text escaped).
struct StateDocument: Encodable {
    struct Place: Encodable {
        let file: String
        let line: Int?
        let column: Int?
        /// `FILE:LINE:COLUMN`.
        let text: String
    }

    struct Problem: Encodable {
        let severity: String
        /// The stable code (`model.unknown-key`).
        let code: String
        let place: Place?
        let message: String
        let advice: String?
    }

    struct ViewChoice: Encodable {
        let key: String
        let label: String
    }

    struct ViewGroup: Encodable {
        let label: String
        let views: [ViewChoice]
    }

    struct FindingEntry: Encodable {
        let rule: String
        let severity: String
        let severityLabel: String
        let subjects: [String]
        let message: String
        let hint: String
        let place: Place
    }

    let version: Int
    /// `ok`, `invalid` (the files do not load; the rest is the last valid state) or `loading`.
    let status: String
    let ecosystem: String?
    /// The model contents the maps are drawn from.
    let model: String?
    let problems: [Problem]
    let warnings: [Problem]
    let views: [ViewGroup]
    let findings: [FindingEntry]
    let summary: String?
    let portfolio: String?
    let matrix: String?

    init(_ state: WorkspaceState, language: Language) {
        version = state.version
        status = state.isCurrent ? "ok" : state.problems.isEmpty ? "loading" : "invalid"
        problems = state.problems.map { Self.problem($0, language) }
        guard let model = state.model else {
            ecosystem = nil
            self.model = nil
            warnings = []
            views = []
            findings = []
            summary = nil
            portfolio = nil
            matrix = nil
            return
        }
        let graph = model.graph
        ecosystem = graph.name
        self.model = model.contentHash
        warnings = model.warnings.map { Self.problem($0, language) }
        views = Self.views(graph, language)
        findings = model.result.findings.map { finding in
            FindingEntry(
                rule: finding.rule, severity: finding.severity.rawValue,
                severityLabel: ServeWords.severity(finding.severity, language), subjects: finding.subjects,
                message: finding.message.text(in: language), hint: finding.hint.text(in: language),
                place: Place(file: finding.location.file, line: finding.location.line, column: finding.location.column, text: finding.location.description))
        }
        summary = ServeWords.summary(
            errors: model.result.count(of: .error), warnings: model.result.count(of: .warning), infos: model.result.count(of: .info), language)
        portfolio = PortfolioReport(portfolio: Portfolio(graph: graph), language: language).htmlFragment(headingLevel: 3)
        matrix = RACIMatrixReport(matrix: RACIMatrix(graph: graph), language: language).htmlFragment()
    }

    private static func problem(_ diagnostic: Diagnostic, _ language: Language) -> Problem {
        let place = diagnostic.location.map { Place(file: $0.file, line: $0.line, column: $0.column, text: $0.description) }
            ?? diagnostic.path.map { Place(file: $0, line: nil, column: nil, text: $0) }
        return Problem(severity: diagnostic.severity.rawValue, code: diagnostic.code, place: place, message: diagnostic.message(in: language), advice: diagnostic.advice(in: language))
    }

    private static func views(_ graph: EcosystemGraph, _ language: Language) -> [ViewGroup] {
        func choices(_ kind: NodeKind, _ make: (String) -> ServedView) -> [ViewChoice] {
            graph.nodes(of: kind).map { ViewChoice(key: make(graph.nodes[$0].id).key, label: graph.nodes[$0].name) }
                .sorted { EcosystemParts.alphabetical($0.label, $1.label) }
        }
        var groups = [ViewGroup(label: ServeWords.map(language), views: [
            ViewChoice(key: ServedView.landscape.key, label: ServeWords.landscape(language)),
            ViewChoice(key: ServedView.overview.key, label: ServeWords.overview(language)),
        ])]
        let parts = EcosystemParts(graph: graph)
        if parts.isRegion {
            groups.append(ViewGroup(label: ServeWords.municipalities(language),
                views: parts.names.map { ViewChoice(key: ServedView.ecosystem($0).key, label: $0) }))
        }
        groups.append(ViewGroup(label: ServeWords.fields(language), views: choices(.field, ServedView.field)))
        groups.append(ViewGroup(label: ServeWords.systems(language), views: choices(.system, ServedView.system)))
        return groups.filter { !$0.views.isEmpty }
    }

    /// The document as JSON.
    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data("{}".utf8)
    }
}
