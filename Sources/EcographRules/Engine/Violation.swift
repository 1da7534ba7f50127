import EcographCore
import EcographMessages

/// What a rule reports: the nodes concerned, what is wrong, and how to fix it.
///
/// The engine turns violations into ``Finding``s, adding the rule id, the configured severity
/// and the location of the first subject.
public struct Violation: Hashable, Sendable {
    /// The nodes concerned (indexes into the graph's nodes), the main one first. May be empty
    /// for a finding about the whole ecosystem ("there is no CDO").
    public let subjects: [Int]
    /// What is wrong, in plain language, naming nodes by their names.
    public let message: LocalizedText
    /// What to do about it.
    public let hint: LocalizedText

    public init(subjects: [Int], message: LocalizedText, hint: LocalizedText) {
        self.subjects = subjects
        self.message = message
        self.hint = hint
    }
}
