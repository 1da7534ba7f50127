/// The built-in rules: each one's name, summary, why it matters, how to fix it, and what its
/// findings say. Ids are `rule.RULE-ID.PART`.
public enum RuleMessage: String, MessageArea {
    public static let area = "rule"

    case orphanName = "orphan-node.name"
    case orphanSummary = "orphan-node.summary"
    case orphanRationale = "orphan-node.rationale"
    case orphanFix = "orphan-node.fix"
    case orphanMessage = "orphan-node.message"
    case orphanHint = "orphan-node.hint"

    case singlePointName = "single-point-of-failure.name"
    case singlePointSummary = "single-point-of-failure.summary"
    case singlePointRationale = "single-point-of-failure.rationale"
    case singlePointFix = "single-point-of-failure.fix"
    case singlePointMessage = "single-point-of-failure.message"
    case singlePointHint = "single-point-of-failure.hint"
    case singlePointPilotsMessage = "single-point-of-failure.pilots.message"
    case singlePointPilotsHint = "single-point-of-failure.pilots.hint"

    case overloadedName = "overloaded-actor.name"
    case overloadedSummary = "overloaded-actor.summary"
    case overloadedRationale = "overloaded-actor.rationale"
    case overloadedFix = "overloaded-actor.fix"
    case overloadedOption = "overloaded-actor.option.max-projects"
    case overloadedMessage = "overloaded-actor.message"
    case overloadedHint = "overloaded-actor.hint"

    case unassignedName = "unassigned-project.name"
    case unassignedSummary = "unassigned-project.summary"
    case unassignedRationale = "unassigned-project.rationale"
    case unassignedFix = "unassigned-project.fix"
    case unassignedMessage = "unassigned-project.message"
    case unassignedHint = "unassigned-project.hint"

    case unclearName = "unclear-ownership.name"
    case unclearSummary = "unclear-ownership.summary"
    case unclearRationale = "unclear-ownership.rationale"
    case unclearFix = "unclear-ownership.fix"
    case unclearNoneMessage = "unclear-ownership.none.message"
    case unclearNoneHint = "unclear-ownership.none.hint"
    case unclearManyMessage = "unclear-ownership.many.message"
    case unclearManyHint = "unclear-ownership.many.hint"

    case consolidationName = "consolidation-candidate.name"
    case consolidationSummary = "consolidation-candidate.summary"
    case consolidationRationale = "consolidation-candidate.rationale"
    case consolidationFix = "consolidation-candidate.fix"
    case consolidationMessage = "consolidation-candidate.message"
    case consolidationHint = "consolidation-candidate.hint"

    case cycleName = "dependency-cycle.name"
    case cycleSummary = "dependency-cycle.summary"
    case cycleRationale = "dependency-cycle.rationale"
    case cycleFix = "dependency-cycle.fix"
    case cycleSelfMessage = "dependency-cycle.self.message"
    case cycleSelfHint = "dependency-cycle.self.hint"
    case cycleMessage = "dependency-cycle.message"
    case cycleHint = "dependency-cycle.hint"

    case cdoName = "cdo-bridge.name"
    case cdoSummary = "cdo-bridge.summary"
    case cdoRationale = "cdo-bridge.rationale"
    case cdoFix = "cdo-bridge.fix"
    case cdoMissingMessage = "cdo-bridge.missing.message"
    case cdoMissingHint = "cdo-bridge.missing.hint"
    case cdoAdvisesMessage = "cdo-bridge.advises.message"
    case cdoAdvisesHint = "cdo-bridge.advises.hint"
    case cdoReachMessage = "cdo-bridge.reach.message"
    case cdoReachHint = "cdo-bridge.reach.hint"
    case cdoReachOr = "cdo-bridge.reach.or"
    case systemAdministration = "cdo-bridge.system.administration"
    case systemMunicipalGroup = "cdo-bridge.system.municipal-group"
    case systemCommunity = "cdo-bridge.system.community"
    case systemExternal = "cdo-bridge.system.external"

    case missingLotseName = "missing-lotse.name"
    case missingLotseSummary = "missing-lotse.summary"
    case missingLotseRationale = "missing-lotse.rationale"
    case missingLotseFix = "missing-lotse.fix"
    case missingLotseMessage = "missing-lotse.message"
    case missingLotseHint = "missing-lotse.hint"

    case vacantName = "vacant-role.name"
    case vacantSummary = "vacant-role.summary"
    case vacantRationale = "vacant-role.rationale"
    case vacantFix = "vacant-role.fix"
    case vacantMessage = "vacant-role.message"
    case vacantHint = "vacant-role.hint"

    case indicatorName = "missing-benefit-indicator.name"
    case indicatorSummary = "missing-benefit-indicator.summary"
    case indicatorRationale = "missing-benefit-indicator.rationale"
    case indicatorFix = "missing-benefit-indicator.fix"
    case indicatorMessage = "missing-benefit-indicator.message"
    case indicatorHint = "missing-benefit-indicator.hint"

    case valueName = "missing-value-proposition.name"
    case valueSummary = "missing-value-proposition.summary"
    case valueRationale = "missing-value-proposition.rationale"
    case valueFix = "missing-value-proposition.fix"
    case valueNoValueMessage = "missing-value-proposition.value.message"
    case valueNoValueHint = "missing-value-proposition.value.hint"
    case valueNoGroupMessage = "missing-value-proposition.group.message"
    case valueNoGroupHint = "missing-value-proposition.group.hint"
    case valueNeitherMessage = "missing-value-proposition.neither.message"
    case valueNeitherHint = "missing-value-proposition.neither.hint"

    case participationName = "no-external-participation.name"
    case participationSummary = "no-external-participation.summary"
    case participationRationale = "no-external-participation.rationale"
    case participationFix = "no-external-participation.fix"
    case participationMessage = "no-external-participation.message"
    case participationHint = "no-external-participation.hint"

    public var wording: Wording {
        switch self {
        case .orphanName: Wording(en: "Orphan node", de: "Isolierter Knoten")
        case .orphanSummary: Wording(en: "A node has no relation at all.", de: "Ein Knoten hat keine einzige Beziehung.")
        case .orphanRationale:
            Wording(
                en: "The ecosystem is a network: an actor, target group or format that nothing refers to is either forgotten in the model or forgotten in reality.",
                de: "Das Ökosystem ist ein Netzwerk: Ein Akteur, eine Zielgruppe oder ein Format, auf das nichts verweist, ist entweder im Modell vergessen worden oder in der Wirklichkeit.")
        case .orphanFix:
            Wording(
                en: "Connect it (e.g. 'system:' for an actor, 'target-groups:' on a project that serves a group) or remove it.",
                de: "Verbinden Sie den Knoten (z. B. 'system:' bei einem Akteur, 'zielgruppen:' bei einem Projekt, das der Gruppe dient) oder entfernen Sie ihn.")
        case .orphanMessage: Wording(en: "{Kind} {name} has no relation to anything.", de: "{Kind} {name} hat keine Beziehung zu irgendetwas.")
        case .orphanHint:
            Wording(en: "Connect it to the ecosystem or remove it.", de: "Verbinden Sie den Knoten mit dem Ökosystem oder entfernen Sie ihn.")

        case .singlePointName: Wording(en: "Single point of failure", de: "Einzelner Ausfallpunkt")
        case .singlePointSummary:
            Wording(
                en: "An actor whose removal disconnects part of the responsibility network, or who holds more than one CDO or Lotse role.",
                de: "Eine Stelle, ohne die ein Teil des Verantwortungsnetzes abreißt, oder die mehr als eine CDO- oder Lotsen-Rolle innehat.")
        case .singlePointRationale:
            Wording(
                en: "The Lotsen are nodes in the network and supporters of the CDO. When one person or office is the only link to part of the network — an articulation point among actors, roles, fields and projects — that part is lost when they leave, fall ill or change jobs. Concentrating several pilot roles in one actor has the same effect.",
                de: "Die Lotsinnen und Lotsen sind Knoten im Netzwerk und Stützen des CDO. Ist eine Person oder Stelle die einzige Verbindung zu einem Teil des Netzes – ein Gelenkpunkt zwischen Akteuren, Rollen, Gestaltungsfeldern und Projekten –, geht dieser Teil verloren, wenn sie ausscheidet, erkrankt oder die Stelle wechselt. Mehrere Lotsenrollen in einer Hand wirken ebenso.")
        case .singlePointFix:
            Wording(
                en: "Give the cut-off part a second link: a deputy holding the role, a second responsible party, or another Lotse.",
                de: "Geben Sie dem abgeschnittenen Teil eine zweite Verbindung: eine Vertretung in der Rolle, eine weitere mitwirkende Stelle oder eine weitere Lotsin bzw. einen weiteren Lotsen.")
        case .singlePointMessage:
            Wording(
                en: "Without {name}, {n} {n|node|nodes} of the responsibility network {n|loses its|lose their} link to the rest.",
                de: "Ohne {name} {n|verliert|verlieren} {n} {n|Knoten|Knoten} des Verantwortungsnetzes die Verbindung zum Rest.")
        case .singlePointHint:
            Wording(
                en: "Add a second link to that part: a deputy, a second responsible party or another role holder.",
                de: "Schaffen Sie eine zweite Verbindung: eine Vertretung, eine weitere mitwirkende Stelle oder eine zweite Besetzung.")
        case .singlePointPilotsMessage:
            Wording(en: "{name} holds {n} CDO or Lotse roles: {roles}.", de: "{name} hat {n} CDO- bzw. Lotsen-Rollen inne: {roles}.")
        case .singlePointPilotsHint:
            Wording(en: "Give each field its own Lotse.", de: "Geben Sie jedem Gestaltungsfeld eine eigene Lotsin bzw. einen eigenen Lotsen.")

        case .overloadedName: Wording(en: "Overloaded actor", de: "Überlastete Stelle")
        case .overloadedSummary:
            Wording(
                en: "An actor is accountable, directly or through held roles, for more starting or running projects than the limit.",
                de: "Eine Stelle ist direkt oder über ihre Rollen für mehr beginnende oder laufende Projekte federführend als das Limit.")
        case .overloadedRationale:
            Wording(
                en: "Accountability that piles up on one person or office becomes nominal: nobody can answer for many projects at once. Spreading it over the Lotsen of the fields keeps it real.",
                de: "Federführung, die sich bei einer Person oder Stelle häuft, besteht nur noch auf dem Papier: Niemand kann für viele Projekte zugleich einstehen. Verteilt auf die Lotsinnen und Lotsen der Gestaltungsfelder bleibt sie wirksam.")
        case .overloadedFix:
            Wording(
                en: "Hand the accountability for some projects to other roles, e.g. the Lotse of their field, or raise 'max-projects' if the load is intended.",
                de: "Übertragen Sie die Federführung für einige Projekte an andere Rollen, z. B. an die Lotsin bzw. den Lotsen ihres Gestaltungsfelds, oder erhöhen Sie 'max-projects', wenn die Last so gewollt ist.")
        case .overloadedOption:
            Wording(
                en: "The most starting or running projects one actor may be accountable for.",
                de: "Die höchste Zahl beginnender oder laufender Projekte, für die eine Stelle federführend sein darf.")
        case .overloadedMessage:
            Wording(
                en: "{name} is accountable for {n} starting or running projects (limit {limit}).",
                de: "{name} ist für {n} beginnende oder laufende Projekte federführend (Limit {limit}).")
        case .overloadedHint:
            Wording(
                en: "Hand some of them to the Lotse of their field or another role.",
                de: "Geben Sie einige an die Lotsin bzw. den Lotsen ihres Gestaltungsfelds oder an eine andere Rolle ab.")

        case .unassignedName: Wording(en: "Project in no field", de: "Projekt ohne Gestaltungsfeld")
        case .unassignedSummary: Wording(en: "A project belongs to no field of action.", de: "Ein Projekt gehört zu keinem Gestaltungsfeld.")
        case .unassignedRationale:
            Wording(
                en: "All digitalisation activities in the ecosystem must be coordinated and, where needed, consolidated. A project outside every field has no Lotse to drive it and escapes the coordination of its field.",
                de: "Alle Digitalisierungsaktivitäten im Ökosystem müssen koordiniert und, wo nötig, gebündelt werden. Ein Projekt außerhalb jedes Gestaltungsfelds hat keine Lotsin und keinen Lotsen, die es voranbringen, und entgeht der Koordination seines Feldes.")
        case .unassignedFix:
            Wording(
                en: "Set 'field' (German: 'gestaltungsfeld') to the field the project serves.",
                de: "Tragen Sie unter 'gestaltungsfeld' (englisch: 'field') das Feld ein, dem das Projekt dient.")
        case .unassignedMessage: Wording(en: "Project {name} belongs to no field of action.", de: "Projekt {name} gehört zu keinem Gestaltungsfeld.")
        case .unassignedHint: Wording(en: "Add 'field:' with the field it serves.", de: "Ergänzen Sie 'gestaltungsfeld:' mit dem Feld, dem es dient.")

        case .unclearName: Wording(en: "Unclear ownership", de: "Unklare Federführung")
        case .unclearSummary:
            Wording(en: "A project has no accountable party, or more than one.", de: "Ein Projekt hat keine federführende Stelle oder mehr als eine.")
        case .unclearRationale:
            Wording(
                en: "The ecosystem works only when roles and areas of responsibility are clearly marked out. A project nobody is accountable for drifts; a project with two accountable parties has none in practice, because each can wait for the other.",
                de: "Das Ökosystem funktioniert nur, wenn Rollen und Verantwortungsbereiche klar abgegrenzt sind. Ein Projekt ohne Federführung treibt dahin; ein Projekt mit zwei federführenden Stellen hat in der Praxis keine, weil jede auf die andere warten kann.")
        case .unclearFix:
            Wording(
                en: "Name exactly one role or actor under 'accountable' (German: 'federführend'); move others to 'responsible'.",
                de: "Tragen Sie unter 'federführend' (englisch: 'accountable') genau eine Rolle oder Stelle ein; führen Sie die anderen unter 'mitwirkend'.")
        case .unclearNoneMessage: Wording(en: "Project {name} has no accountable party.", de: "Projekt {name} hat keine federführende Stelle.")
        case .unclearNoneHint:
            Wording(en: "Name one role or actor under 'accountable'.", de: "Tragen Sie genau eine Rolle oder Stelle unter 'federführend' ein.")
        case .unclearManyMessage:
            Wording(en: "Project {name} has {n} accountable parties: {names}.", de: "Projekt {name} hat {n} federführende Stellen: {names}.")
        case .unclearManyHint:
            Wording(
                en: "Keep one under 'accountable' and list the others as 'responsible'.",
                de: "Behalten Sie eine unter 'federführend' und führen Sie die anderen unter 'mitwirkend'.")

        case .cycleName: Wording(en: "Dependency cycle", de: "Zirkuläre Abhängigkeit")
        case .cycleSummary:
            Wording(
                en: "Projects depend on each other in a cycle, or a project on itself.",
                de: "Projekte hängen im Kreis voneinander ab, oder ein Projekt hängt von sich selbst ab.")
        case .cycleRationale:
            Wording(
                en: "A project that depends on another cannot finish before it. In a cycle each waits for the next, so none can be planned to finish first: the dependencies are wrong, or the projects are one.",
                de: "Ein Projekt, das von einem anderen abhängt, kann nicht vor diesem fertig werden. In einem Kreis wartet jedes auf das nächste, sodass keines als erstes fertig geplant werden kann: Entweder stimmen die Abhängigkeiten nicht, oder die Projekte sind eigentlich eines.")
        case .cycleFix:
            Wording(
                en: "Remove the dependency that is not real, or merge the projects into one.",
                de: "Entfernen Sie die Abhängigkeit, die in Wirklichkeit nicht besteht, oder legen Sie die Projekte zu einem zusammen.")
        case .cycleSelfMessage: Wording(en: "Project {names} depends on itself.", de: "Projekt {names} hängt von sich selbst ab.")
        case .cycleSelfHint:
            Wording(en: "Remove the project from its own 'depends-on'.", de: "Entfernen Sie das Projekt aus seinem eigenen 'depends-on'.")
        case .cycleMessage:
            Wording(
                en: "Projects {names} depend on each other in a cycle; none can finish first.",
                de: "Die Projekte {names} hängen im Kreis voneinander ab; keines kann zuerst fertig werden.")
        case .cycleHint:
            Wording(
                en: "Remove the dependency that is not real, or merge the projects.",
                de: "Entfernen Sie die Abhängigkeit, die nicht besteht, oder legen Sie die Projekte zusammen.")
        case .consolidationName: Wording(en: "Consolidation candidate", de: "Kandidat für Bündelung")
        case .consolidationSummary:
            Wording(
                en: "Two projects not yet done, in the same field, share a target group.",
                de: "Zwei noch nicht abgeschlossene Projekte im selben Gestaltungsfeld teilen eine Zielgruppe.")
        case .consolidationRationale:
            Wording(
                en: "All digitalisation activities must be coordinated and, where needed, consolidated. Two projects that serve the same people in the same field may duplicate work, or confuse the people they serve; their Lotse should look at them together.",
                de: "Alle Digitalisierungsaktivitäten müssen koordiniert und, wo nötig, gebündelt werden. Zwei Projekte, die im selben Gestaltungsfeld denselben Menschen dienen, leisten womöglich doppelte Arbeit oder verwirren die Menschen, denen sie dienen; die Lotsin bzw. der Lotse des Feldes sollte sie gemeinsam betrachten.")
        case .consolidationFix:
            Wording(
                en: "Check with the field's Lotse whether the projects should merge or divide the work; waive the finding with a reason if they are deliberately separate.",
                de: "Klären Sie mit der Lotsin bzw. dem Lotsen des Feldes, ob die Projekte zusammengelegt werden oder die Arbeit aufteilen sollten; sind sie bewusst getrennt, markieren Sie den Befund mit Begründung als Ausnahme.")
        case .consolidationMessage:
            Wording(
                en: "Projects {first} and {second} both serve {groups} in field {field}.",
                de: "Die Projekte {first} und {second} richten sich beide an {groups} im Gestaltungsfeld {field}.")
        case .consolidationHint:
            Wording(
                en: "Review them together: merge, divide the work, or waive with a reason.",
                de: "Prüfen Sie beide gemeinsam: bündeln, Arbeit aufteilen oder mit Begründung als Ausnahme markieren.")

        case .cdoName: Wording(en: "CDO as the bridge", de: "CDO als Bindeglied")
        case .cdoSummary:
            Wording(
                en: "There is no CDO; or a CDO advises no chief executive; or a CDO's reach misses one of the three systems.",
                de: "Es gibt keinen CDO; oder ein CDO berät keine Verwaltungsspitze; oder die Reichweite eines CDO verfehlt eines der drei Systeme.")
        case .cdoRationale:
            Wording(
                en: "The Chief Digital Officer is the face of digitalisation and the link between the three systems — administration, municipal group and local community. The CDO advises the chief executive and coordinates all activities. A CDO's reach is its holders and what it coordinates (fields, projects, formats), followed through their relations: the fields' Lotsen and projects, the projects' parties and formats, the formats' participants. That reach must touch a system of each of the three types. In a region of several municipalities, each CDO is judged on its own reach.",
                de: "Der Chief Digital Officer ist das Gesicht der Digitalisierung und das Bindeglied zwischen den drei Systemen – Kommunalverwaltung, Konzern Kommune und örtlicher Gemeinschaft. Der CDO berät die Verwaltungsspitze und koordiniert alle Aktivitäten. Zur Reichweite eines CDO gehören seine Inhaber und was er koordiniert (Gestaltungsfelder, Projekte, Formate), verfolgt über deren Beziehungen: die Lotsinnen, Lotsen und Projekte der Felder, die Beteiligten und Formate der Projekte, die Teilnehmenden der Formate. Diese Reichweite muss ein System jedes der drei Typen berühren. In einer Region aus mehreren Kommunen wird jeder CDO nach seiner eigenen Reichweite beurteilt.")
        case .cdoFix:
            Wording(
                en: "Add a role with 'type: cdo' held by an actor; give it 'advises: [CHIEF-EXECUTIVE-ROLE]'; let it 'coordinate' the fields, projects or formats through which it reaches the municipal group and the community.",
                de: "Legen Sie eine Rolle mit 'typ: cdo' an und besetzen Sie sie; geben Sie ihr 'berät: [ROLLE-DER-VERWALTUNGSSPITZE]'; lassen Sie sie die Gestaltungsfelder, Projekte oder Formate koordinieren ('koordiniert:'), über die sie den Konzern Kommune und die örtliche Gemeinschaft erreicht.")
        case .cdoMissingMessage: Wording(en: "The ecosystem has no CDO: no role has type cdo.", de: "Das Ökosystem hat keinen CDO: keine Rolle hat den Typ cdo.")
        case .cdoMissingHint:
            Wording(
                en: "Add a role with 'type: cdo', held by an actor, that advises the chief executive.",
                de: "Legen Sie eine Rolle mit 'typ: cdo' an, besetzen Sie sie und lassen Sie sie die Verwaltungsspitze beraten.")
        case .cdoAdvisesMessage: Wording(en: "CDO {name} advises no chief executive.", de: "CDO {name} berät keine Verwaltungsspitze.")
        case .cdoAdvisesHint:
            Wording(
                en: "Add 'advises:' with the role of type chief-executive (and the board).",
                de: "Ergänzen Sie 'berät:' mit der Rolle des Typs chief-executive (und dem Verwaltungsvorstand).")
        case .cdoReachMessage: Wording(en: "CDO {name} does not reach {systems}.", de: "CDO {name} erreicht {systems} nicht.")
        case .cdoReachHint:
            Wording(
                en: "Let the CDO coordinate fields, projects or formats that involve actors there.",
                de: "Lassen Sie den CDO Gestaltungsfelder, Projekte oder Formate koordinieren, an denen Akteure dort beteiligt sind.")
        case .cdoReachOr: Wording(en: " or ", de: " und ")
        case .systemAdministration: Wording(en: "the administration", de: "die Kommunalverwaltung")
        case .systemMunicipalGroup: Wording(en: "the municipal group", de: "den Konzern Kommune")
        case .systemCommunity: Wording(en: "the local community", de: "die örtliche Gemeinschaft")
        case .systemExternal: Wording(en: "external parties", de: "externe Partner")

        case .missingLotseName: Wording(en: "Field without Lotse", de: "Gestaltungsfeld ohne Lotse")
        case .missingLotseSummary:
            Wording(en: "A field of action is piloted by no role of type lotse.", de: "Ein Gestaltungsfeld wird von keiner Rolle des Typs Lotse gelotst.")
        case .missingLotseRationale:
            Wording(
                en: "Digital pilots (Digitale Lotsen) are needed throughout the ecosystem, each an expert for one field who drives its digitalisation in a user-oriented way. A field without one has nobody to drive it and no node in the CDO's network.",
                de: "Digitale Lotsinnen und Lotsen werden im ganzen Ökosystem gebraucht, jede und jeder eine Fachperson für ein Gestaltungsfeld, die dessen Digitalisierung nutzerorientiert vorantreibt. Ein Feld ohne sie hat niemanden, der es voranbringt, und keinen Knoten im Netzwerk des CDO.")
        case .missingLotseFix:
            Wording(
                en: "Add a role with 'type: lotse' and 'pilots: FIELD' (German: 'typ: lotse', 'lotst: FELD'), and let an actor hold it.",
                de: "Legen Sie eine Rolle mit 'typ: lotse' und 'lotst: FELD' an (englisch: 'type: lotse', 'pilots: FIELD') und besetzen Sie sie mit einem Akteur.")
        case .missingLotseMessage:
            Wording(
                en: "Field {name} has no Lotse: no role of type lotse pilots it.",
                de: "Gestaltungsfeld {name} hat keine Lotsin bzw. keinen Lotsen: keine Rolle des Typs Lotse lotst es.")
        case .missingLotseHint:
            Wording(
                en: "Add a role with 'type: lotse' and 'pilots: {id}', held by an actor.",
                de: "Legen Sie eine Rolle mit 'typ: lotse' und 'lotst: {id}' an und besetzen Sie sie.")

        case .vacantName: Wording(en: "Vacant role", de: "Unbesetzte Rolle")
        case .vacantSummary: Wording(en: "A role is held by no actor.", de: "Eine Rolle ist von keiner Stelle besetzt.")
        case .vacantRationale:
            Wording(
                en: "A role on paper does no work. Responsibility given to a vacant role — a project it is accountable for, a field it pilots — is responsibility nobody carries.",
                de: "Eine Rolle auf dem Papier leistet keine Arbeit. Verantwortung, die einer unbesetzten Rolle übertragen ist – ein Projekt, für das sie federführend ist, ein Gestaltungsfeld, das sie lotst –, trägt niemand.")
        case .vacantFix:
            Wording(
                en: "Let an actor hold the role ('holds: ROLE' on the actor; German: 'hält: ROLLE'), or remove the role.",
                de: "Besetzen Sie die Rolle mit einem Akteur ('hält: ROLLE' beim Akteur; englisch: 'holds: ROLE') oder entfernen Sie die Rolle.")
        case .vacantMessage: Wording(en: "Role {name} is vacant: no actor holds it.", de: "Rolle {name} ist unbesetzt: kein Akteur hat sie inne.")
        case .vacantHint:
            Wording(en: "Add 'holds: {id}' to the actor who fills it.", de: "Ergänzen Sie 'hält: {id}' bei der Stelle, die sie ausfüllt.")

        case .indicatorName: Wording(en: "Missing benefit indicator", de: "Fehlender Nutzennachweis")
        case .indicatorSummary:
            Wording(
                en: "A project names no indicator by which its benefit can be demonstrated.",
                de: "Ein Projekt nennt keinen Indikator, an dem sich sein Nutzen zeigen lässt.")
        case .indicatorRationale:
            Wording(
                en: "A value proposition is a promise; an indicator makes it checkable. Without one, nobody can show the council or the public that the project improved anything.",
                de: "Ein Nutzenversprechen ist ein Versprechen; ein Indikator macht es überprüfbar. Ohne ihn kann niemand dem Rat oder der Öffentlichkeit zeigen, dass das Projekt etwas verbessert hat.")
        case .indicatorFix:
            Wording(
                en: "Add 'indicator' (German: 'indikator') with a measurable target, e.g. 'waiting time at the citizens' office −30 % by 2027'.",
                de: "Ergänzen Sie 'indikator' (englisch: 'indicator') mit einem messbaren Ziel, z. B. 'Wartezeit im Bürgerbüro −30 % bis 2027'.")
        case .indicatorMessage: Wording(en: "Project {name} names no benefit indicator.", de: "Projekt {name} nennt keinen Nutzennachweis (Indikator).")
        case .indicatorHint: Wording(en: "Add 'indicator:' with a measurable target.", de: "Ergänzen Sie 'indikator:' mit einem messbaren Ziel.")

        case .valueName: Wording(en: "Missing value proposition", de: "Fehlendes Nutzenversprechen")
        case .valueSummary:
            Wording(en: "A project names no value proposition or no target group.", de: "Ein Projekt nennt kein Nutzenversprechen oder keine Zielgruppe.")
        case .valueRationale:
            Wording(
                en: "Digitalisation is not a value in itself. Every project answers: which value do we promise to which target group — who is to experience an improvement?",
                de: "Digitalisierung ist kein Selbstzweck. Jedes Projekt beantwortet: Welches Nutzenversprechen geben wir welcher Zielgruppe – wer soll eine Verbesserung erleben?")
        case .valueFix:
            Wording(
                en: "Write the promise under 'value' (German: 'nutzenversprechen') and name who benefits under 'target-groups' ('zielgruppen').",
                de: "Schreiben Sie das Versprechen unter 'nutzenversprechen' (englisch: 'value') und nennen Sie unter 'zielgruppen' ('target-groups'), wer davon profitiert.")
        case .valueNoValueMessage: Wording(en: "Project {name} names no value proposition.", de: "Projekt {name} nennt kein Nutzenversprechen.")
        case .valueNoValueHint:
            Wording(en: "Add 'value:' saying what improves, for whom.", de: "Ergänzen Sie 'nutzenversprechen:': Was wird für wen besser?")
        case .valueNoGroupMessage: Wording(en: "Project {name} names no target group.", de: "Projekt {name} nennt keine Zielgruppe.")
        case .valueNoGroupHint:
            Wording(
                en: "Add 'target-groups:' with who is to experience the improvement.",
                de: "Ergänzen Sie 'zielgruppen:': Wer soll die Verbesserung erleben?")
        case .valueNeitherMessage:
            Wording(
                en: "Project {name} names neither a value proposition nor a target group.",
                de: "Projekt {name} nennt weder Nutzenversprechen noch Zielgruppe.")
        case .valueNeitherHint: Wording(en: "Add 'value:' and 'target-groups:'.", de: "Ergänzen Sie 'nutzenversprechen:' und 'zielgruppen:'.")

        case .participationName: Wording(en: "No external participation", de: "Keine Beteiligung von außen")
        case .participationSummary:
            Wording(
                en: "A starting or running project involves nobody outside the administration.",
                de: "Ein beginnendes oder laufendes Projekt beteiligt niemanden außerhalb der Verwaltung.")
        case .participationRationale:
            Wording(
                en: "As many actors inside and outside the administration as possible are to be involved in digitalisation projects — through workshops, barcamps, hackathons, a makerspace or online participation. A project the administration runs alone misses the municipal group and the community it is meant to serve.",
                de: "An Digitalisierungsprojekten sollen möglichst viele Akteure innerhalb und außerhalb der Verwaltung beteiligt werden – über Workshops, Barcamps, Hackathons, einen Makerspace oder Online-Beteiligung. Ein Projekt, das die Verwaltung allein betreibt, verfehlt den Konzern Kommune und die Gemeinschaft, der es dienen soll.")
        case .participationFix:
            Wording(
                en: "Involve actors of the municipal group or the community as 'responsible' or 'consulted', or through a participation format ('participation').",
                de: "Beteiligen Sie Akteure aus dem Konzern Kommune oder der örtlichen Gemeinschaft als 'mitwirkend' oder 'beteiligt' oder über ein Beteiligungsformat ('beteiligungsformate').")
        case .participationMessage:
            Wording(
                en: "Project {name} ({status}) involves nobody outside the administration.",
                de: "Projekt {name} ({status}) beteiligt niemanden außerhalb der Verwaltung.")
        case .participationHint:
            Wording(
                en: "Consult actors of the municipal group or the community, or add a participation format.",
                de: "Beteiligen Sie Akteure aus dem Konzern Kommune oder der örtlichen Gemeinschaft, z. B. über ein Beteiligungsformat.")
        }
    }
}
