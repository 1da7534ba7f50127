import EcographRules

/// The texts of the live page, from the catalogue's ``ServeMessage``.
enum ServeWords {
    static func title(_ language: Language) -> String { ServeMessage.title.text(in: language) }
    static func view(_ language: Language) -> String { ServeMessage.view.text(in: language) }
    static func landscape(_ language: Language) -> String { ServeMessage.landscape.text(in: language) }
    static func overview(_ language: Language) -> String { ServeMessage.overview.text(in: language) }
    static func fields(_ language: Language) -> String { ServeMessage.fields.text(in: language) }
    static func systems(_ language: Language) -> String { ServeMessage.systems.text(in: language) }
    static func municipalities(_ language: Language) -> String { ServeMessage.municipalities.text(in: language) }
    static func focus(_ language: Language) -> String { ServeMessage.focus.text(in: language) }
    static func map(_ language: Language) -> String { ServeMessage.map.text(in: language) }
    static func findings(_ language: Language) -> String { ServeMessage.findings.text(in: language) }
    static func portfolio(_ language: Language) -> String { ServeMessage.portfolio.text(in: language) }
    static func raci(_ language: Language) -> String { ServeMessage.raci.text(in: language) }
    static func problems(_ language: Language) -> String { ServeMessage.problems.text(in: language) }
    static func noFindings(_ language: Language) -> String { ServeMessage.noFindings.text(in: language) }
    static func advice(_ language: Language) -> String { ServeMessage.advice.text(in: language) }
    static func loading(_ language: Language) -> String { ServeMessage.loading.text(in: language) }
    static func drawing(_ language: Language) -> String { ServeMessage.drawing.text(in: language) }
    static func live(_ language: Language) -> String { ServeMessage.live.text(in: language) }
    static func invalid(_ language: Language) -> String { ServeMessage.invalid.text(in: language) }
    static func invalidFromTheStart(_ language: Language) -> String { ServeMessage.invalidFromTheStart.text(in: language) }
    static func disconnected(_ language: Language) -> String { ServeMessage.disconnected.text(in: language) }
    static func viewFailed(_ language: Language) -> String { ServeMessage.viewFailed.text(in: language) }
    static func notInMap(_ language: Language) -> String { ServeMessage.notInMap.text(in: language) }
    static func noModel(_ language: Language) -> String { ServeMessage.noModel.text(in: language) }
    /// `error` / `Fehler`, as the findings list labels a finding.
    static func severity(_ severity: Severity, _ language: Language) -> String { severity.word(in: language) }
    /// `3 errors, 5 warnings, 2 info`.
    static func summary(errors: Int, warnings: Int, infos: Int, _ language: Language) -> String {
        ServeMessage.summary.text(in: language, ["errors": errors, "warnings": warnings, "infos": infos])
    }
    static func notFound(_ language: Language) -> String { ServeMessage.notFound.text(in: language) }
    static func unknownView(_ language: Language) -> String { ServeMessage.unknownView.text(in: language) }
    static func tooManyListeners(_ language: Language) -> String { ServeMessage.tooManyListeners.text(in: language) }
    static func wrongHost(_ language: Language) -> String { ServeMessage.wrongHost.text(in: language) }
}
