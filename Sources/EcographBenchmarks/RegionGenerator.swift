/// Writes a synthetic digital region of many municipalities in the model format, for
/// benchmarks and for tests of large models.
///
/// Each municipality has three systems, eight fields (each with a Lotse), a CDO and a chief
/// executive, fifteen actors, four target groups, two participation formats and twelve projects
/// with full RACI — 54 nodes and about 120 edges — and cooperates with the next one. Ids carry
/// a per-municipality prefix (`k42-mobilität`), names and some ids contain umlauts, and
/// every other municipality is written with German keys. Each municipality's systems name it
/// (`ecosystem: Großmüllingen 0`), so that maps and reports see the region's municipalities.
///
/// A few gaps are planted, each in every `k`-th municipality (municipality 0 has all of them),
/// so that a check finds a known number of each (see ``PlantedGap``):
///
/// ```swift
/// let yaml = RegionGenerator(municipalities: 1000).yaml()       // ~7 MB, ~54,000 nodes
/// let json = RegionGenerator(municipalities: 1000).json()       // the same model as JSON
/// ```
public struct RegionGenerator: Sendable {
    /// How many municipalities the region has.
    public let municipalities: Int

    public init(municipalities: Int) {
        precondition(municipalities >= 1, "a region has at least one municipality")
        self.municipalities = municipalities
    }

    /// The model as YAML, block style with flow-style lists, as people write it.
    public func yaml() -> String { RegionWriter.yaml(model()) }

    /// The same model in JSON syntax (the model format, not the canonical export).
    public func json() -> String { RegionWriter.json(model()) }

    /// The same model as one YAML file per municipality, as a region keeps it in a folder:
    /// file names (`k0000.yaml`, …, in the order they load) and texts. References between
    /// municipalities cross files.
    public func files() -> [(name: String, text: String)] {
        let digits = String(municipalities - 1).count
        return (0..<municipalities).map { index in
            var model = GeneratedModel(name: "Digitale Region Nordheide (\(municipalities) Kommunen)")
            Municipality(index: index, count: municipalities).add(to: &model)
            let number = String(index)
            let name = "k" + String(repeating: "0", count: digits - number.count) + number + ".yaml"
            return (name, RegionWriter.yaml(model, namesEcosystem: index == 0))
        }
    }

    /// Nodes each municipality declares.
    public static let nodesPerMunicipality = 54

    /// How many nodes the region has (the planted orphan target groups and vacant roles included).
    public var nodeCount: Int {
        municipalities * Self.nodesPerMunicipality + count(of: .orphanTargetGroup) + count(of: .vacantRole)
    }

    /// How many municipalities carry a planted gap.
    public func count(of gap: PlantedGap) -> Int { (municipalities + gap.period - 1) / gap.period }

    // MARK: - The model

    func model() -> GeneratedModel {
        var model = GeneratedModel(name: "Digitale Region Nordheide (\(municipalities) Kommunen)")
        for index in 0..<municipalities {
            Municipality(index: index, count: municipalities).add(to: &model)
        }
        return model
    }
}

/// A gap the generator plants, the rule that finds it, and how often it occurs.
public enum PlantedGap: String, CaseIterable, Sendable {
    /// A project with no accountable party.
    case projectWithoutOwner
    /// A project with two accountable parties.
    case projectWithTwoOwners
    /// A field whose Lotse role pilots nothing (so the field has no Lotse).
    case fieldWithoutLotse
    /// A role no actor holds.
    case vacantRole
    /// A running project without a benefit indicator.
    case projectWithoutIndicator
    /// A target group no project serves.
    case orphanTargetGroup

    /// Every `period`-th municipality (0, period, 2·period, …) has this gap.
    public var period: Int {
        switch self {
        case .projectWithoutOwner: return 7
        case .projectWithTwoOwners: return 11
        case .fieldWithoutLotse: return 13
        case .vacantRole: return 17
        case .projectWithoutIndicator: return 5
        case .orphanTargetGroup: return 19
        }
    }

    /// The id of the rule that reports it.
    public var rule: String {
        switch self {
        case .projectWithoutOwner, .projectWithTwoOwners: return "unclear-ownership"
        case .fieldWithoutLotse: return "missing-lotse"
        case .vacantRole: return "vacant-role"
        case .projectWithoutIndicator: return "missing-benefit-indicator"
        case .orphanTargetGroup: return "orphan-node"
        }
    }
}

/// A model as sections of entries, in the order they are written.
struct GeneratedModel {
    enum Value {
        case text(String)
        /// One id, written as a scalar.
        case id(String)
        case ids([String])
    }

    struct Entry {
        let id: String
        var keys: [(String, Value)]
    }

    struct Relation {
        let from: String
        let type: String
        let to: String
    }

    let name: String
    /// Section name → entries; the order of ``sectionOrder``.
    var sections: [String: [Entry]] = [:]
    var relations: [Relation] = []

    static let sectionOrder = ["systems", "fields", "target-groups", "roles", "actors", "formats", "projects"]

    init(name: String) { self.name = name }

    mutating func add(_ section: String, _ id: String, _ keys: [(String, Value)]) {
        sections[section, default: []].append(Entry(id: id, keys: keys))
    }
}

/// One municipality of the region.
private struct Municipality {
    let index: Int
    let count: Int

    var prefix: String { "k\(index)" }
    var german: Bool { index % 2 == 1 }
    var name: String {
        let first = ["Groß", "Klein", "Ober", "Nieder", "Alt", "Neu", "Bad", "Süd"]
        let second = ["müllingen", "bürgstadt", "hausen", "dörfle", "felden", "brück", "au", "häusern", "öhringen"]
        return "\(first[index % first.count])\(second[(index / first.count) % second.count]) \(index)"
    }

    func has(_ gap: PlantedGap) -> Bool { index % gap.period == 0 }

    /// The eight fields: id suffix and name.
    static let fields = [
        ("mobilität", "Mobilität"), ("bildung", "Bildung"), ("gesundheit", "Gesundheit und Pflege"),
        ("energie", "Energie und Klima"), ("wirtschaft", "Wirtschaft und Tourismus"),
        ("kultur", "Kultur und Freizeit"), ("bürgerdienste", "Bürgerdienste"), ("grün", "Grün und Umwelt"),
    ]
    static let targetGroups = [
        ("schüler", "Schülerinnen und Schüler"), ("senioren", "Ältere Menschen"),
        ("pendler", "Pendlerinnen und Pendler"), ("betriebe", "Örtliche Betriebe"),
    ]
    /// Actors: id suffix, name, type, system.
    static let actors = [
        ("bürgermeisterin", "Bürgermeisterin Jördis Krämer", "Person", "verwaltung"),
        ("cdo-person", "Jürgen Weiß", "Person", "verwaltung"),
        ("hauptamt", "Haupt- und Personalamt", "Amt", "verwaltung"),
        ("schulamt", "Schul- und Sportamt", "Amt", "verwaltung"),
        ("bauamt", "Amt für Stadtentwicklung und Bauen", "Amt", "verwaltung"),
        ("ordnungsamt", "Bürger- und Ordnungsamt", "Amt", "verwaltung"),
        ("stadtwerke", "Stadtwerke GmbH", "GmbH", "konzern"),
        ("wohnbau", "Wohnungsbaugesellschaft mbH", "GmbH", "konzern"),
        ("klinikum", "Kreisklinikum gGmbH", "GmbH", "konzern"),
        ("heimatverein", "Heimat- und Verschönerungsverein e.V.", "Verein", "gemeinschaft"),
        ("gymnasium", "Gymnasium am Mühlbach", "Schule", "gemeinschaft"),
        ("bibliothek", "Bücherei und Makerspace", "Verein", "gemeinschaft"),
        ("gewerbeverein", "Gewerbe- und Handelsverein e.V.", "Verein", "gemeinschaft"),
        ("seniorenbeirat", "Seniorenbeirat", "Gremium", "gemeinschaft"),
        ("sportverein", "Turn- und Sportverein 1897 e.V.", "Verein", "gemeinschaft"),
    ]
    /// Which actor holds the Lotse role of each field (by index into ``actors``).
    static let lotseHolders = [6, 10, 8, 7, 12, 11, 5, 3]
    /// Actors that work on projects (responsible), by project index modulo their count.
    static let workers = [2, 3, 4, 5, 6, 7, 8]
    /// Actors outside the administration that are consulted.
    static let consultees = [9, 10, 11, 12, 13, 14]
    static let statuses = ["running", "running", "planned", "starting", "idea", "done"]
    static let germanStatuses = ["läuft", "läuft", "geplant", "beginnt", "idee", "abgeschlossen"]

    func id(_ suffix: String) -> String { "\(prefix)-\(suffix)" }
    func key(_ english: String, _ german: String) -> String { self.german ? german : english }

    func add(to model: inout GeneratedModel) {
        addSystems(to: &model)
        for (suffix, name) in Self.fields {
            model.add("fields", id(suffix), [(key("name", "bezeichnung"), .text("\(name) \(self.name)"))])
        }
        for (suffix, name) in Self.targetGroups {
            model.add("target-groups", id(suffix), [(key("name", "bezeichnung"), .text("\(name) in \(self.name)"))])
        }
        if has(.orphanTargetGroup) {
            model.add("target-groups", id("touristen"), [(key("name", "bezeichnung"), .text("Touristinnen und Touristen"))])
        }
        addRoles(to: &model)
        addActors(to: &model)
        addFormats(to: &model)
        addProjects(to: &model)
        if index + 1 < count {
            let next = Municipality(index: index + 1, count: count)
            model.relations.append(.init(from: id("cdo"), type: key("cooperates", "kooperiert"), to: next.id("cdo")))
        }
    }

    private func addSystems(to model: inout GeneratedModel) {
        let systems = [
            ("verwaltung", "Verwaltung", "administration", "verwaltung"),
            ("konzern", "Konzern", "municipal-group", "konzern"),
            ("gemeinschaft", "Örtliche Gemeinschaft", "community", "gemeinschaft"),
        ]
        for (suffix, name, english, german) in systems {
            model.add("systems", id(suffix), [
                (key("name", "bezeichnung"), .text("\(name) \(self.name)")),
                (key("type", "typ"), .text(self.german ? german : english)),
                (key("ecosystem", "kommune"), .text(self.name)),
            ])
        }
    }

    private func addRoles(to model: inout GeneratedModel) {
        model.add("roles", id("hvb"), [
            (key("name", "bezeichnung"), .text("Bürgermeisterin von \(name)")),
            (key("type", "typ"), .text(german ? "hauptverwaltungsbeamtin" : "chief-executive")),
        ])
        model.add("roles", id("cdo"), [
            (key("name", "bezeichnung"), .text("Chief Digital Officer \(name)")),
            (key("type", "typ"), .text("cdo")),
            (key("advises", "berät"), .ids([id("hvb")])),
            (key("coordinates", "koordiniert"), .ids([id("mobilität"), id("bürgerdienste"), id("energie")])),
        ])
        for (number, (suffix, fieldName)) in Self.fields.enumerated() {
            var keys: [(String, GeneratedModel.Value)] = [
                (key("name", "bezeichnung"), .text("Digitale Lotsin \(fieldName)")),
                (key("type", "typ"), .text(german ? "lotsin" : "lotse")),
            ]
            if !(has(.fieldWithoutLotse) && number == 5) {
                keys.append((key("pilots", "lotst"), .id(id(suffix))))
            }
            model.add("roles", id("lotse-\(suffix)"), keys)
        }
        if has(.vacantRole) {
            model.add("roles", id("datenschutz"), [
                (key("name", "bezeichnung"), .text("Datenschutzbeauftragte")),
                (key("type", "typ"), .text(german ? "fachkraft" : "expert")),
                (key("advises", "berät"), .ids([id("cdo")])),
            ])
        }
    }

    private func addActors(to model: inout GeneratedModel) {
        for (number, (suffix, name, type, system)) in Self.actors.enumerated() {
            var holds: [String] = []
            if number == 0 { holds.append(id("hvb")) }
            if number == 1 { holds.append(id("cdo")) }
            for (field, holder) in Self.lotseHolders.enumerated() where holder == number {
                holds.append(id("lotse-\(Self.fields[field].0)"))
            }
            var keys: [(String, GeneratedModel.Value)] = [
                (key("name", "bezeichnung"), .text(name)),
                (key("type", "typ"), .text(type)),
                ("system", .id(id(system))),
            ]
            if !holds.isEmpty { keys.append((key("holds", "hält"), .ids(holds))) }
            if number == 1 { keys.append((key("member-of", "gehört-zu"), .ids([id("hauptamt")]))) }
            model.add("actors", id(suffix), keys)
        }
    }

    private func addFormats(to model: inout GeneratedModel) {
        model.add("formats", id("werkstatt"), [
            (key("name", "bezeichnung"), .text("Zukunftswerkstatt \(name)")),
            (key("type", "typ"), .text("workshop")),
            (key("organisers", "veranstalter"), .ids([id("hauptamt")])),
            (key("participants", "teilnehmende"), .ids([id("heimatverein"), id("seniorenbeirat"), id("gymnasium")])),
        ])
        model.add("formats", id("hackathon"), [
            (key("name", "bezeichnung"), .text("Hackathon „Offene Daten für \(name)“")),
            (key("type", "typ"), .text("hackathon")),
            (key("organisers", "veranstalter"), .ids([id("bibliothek")])),
            (key("participants", "teilnehmende"), .ids([id("gewerbeverein"), id("sportverein")])),
        ])
    }

    private func addProjects(to model: inout GeneratedModel) {
        let titles = [
            "Digitales Parkleitsystem", "Tablets und WLAN für Schulen", "Telemedizin im Pflegeheim",
            "Smarte Straßenbeleuchtung", "Digitaler Marktplatz", "Online-Ticketing für das Freibad",
            "Bürgerkonto und Online-Anträge", "Baumkataster mit Gießpatenschaften", "Mitfahrbank-App",
            "Lernplattform für Erwachsene", "Hausnotruf 2.0", "Wärmeplanung mit offenen Daten",
        ]
        for project in 0..<12 {
            let field = project % 8
            let fieldID = id(Self.fields[field].0)
            let group = id(Self.targetGroups[(project + project / 8) % 4].0)
            let status = project % Self.statuses.count
            var accountable = [id("lotse-\(Self.fields[field].0)")]
            if has(.projectWithoutOwner) && project == 3 { accountable = [] }
            if has(.projectWithTwoOwners) && project == 4 { accountable.append(id("cdo")) }
            var keys: [(String, GeneratedModel.Value)] = [
                (key("name", "bezeichnung"), .text(titles[project])),
                (key("field", "gestaltungsfeld"), .id(fieldID)),
                ("status", .text(german ? Self.germanStatuses[status] : Self.statuses[status])),
            ]
            if !accountable.isEmpty { keys.append((key("accountable", "federführend"), .ids(accountable))) }
            keys += [
                (key("responsible", "mitwirkend"), .ids([id(Self.actors[Self.workers[project % Self.workers.count]].0)])),
                (key("consulted", "beteiligt"), .ids([id(Self.actors[Self.consultees[project % Self.consultees.count]].0)])),
                (key("informed", "informiert"), .ids([id("hvb")])),
                (key("target-groups", "zielgruppen"), .ids([group])),
                (key("value", "nutzenversprechen"), .text("Weniger Wege für \(Self.targetGroups[(project + project / 8) % 4].1)")),
            ]
            if !(has(.projectWithoutIndicator) && project == 0) {
                keys.append((key("indicator", "indikator"), .text("≥ 25 % Nutzung bis 2027")))
            }
            if project % 3 == 0 {
                keys.append((key("participation", "beteiligungsformate"), .ids([id(project % 2 == 0 ? "werkstatt" : "hackathon")])))
            }
            model.add("projects", id("p\(project + 1)"), keys)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
