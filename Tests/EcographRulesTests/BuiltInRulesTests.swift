import EcographCore
import EcographRules
import Testing

/// The registry of built-in rules, and every rule's own examples, run by one generic test.
@Suite("Built-in rules: registry and examples")
struct BuiltInRulesTests {
    @Test("the built-in rule ids are unique and are the public ones")
    func idsAreUnique() {
        let ids = BuiltInRules.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids == [
            "unclear-ownership", "missing-lotse", "vacant-role", "cdo-bridge", "missing-value-proposition",
            "missing-benefit-indicator", "no-external-participation", "unassigned-project",
            "consolidation-candidate", "dependency-cycle", "overloaded-actor", "single-point-of-failure", "orphan-node",
        ])
        #expect(RuleRegistry.builtIn.rules.count == ids.count)
    }

    @Test("every rule documents itself: name, summary, rationale and fix in both languages, examples")
    func descriptionsAreComplete() {
        for rule in BuiltInRules.all {
            let description = rule.description
            #expect(!description.name.en.isEmpty && !description.name.de.isEmpty, "\(description.id)")
            #expect(description.summary.en != description.summary.de, "\(description.id): German summary missing")
            #expect(description.rationale.en.count > 80, "\(description.id): rationale too thin")
            #expect(description.rationale.en != description.rationale.de, "\(description.id): German rationale missing")
            #expect(!description.fix.en.isEmpty && description.fix.en != description.fix.de, "\(description.id): German fix missing")
            #expect(!description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
        }
    }

    @Test("each rule finds something in each of its triggering examples", arguments: BuiltInRules.all.map(RuleCase.init))
    func triggeringExamples(_ rule: RuleCase) throws {
        for example in rule.type.description.triggeringExamples {
            let found = try rule.violations(in: example)
            #expect(!found.isEmpty, "\(rule.id) found nothing in:\n\(example)")
        }
    }

    @Test("each rule finds nothing in each of its non-triggering examples", arguments: BuiltInRules.all.map(RuleCase.init))
    func nonTriggeringExamples(_ rule: RuleCase) throws {
        for example in rule.type.description.nonTriggeringExamples {
            let found = try rule.violations(in: example)
            #expect(found.isEmpty, "\(rule.id) found \(found.map(\.message.en)) in:\n\(example)")
        }
    }

    @Test("a rule's example is a valid model")
    func examplesAreValidModels() throws {
        for rule in BuiltInRules.all {
            for example in rule.description.triggeringExamples + rule.description.nonTriggeringExamples {
                #expect(throws: Never.self, "\(rule.description.id)") { try ModelScratch().load(example) }
            }
        }
    }
}

/// A rule type as a test argument.
struct RuleCase: CustomTestStringConvertible, Sendable {
    let type: any Rule.Type
    var id: String { type.description.id }
    var testDescription: String { id }

    func violations(in yaml: String) throws -> [Violation] {
        let graph = try ModelScratch().load(yaml).graph
        return type.init(options: RuleOptions(defaultsOf: type.description)).check(graph)
    }
}
