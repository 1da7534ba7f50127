import Foundation
import EcographCore

/// Questions about responsibility that several rules ask of a graph.
extension EcosystemGraph {
    /// The actors holding a role.
    public func holders(of role: Int) -> [Int] { sources(of: role, via: .holds) }

    /// The parties accountable for a project: roles and actors with an `accountable` edge to it.
    public func accountableParties(of project: Int) -> [Int] { sources(of: project, via: .accountable) }

    /// The actors behind a party: an actor itself, or the holders of a role.
    public func actors(behind party: Int) -> [Int] {
        switch nodes[party].kind {
        case .actor: return [party]
        case .role: return holders(of: party)
        default: return []
        }
    }

    /// The system types a party belongs to: its own `system`, and for a role its holders' systems.
    public func systemTypes(of party: Int) -> Set<SystemType> {
        var types = Set<SystemType>()
        var parties = [party]
        if nodes[party].kind == .role { parties += holders(of: party) }
        for member in parties {
            for system in targets(of: member, via: .inSystem) {
                if let type = nodes[system].systemType { types.insert(type) }
            }
        }
        return types
    }

    /// The roles of a type (`.cdo`, `.lotse`, `.chiefExecutive`).
    public func roles(ofType type: RoleType) -> [Int] {
        nodes(of: .role).filter { nodes[$0].roleType == type }
    }

    /// A node's name in quotes, for messages: `'Park-App'`.
    public func quotedName(_ node: Int) -> String { "'\(nodes[node].name)'" }
}

extension String {
    /// Whether the text is empty or only spaces and tabs: what `trimmingCharacters(in: .whitespaces)`
    /// would leave empty, decided at the first other character instead of copying through NSString.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || ($0.value > 0x7F && CharacterSet.whitespaces.contains($0)) }
    }
}
