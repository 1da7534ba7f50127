/// A deliberate exception written on a node: "rule X does not apply here, because …".
///
/// ```yaml
/// projects:
///   pilot-app:
///     waive: [{ rule: missing-benefit-indicator, reason: "Pilot; indicator follows in Q3" }]
/// ```
public struct Waiver: Hashable, Sendable {
    /// The id of the waived rule.
    public let rule: String
    /// Why the exception is justified. Required: a waiver without a reason is an error.
    public let reason: String
    /// Where the waiver is written.
    public let location: SourceLocation

    public init(rule: String, reason: String, location: SourceLocation) {
        self.rule = rule
        self.reason = reason
        self.location = location
    }
}
