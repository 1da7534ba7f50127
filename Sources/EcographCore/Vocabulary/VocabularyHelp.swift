/// What the words of the model format mean, in English: every section, key, term word and edge
/// type. The JSON Schema (``ModelSchema``) and the reference page (``ModelFormatReference``) read
/// these texts; a test checks that no word of the ``Vocabulary`` lacks one.
///
/// ```swift
/// VocabularyHelp.key("accountable", of: .project)
/// // "RACI A (federführend): the one role or actor answerable for the project."
/// ```
public enum VocabularyHelp {
    /// What a section holds, by its canonical name (`projects`); empty for an unknown name.
    public static func section(_ name: String) -> String { sections[name] ?? "" }

    /// What a key of a kind means, by its canonical name; empty for an unknown key.
    public static func key(_ name: String, of kind: NodeKind) -> String {
        keys[kind]?[name] ?? partyKeys[name] ?? commonKeys[name] ?? ""
    }

    /// What a key of a waiver means (`rule`, `reason`); empty for an unknown key.
    public static func waiverKey(_ name: String) -> String { waiverKeys[name] ?? "" }

    /// What a key of a relation means (`from`, `type`, `to`, `note`); empty for an unknown key.
    public static func relationKey(_ name: String) -> String { relationKeys[name] ?? "" }

    /// What a canonical word of a closed word set means, by the set's ``Term/termName``
    /// (`status`) and the word (`running`); empty for an unknown word.
    public static func term(_ termName: String, word: String) -> String { terms[termName]?[word] ?? "" }

    /// What a built-in edge type means; empty for a custom type.
    public static func edgeType(_ type: EdgeType) -> String { edgeTypes[type.rawValue] ?? "" }

    private static let sections: [String: String] = [
        "ecosystem": "The name of the ecosystem: the municipality, district or region it describes.",
        "systems": """
            The systems of the ecosystem: the administration (Kommunalverwaltung), the municipal \
            group (Konzern Kommune), the local community (Örtliche Gemeinschaft), and any external \
            ones. Every system needs a type.
            """,
        "fields": """
            The fields of action (Gestaltungsfelder), such as mobility or education. Each field \
            should have a Digitaler Lotse: a role that pilots it.
            """,
        "target-groups": "The groups of people that projects mean to serve (Zielgruppen).",
        "roles": """
            The roles that actors hold: the chief executive, the executive board, the Chief \
            Digital Officer (CDO), the Digitale Lotsen, coordinators, leads and experts.
            """,
        "actors": "The people, offices, companies, associations and other parties of the ecosystem.",
        "formats": """
            The participation formats through which people take part: workshops, barcamps, \
            hackathons, makerspaces, online participation, surveys, forums and labs.
            """,
        "projects": """
            The digitalisation projects, each with its field, its status and who is accountable, \
            responsible, consulted and informed (RACI).
            """,
        "relations": """
            Further relations that the keys of the entries do not express, as a list of \
            { from, type, to, note }.
            """,
    ]

    private static let commonKeys: [String: String] = [
        "name": "The name shown in reports and maps. Without it, the id is the name.",
        "description": "A free description of the entry.",
        "ecosystem": """
            In a model of several municipalities written in one file: the ecosystem (municipality) \
            this entry belongs to. Entries without it belong to the ecosystem named at the top of \
            their file when the files of a model name different ecosystems; otherwise they follow \
            what they are attached to (an actor its system, a role its holder, a field its Lotse, \
            a project its field). Maps and reports of a region group by it.
            """,
        "waive": """
            Deliberate exceptions to rules for this entry: a list of { rule, reason }. The reason is \
            required; reviewers read it.
            """,
    ]

    /// Keys that roles and actors share.
    private static let partyKeys: [String: String] = [
        "system": "The system this party belongs to.",
        "advises": "The roles or actors this party advises.",
        "coordinates": "What this party coordinates: systems, fields, roles, actors, formats or projects.",
        "supports": "What this party supports: any node of the model.",
        "pilots": "The fields of action this party pilots as their Digitaler Lotse.",
    ]

    private static let keys: [NodeKind: [String: String]] = [
        .system: [
            "type": "Which system this is.",
        ],
        .role: [
            "type": """
                What the role is for. The checks look for the chief executive, the CDO and the \
                Lotsen. Without a type, a role is 'other'.
                """,
        ],
        .actor: [
            "type": "What kind of party this is, in your own words: person, office, company, association, …",
            "holds": "The roles this actor holds.",
            "member-of": "The actors this one is part of: an office, a department, a company, a committee.",
            "contact": "How to reach the actor: an e-mail address, a phone number, an office.",
        ],
        .format: [
            "type": "What kind of participation format this is.",
            "participants": "The roles or actors who take part in the format.",
            "organisers": "The roles or actors who organise the format.",
            "date": "When the format takes place, as text (e.g. 2025-03-14).",
        ],
        .project: [
            "field": "The field or fields of action the project belongs to.",
            "status": "Where the project stands in its lifecycle.",
            "accountable": "RACI A (federführend): the one role or actor answerable for the project.",
            "responsible": "RACI R (mitwirkend): the roles or actors who do the work.",
            "consulted": "RACI C (beteiligt): the roles or actors asked before decisions.",
            "informed": "RACI I (informiert): the roles or actors kept up to date.",
            "target-groups": "The target groups the project serves.",
            "value": "The value proposition (Nutzenversprechen): what the project promises, and to whom.",
            "indicator": "How the benefit will be shown (Nutzennachweis): an indicator, best with a target and a date.",
            "participation": "The participation formats through which people take part in the project.",
            "depends-on": "The projects this project needs.",
            "start": "When the project starts or started, as text (e.g. 2025-03).",
            "end": "When the project ends or ended, as text (e.g. 2026-12).",
            "budget": "The project's budget, as text (e.g. \"120.000 €\").",
            "tags": "Keywords: one text or a list of texts.",
        ],
    ]

    private static let waiverKeys: [String: String] = [
        "rule": "The id of the rule that does not apply here, as 'ecograph rules' lists it.",
        "reason": "Why the exception is justified. Required; reviewers read it.",
    ]

    private static let relationKeys: [String: String] = [
        "from": "The id, or a list of ids, the relation starts from.",
        "type": "The type of the relation: a built-in type, or a name of your own that starts with 'x-'.",
        "to": "The id, or a list of ids, the relation points to.",
        "note": "A remark for readers of the model; ecograph does not use it.",
    ]

    private static let terms: [String: [String: String]] = [
        SystemType.termName: [
            SystemType.administration.rawValue: "Kommunalverwaltung: the departments, offices and the IT unit.",
            SystemType.municipalGroup.rawValue: "Konzern Kommune: companies and bodies the municipality owns or controls.",
            SystemType.community.rawValue: "Örtliche Gemeinschaft: citizens, associations, schools, businesses, research.",
            SystemType.external.rawValue: "Anything beyond the three: the state, a federal agency, a regional association.",
        ],
        RoleType.termName: [
            RoleType.chiefExecutive.rawValue: "The head of the administration (Hauptverwaltungsbeamter): mayor, Landrat.",
            RoleType.board.rawValue: "The executive board (Verwaltungsvorstand).",
            RoleType.cdo.rawValue: "The Chief Digital Officer: the face of digitalisation, link between the three systems.",
            RoleType.lotse.rawValue: "A Digitaler Lotse (digital pilot): the expert who drives one field of action.",
            RoleType.coordinator.rawValue: "A coordinating role: a digitalisation office, a programme lead.",
            RoleType.lead.rawValue: "The lead of a unit, department or company.",
            RoleType.expert.rawValue: "A specialist role.",
            RoleType.other.rawValue: "Any other role; the type of a role that names none.",
        ],
        FormatType.termName: [
            FormatType.workshop.rawValue: "A workshop (Werkstatt).",
            FormatType.barcamp.rawValue: "An open conference whose participants set the agenda.",
            FormatType.hackathon.rawValue: "People build prototypes together in a short time.",
            FormatType.makerspace.rawValue: "An open workshop for making things, a fab lab.",
            FormatType.onlineParticipation.rawValue: "Participation online (Online-Beteiligung).",
            FormatType.survey.rawValue: "A survey (Umfrage, Befragung).",
            FormatType.forum.rawValue: "A forum, public event or dialogue (Bürgerforum).",
            FormatType.lab.rawValue: "A real-world laboratory (Reallabor, living lab).",
            FormatType.other.rawValue: "Any other format.",
        ],
        ProjectStatus.termName: [
            ProjectStatus.idea.rawValue: "An idea; nothing is decided yet.",
            ProjectStatus.planned.rawValue: "Decided and being planned.",
            ProjectStatus.starting.rawValue: "Work is starting.",
            ProjectStatus.running.rawValue: "Work is under way.",
            ProjectStatus.done.rawValue: "Finished.",
        ],
    ]

    private static let edgeTypes: [String: String] = [
        EdgeType.holds.rawValue: "An actor holds a role.",
        EdgeType.inSystem.rawValue: "A party belongs to a system.",
        EdgeType.pilots.rawValue: "A party pilots a field of action: the field's Digitaler Lotse.",
        EdgeType.advises.rawValue: "A party advises another.",
        EdgeType.coordinates.rawValue: "A party coordinates a system, field, role, actor, format or project.",
        EdgeType.supports.rawValue: "One node supports another; usually a party supports a role, a project or a format.",
        EdgeType.memberOf.rawValue: "An actor is part of another: a person of an office, an office of a department.",
        EdgeType.accountable.rawValue: "RACI A (federführend): the one party answerable for a project.",
        EdgeType.responsible.rawValue: "RACI R (mitwirkend): a party that does the work of a project.",
        EdgeType.consulted.rawValue: "RACI C (beteiligt): a party asked before decisions on a project.",
        EdgeType.informed.rawValue: "RACI I (informiert): a party kept up to date about a project.",
        EdgeType.inField.rawValue: "A project belongs to a field of action.",
        EdgeType.targets.rawValue: "A project serves a target group.",
        EdgeType.participation.rawValue: "A participation format involves people in a project.",
        EdgeType.participates.rawValue: "A party takes part in a format.",
        EdgeType.organises.rawValue: "A party organises a format.",
        EdgeType.dependsOn.rawValue: "A project needs another.",
        EdgeType.cooperates.rawValue: "Parties work together, e.g. across municipalities (interkommunale Zusammenarbeit).",
        EdgeType.reportsTo.rawValue: "A party reports to another.",
        EdgeType.funds.rawValue: "A party funds a project or another party.",
        EdgeType.delivers.rawValue: "A party delivers a service or system to another party or project.",
        EdgeType.uses.rawValue: "A project or party uses what another provides.",
    ]
}
