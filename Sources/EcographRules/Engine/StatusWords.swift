import EcographCore

extension ProjectStatus {
    /// The status as people read it, in English or German (`running` / `läuft`).
    public func word(in language: Language) -> String {
        switch (self, language) {
        case (.idea, .de): return "Idee"
        case (.planned, .de): return "geplant"
        case (.starting, .de): return "beginnt"
        case (.running, .de): return "läuft"
        case (.done, .de): return "abgeschlossen"
        case (_, .en): return rawValue
        }
    }
}
