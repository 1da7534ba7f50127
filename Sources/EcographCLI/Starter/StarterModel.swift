import EcographRules
import EcographMessages

/// The commented starter model and configuration `ecograph init` writes: three systems, a CDO
/// advising the chief executive, one field with its Lotse, one project with full RACI.
enum StarterModel {
    static func fileName(_ language: Language) -> String { language == .de ? "oekosystem.yaml" : "ecosystem.yaml" }

    static func model(_ language: Language) -> String { language == .de ? german : english }

    static func configuration(_ language: Language) -> String {
        language == .de
            ? """
            # Einstellungen für 'ecograph check' (Regeln: 'ecograph rules', 'ecograph rules explain ID').
            rules:
              # orphan-node: off                  # eine Regel abschalten
              # vacant-role: info                 # ihre Schwere ändern
              overloaded-actor:
                max-projects: 5                   # Schwelle: federführend für mehr als 5 laufende Projekte
            # rule-files: [regeln/land.yml]       # eigene Regeln in YAML (docs/rule-files.md)
            # plugins: [{ exec: plugins/pruefung.py, timeout: 10 }]   # Regeln als Programm (docs/plugins.md)

            """
            : """
            # Settings for 'ecograph check' (rules: 'ecograph rules', 'ecograph rules explain ID').
            rules:
              # orphan-node: off                  # switch a rule off
              # vacant-role: info                 # change its severity
              overloaded-actor:
                max-projects: 5                   # threshold: accountable for more than 5 running projects
            # rule-files: [rules/state.yml]       # your own rules in YAML (docs/rule-files.md)
            # plugins: [{ exec: plugins/check.py, timeout: 10 }]      # rules as programs (docs/plugins.md)

            """
    }

    static let german = """
        # Das Ökosystem der Digitalisierung unserer Kommune — ein Startpunkt für ecograph.
        # Prüfen:   ecograph check oekosystem.yaml --lang de
        # Zeichnen: ecograph render oekosystem.yaml -o karte.svg --lang de
        # Aufbau und alle Schlüssel: docs/model-format.md. IDs (links vom Doppelpunkt) sind frei
        # wählbar und müssen eindeutig sein; 'bezeichnung' ist, was Menschen lesen.

        ökosystem: Musterkommune

        # Die drei Systeme: Kommunalverwaltung, Konzern Kommune, Örtliche Gemeinschaft.
        systeme:
          verwaltung:   { bezeichnung: Kommunalverwaltung, typ: verwaltung }
          konzern:      { bezeichnung: Konzern Kommune, typ: konzern }
          gemeinschaft: { bezeichnung: Örtliche Gemeinschaft, typ: gemeinschaft }

        # Gestaltungsfelder der Digitalisierung; jedes braucht eine Digitale Lotsin/einen Lotsen.
        gestaltungsfelder:
          mobilitaet: { bezeichnung: Mobilität }

        zielgruppen:
          pendelnde: { bezeichnung: Pendlerinnen und Pendler }

        # Rollen: wer hat welche Aufgabe? (typ: verwaltungsspitze, cdo, lotse, …)
        rollen:
          buergermeisterin: { bezeichnung: Bürgermeisterin, typ: verwaltungsspitze }
          cdo:
            bezeichnung: Chief Digital Officer (CDO)
            typ: cdo
            berät: [buergermeisterin]
            koordiniert: [mobilitaet]
          lotse-mobilitaet: { bezeichnung: Digitale Lotsin Mobilität, typ: lotse, lotst: mobilitaet }

        # Akteure: Menschen und Organisationen, jeweils in einem System; 'hält' nennt ihre Rollen.
        akteure:
          buergermeisterin-person: { bezeichnung: Dr. Maria Beispiel, system: verwaltung, hält: [buergermeisterin] }
          digitalstab: { bezeichnung: Stabsstelle Digitalisierung, system: verwaltung, hält: [cdo] }
          stadtwerke: { bezeichnung: Stadtwerke Musterkommune GmbH, system: konzern, hält: [lotse-mobilitaet] }
          buergerverein: { bezeichnung: Bürgerverein e.V., system: gemeinschaft }

        # Beteiligungsformate (typ: workshop, barcamp, hackathon, makerspace, online-beteiligung, …)
        formate:
          mobilitaetswerkstatt: { bezeichnung: Mobilitätswerkstatt, typ: workshop, teilnehmende: [buergerverein, stadtwerke] }

        # Projekte mit Status (idee, geplant, beginnt, läuft, abgeschlossen) und RACI:
        # federführend (genau eine/r), mitwirkend, beteiligt, informiert.
        projekte:
          mitfahr-app:
            bezeichnung: Mitfahr-App für Pendelnde
            gestaltungsfeld: mobilitaet
            status: geplant
            federführend: lotse-mobilitaet
            mitwirkend: [stadtwerke]
            beteiligt: [buergerverein]
            informiert: [buergermeisterin]
            zielgruppen: [pendelnde]
            nutzenversprechen: Pendelnde finden Mitfahrgelegenheiten in ihrer Nachbarschaft.
            indikator: 300 vermittelte Fahrten pro Monat bis Ende 2027
            beteiligungsformate: [mobilitaetswerkstatt]

        """

    static let english = """
        # The ecosystem of our municipality's digitalisation — a starting point for ecograph.
        # Check: ecograph check ecosystem.yaml
        # Draw:  ecograph render ecosystem.yaml -o map.svg
        # Structure and every key: docs/model-format.md. Ids (left of the colon) are yours to
        # choose and must be unique; 'name' is what people read.

        ecosystem: Sample Town

        # The three systems: administration, municipal group, community.
        systems:
          administration: { name: Town Administration, type: administration }
          group:          { name: Municipal Group, type: municipal-group }
          community:      { name: Local Community, type: community }

        # Fields of action; each needs a digital pilot (Lotse).
        fields:
          mobility: { name: Mobility }

        target-groups:
          commuters: { name: Commuters }

        # Roles: who has which task? (type: chief-executive, cdo, lotse, …)
        roles:
          mayor: { name: Mayor, type: chief-executive }
          cdo:
            name: Chief Digital Officer (CDO)
            type: cdo
            advises: [mayor]
            coordinates: [mobility]
          lotse-mobility: { name: Digital Pilot Mobility, type: lotse, pilots: mobility }

        # Actors: people and organisations, each in one system; 'holds' names their roles.
        actors:
          mayor-person: { name: Dr. Mary Sample, system: administration, holds: [mayor] }
          digital-office: { name: Digital Office, system: administration, holds: [cdo] }
          utilities: { name: Sample Town Utilities Ltd, system: group, holds: [lotse-mobility] }
          residents-association: { name: Residents' Association, system: community }

        # Participation formats (type: workshop, barcamp, hackathon, makerspace, online-participation, …)
        formats:
          mobility-workshop: { name: Mobility Workshop, type: workshop, participants: [residents-association, utilities] }

        # Projects with a status (idea, planned, starting, running, done) and RACI:
        # accountable (exactly one), responsible, consulted, informed.
        projects:
          ride-sharing:
            name: Ride-sharing app for commuters
            field: mobility
            status: planned
            accountable: lotse-mobility
            responsible: [utilities]
            consulted: [residents-association]
            informed: [mayor]
            target-groups: [commuters]
            value: Commuters find rides in their neighbourhood.
            indicator: 300 rides arranged per month by the end of 2027
            participation: [mobility-workshop]

        """
}
