import EcographCore
import EcographRules
import Foundation
import Testing

enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// Writes model texts to a temporary directory and loads them.
final class ModelScratch {
    let directory: URL

    init() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-rules-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    @discardableResult
    func write(_ text: String, to name: String = "model.yaml") -> String {
        let url = directory.appendingPathComponent(name)
        try! Data(text.utf8).write(to: url)
        return url.path
    }

    func load(_ yaml: String, name: String = "model.yaml") throws -> LoadedModel {
        try ModelLoader().load([write(yaml, to: name)])
    }
}

/// Runs one rule with its default options on a model text.
func violations<R: Rule>(of rule: R.Type, in yaml: String, options: RuleOptions? = nil) throws -> (EcosystemGraph, [Violation]) {
    let graph = try ModelScratch().load(yaml).graph
    return (graph, R(options: options ?? RuleOptions(defaultsOf: R.description)).check(graph))
}

/// Checks a model with the built-in rules and a configuration.
func check(_ yaml: String, configuration: RuleConfiguration = .defaults) throws -> CheckResult {
    let model = try ModelScratch().load(yaml)
    return try RuleEngine(registry: .builtIn, configuration: configuration).check(model)
}
