import EcographCore

extension NodeKind {
    /// The noun for a node of this kind in a language, for messages and labels
    /// (`project` / `Projekt`).
    public func noun(in language: Language) -> String {
        guard language == .de else { return noun }
        switch self {
        case .system: return "System"
        case .field: return "Gestaltungsfeld"
        case .targetGroup: return "Zielgruppe"
        case .role: return "Rolle"
        case .actor: return "Akteur"
        case .format: return "Format"
        case .project: return "Projekt"
        }
    }
}
