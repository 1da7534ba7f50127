import EcographCore
import EcographMessages

/// One finding of a check: a rule's violation with its severity and where it is in the model.
public struct Finding: Hashable, Sendable {
    /// The rule's id (`unclear-ownership`).
    public let rule: String
    /// The configured severity.
    public let severity: Severity
    /// Ids of the nodes concerned, the main one first.
    public let subjects: [String]
    /// What is wrong.
    public let message: LocalizedText
    /// How to fix it.
    public let hint: LocalizedText
    /// Where the main subject is written; for ecosystem-wide findings, the start of the first file.
    public let location: SourceLocation

    public init(
        rule: String, severity: Severity, subjects: [String], message: LocalizedText,
        hint: LocalizedText, location: SourceLocation
    ) {
        self.rule = rule
        self.severity = severity
        self.subjects = subjects
        self.message = message
        self.hint = hint
        self.location = location
    }

    /// The main subject's id, or `nil` for an ecosystem-wide finding.
    public var subject: String? { subjects.first }

    /// The canonical order: severity, rule, subject, then message.
    public static func canonicalOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        if lhs.subjects != rhs.subjects { return lhs.subjects.lexicographicallyPrecedes(rhs.subjects) }
        return lhs.message.en < rhs.message.en
    }
}

/// A finding that the model waives, with the waiver that does so.
public struct WaivedFinding: Hashable, Sendable {
    public let finding: Finding
    public let waiver: Waiver
}
