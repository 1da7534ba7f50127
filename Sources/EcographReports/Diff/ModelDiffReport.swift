import EcographCore
import EcographRules
import Foundation
import EcographMessages

/// A ``ModelDiff`` as text for the terminal, Markdown for the council's papers, or JSON.
public struct ModelDiffReport: Sendable {
    public let diff: ModelDiff
    public let language: Language

    public init(diff: ModelDiff, language: Language) {
        self.diff = diff
        self.language = language
    }

    private func kind(_ kind: NodeKind) -> String { kind.noun(in: language) }

    private func describe(_ node: ModelDiff.NodeRef) -> String { "\(kind(node.kind)) '\(node.name)' (\(node.id))" }

    /// What a responsibility means, as a phrase after the party: "became accountable for".
    private func phrase(_ type: EdgeType, gained: Bool) -> String {
        let words: (PortfolioMessage, PortfolioMessage)
        switch type {
        case .accountable: words = (.diffGainedAccountable, .diffLostAccountable)
        case .responsible: words = (.diffGainedResponsible, .diffLostResponsible)
        case .consulted: words = (.diffGainedConsulted, .diffLostConsulted)
        case .informed: words = (.diffGainedInformed, .diffLostInformed)
        case .holds: words = (.diffGainedHolds, .diffLostHolds)
        case .pilots: words = (.diffGainedPilots, .diffLostPilots)
        case .coordinates: words = (.diffGainedCoordinates, .diffLostCoordinates)
        case .advises: words = (.diffGainedAdvises, .diffLostAdvises)
        default: words = (.diffGainedOther, .diffLostOther)
        }
        return (gained ? words.0 : words.1).text(in: language, ["relation": type.word(in: language)])
    }

    private func status(_ status: ProjectStatus?) -> String { status?.word(in: language) ?? "—" }

    /// The report's sections as (title, lines), in a fixed order; empty sections left out.
    private var sections: [(String, [String])] {
        var result: [(String, [String])] = []
        func add(_ title: PortfolioMessage, _ lines: [String]) { if !lines.isEmpty { result.append((title.text(in: language), lines)) } }
        add(.diffAdded, diff.added.map(describe))
        add(.diffRemoved, diff.removed.map(describe))
        add(.diffRenamed, diff.renamed.map { "\(kind($0.node.kind)) \($0.node.id): '\($0.oldName)' → '\($0.node.name)'" })
        var responsibilities: [String] = []
        let changes = diff.gained.map { ($0, true) } + diff.lost.map { ($0, false) }
        for (party, entries) in Dictionary(grouping: changes, by: { $0.0.party }).sorted(by: { ($0.key.name, $0.key.id) < ($1.key.name, $1.key.id) }) {
            for (change, gained) in entries.sorted(by: { ($0.1 ? 0 : 1, $0.0.type.rawValue, $0.0.subject.name) < ($1.1 ? 0 : 1, $1.0.type.rawValue, $1.0.subject.name) }) {
                responsibilities.append("\(gained ? "+" : "−") \(party.name): \(phrase(change.type, gained: gained)) \(kind(change.subject.kind)) '\(change.subject.name)'")
            }
        }
        add(.diffResponsibilities, responsibilities)
        add(.diffStatusChanges, diff.statusChanges.map { "\($0.project.name): \(status($0.old)) → \(status($0.new))" })
        add(.diffOtherChanges, diff.attributeChanges.map { "\(describe($0.node)) \($0.key): \($0.old.map { "'\($0)'" } ?? "—") → \($0.new.map { "'\($0)'" } ?? "—")" })
        add(.diffFindingsIntroduced, diff.introduced.map { "\($0.severity.word(in: language)) [\($0.rule)] \($0.message.text(in: language))" })
        add(.diffFindingsResolved, diff.resolved.map { "\($0.severity.word(in: language)) [\($0.rule)] \($0.message.text(in: language))" })
        return result
    }

    private var summary: String {
        let counts = [diff.added.count, diff.removed.count, diff.renamed.count, diff.gained.count + diff.lost.count, diff.statusChanges.count, diff.introduced.count, diff.resolved.count]
        return PortfolioMessage.diffSummary.text(in: language, [
            "added": counts[0], "removed": counts[1], "renamed": counts[2], "responsibilities": counts[3],
            "statuses": counts[4], "introduced": counts[5], "resolved": counts[6],
        ])
    }

    public func text() -> String {
        if diff.isEmpty { return PortfolioMessage.diffNoChanges.text(in: language) + "\n" }
        var lines: [String] = []
        for (title, entries) in sections {
            lines.append("\(title) (\(entries.count))")
            lines += entries.map { "  " + $0 }
            lines.append("")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown(title: String) -> String {
        var lines = ["# \(Escape.markdown(title))", "", summary, ""]
        for (heading, entries) in sections {
            lines.append("## \(heading) (\(entries.count))")
            lines.append("")
            lines += entries.map { "- " + Escape.markdown($0) }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    struct JSONNode: Encodable { let id: String, kind: String, name: String }
    struct JSONRename: Encodable { let id: String, kind: String, old: String, new: String }
    struct JSONResponsibility: Encodable { let party: JSONNode, type: String, subject: JSONNode }
    struct JSONStatus: Encodable { let project: JSONNode, old: String?, new: String? }
    struct JSONAttribute: Encodable { let node: JSONNode, key: String, old: String?, new: String? }
    struct JSONFinding: Encodable { let rule: String, severity: String, subjects: [String], message: String }
    struct JSONDiff: Encodable {
        let added: [JSONNode], removed: [JSONNode], renamed: [JSONRename]
        let gained: [JSONResponsibility], lost: [JSONResponsibility]
        let statusChanges: [JSONStatus], attributeChanges: [JSONAttribute]
        let findingsIntroduced: [JSONFinding], findingsResolved: [JSONFinding]
    }

    public func json() throws -> Data {
        func node(_ ref: ModelDiff.NodeRef) -> JSONNode { JSONNode(id: ref.id, kind: ref.kind.rawValue, name: ref.name) }
        func responsibility(_ entry: ModelDiff.Responsibility) -> JSONResponsibility { JSONResponsibility(party: node(entry.party), type: entry.type.rawValue, subject: node(entry.subject)) }
        func finding(_ entry: Finding) -> JSONFinding { JSONFinding(rule: entry.rule, severity: entry.severity.rawValue, subjects: entry.subjects, message: entry.message.text(in: language)) }
        return try JSONOutput.encode(JSONDiff(
            added: diff.added.map(node), removed: diff.removed.map(node),
            renamed: diff.renamed.map { JSONRename(id: $0.node.id, kind: $0.node.kind.rawValue, old: $0.oldName, new: $0.node.name) },
            gained: diff.gained.map(responsibility), lost: diff.lost.map(responsibility),
            statusChanges: diff.statusChanges.map { JSONStatus(project: node($0.project), old: $0.old?.rawValue, new: $0.new?.rawValue) },
            attributeChanges: diff.attributeChanges.map { JSONAttribute(node: node($0.node), key: $0.key, old: $0.old, new: $0.new) },
            findingsIntroduced: diff.introduced.map(finding), findingsResolved: diff.resolved.map(finding)))
    }
}
