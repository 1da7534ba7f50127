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

    private var de: Bool { language == .de }

    private func kind(_ kind: NodeKind) -> String { kind.noun(in: language) }

    private func describe(_ node: ModelDiff.NodeRef) -> String { "\(kind(node.kind)) '\(node.name)' (\(node.id))" }

    /// What a responsibility means, as a phrase after the party: "became accountable for".
    private func phrase(_ type: EdgeType, gained: Bool) -> String {
        let words: (String, String)
        switch type {
        case .accountable: words = de ? ("ist jetzt federführend für", "ist nicht mehr federführend für") : ("became accountable for", "is no longer accountable for")
        case .responsible: words = de ? ("wirkt jetzt mit an", "wirkt nicht mehr mit an") : ("became responsible for", "is no longer responsible for")
        case .consulted: words = de ? ("ist jetzt beteiligt an", "ist nicht mehr beteiligt an") : ("is now consulted on", "is no longer consulted on")
        case .informed: words = de ? ("wird jetzt informiert über", "wird nicht mehr informiert über") : ("is now informed about", "is no longer informed about")
        case .holds: words = de ? ("hat jetzt die Rolle", "hat nicht mehr die Rolle") : ("now holds", "no longer holds")
        case .pilots: words = de ? ("lotst jetzt", "lotst nicht mehr") : ("now pilots", "no longer pilots")
        case .coordinates: words = de ? ("koordiniert jetzt", "koordiniert nicht mehr") : ("now coordinates", "no longer coordinates")
        case .advises: words = de ? ("berät jetzt", "berät nicht mehr") : ("now advises", "no longer advises")
        default: words = (type.rawValue, "no longer " + type.rawValue)
        }
        return gained ? words.0 : words.1
    }

    private func status(_ status: ProjectStatus?) -> String { status?.word(in: language) ?? "—" }

    /// The report's sections as (title, lines), in a fixed order; empty sections left out.
    private var sections: [(String, [String])] {
        var result: [(String, [String])] = []
        func add(_ title: (String, String), _ lines: [String]) { if !lines.isEmpty { result.append((de ? title.1 : title.0, lines)) } }
        add(("Added", "Neu"), diff.added.map(describe))
        add(("Removed", "Entfernt"), diff.removed.map(describe))
        add(("Renamed", "Umbenannt"), diff.renamed.map { "\(kind($0.node.kind)) \($0.node.id): '\($0.oldName)' → '\($0.node.name)'" })
        var responsibilities: [String] = []
        let changes = diff.gained.map { ($0, true) } + diff.lost.map { ($0, false) }
        for (party, entries) in Dictionary(grouping: changes, by: { $0.0.party }).sorted(by: { ($0.key.name, $0.key.id) < ($1.key.name, $1.key.id) }) {
            for (change, gained) in entries.sorted(by: { ($0.1 ? 0 : 1, $0.0.type.rawValue, $0.0.subject.name) < ($1.1 ? 0 : 1, $1.0.type.rawValue, $1.0.subject.name) }) {
                responsibilities.append("\(gained ? "+" : "−") \(party.name): \(phrase(change.type, gained: gained)) \(kind(change.subject.kind)) '\(change.subject.name)'")
            }
        }
        add(("Responsibilities", "Verantwortung"), responsibilities)
        add(("Status changes", "Statuswechsel"), diff.statusChanges.map { "\($0.project.name): \(status($0.old)) → \(status($0.new))" })
        add(("Other changes", "Weitere Änderungen"), diff.attributeChanges.map { "\(describe($0.node)) \($0.key): \($0.old.map { "'\($0)'" } ?? "—") → \($0.new.map { "'\($0)'" } ?? "—")" })
        add(("Findings introduced", "Neue Befunde"), diff.introduced.map { "\($0.severity.rawValue) [\($0.rule)] \($0.message.text(in: language))" })
        add(("Findings resolved", "Behobene Befunde"), diff.resolved.map { "\($0.severity.rawValue) [\($0.rule)] \($0.message.text(in: language))" })
        return result
    }

    private var summary: String {
        let counts = [diff.added.count, diff.removed.count, diff.renamed.count, diff.gained.count + diff.lost.count, diff.statusChanges.count, diff.introduced.count, diff.resolved.count]
        return de
            ? "\(counts[0]) neu, \(counts[1]) entfernt, \(counts[2]) umbenannt, \(counts[3]) Verantwortungswechsel, \(counts[4]) Statuswechsel; \(counts[5]) neue, \(counts[6]) behobene Befunde"
            : "\(counts[0]) added, \(counts[1]) removed, \(counts[2]) renamed, \(counts[3]) responsibility changes, \(counts[4]) status changes; \(counts[5]) findings introduced, \(counts[6]) resolved"
    }

    public func text() -> String {
        if diff.isEmpty { return de ? "Keine Änderungen.\n" : "No changes.\n" }
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
