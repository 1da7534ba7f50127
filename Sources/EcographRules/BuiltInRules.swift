/// The rules that ship with ecograph, in the order `ecograph rules` lists them.
/// Ids are part of the public interface: never rename one.
public enum BuiltInRules {
    public static let all: [any Rule.Type] = [
        UnclearOwnershipRule.self,
        MissingLotseRule.self,
        VacantRoleRule.self,
        CDOBridgeRule.self,
        MissingValuePropositionRule.self,
        MissingBenefitIndicatorRule.self,
        NoExternalParticipationRule.self,
        UnassignedProjectRule.self,
        ConsolidationCandidateRule.self,
        DependencyCycleRule.self,
        OverloadedActorRule.self,
        SinglePointOfFailureRule.self,
        OrphanNodeRule.self,
    ]
}
