import EcographMessages

extension ProjectStatus {
    /// The status as people read it, in English or German (`running` / `läuft`).
    public func word(in language: Language) -> String { message.text(in: language) }

    /// The status in both languages.
    public var localizedWord: LocalizedText { message.text }

    private var message: WordMessage {
        switch self {
        case .idea: return .statusIdea
        case .planned: return .statusPlanned
        case .starting: return .statusStarting
        case .running: return .statusRunning
        case .done: return .statusDone
        }
    }
}
