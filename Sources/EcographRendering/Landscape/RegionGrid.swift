import EcographCore
import EcographRules

/// A region at a glance: one row per municipality (ecosystem), one column per theme of field
/// (the fields' names, without the municipality's name), each cell saying whether the field
/// has a Lotse, findings of severity error, or projects.
///
/// ```swift
/// let grid = RegionGrid(graph: graph, parts: EcosystemParts(graph: graph), findings: findings)
/// for row in grid.rows where row.findings.errors > 0 { print(row.name) }
/// ```
public struct RegionGrid: Sendable {
    /// What a cell shows, from worst to best.
    public enum State: Int, Sendable, Comparable, CaseIterable {
        /// No Lotse role held for the field.
        case noLotse
        /// Findings of severity error about the field, its projects or its Lotse.
        case errors
        /// A Lotse, no errors, but no projects.
        case noProjects
        /// A Lotse, projects and no errors.
        case clear

        public static func < (lhs: State, rhs: State) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The fields of one theme in one municipality (usually one).
    public struct Cell: Sendable {
        public var fields: [Int] = []
        public var projects = 0
        public var findings = Landscape.FindingCounts()
        public var state: State = .clear
    }

    /// One municipality.
    public struct Row: Sendable {
        /// Its index in ``EcosystemParts/names``.
        public let part: Int
        public let name: String
        /// Per theme, in the order of ``RegionGrid/themes``; `nil` where the municipality has no such field.
        public var cells: [Cell?]
        /// All findings whose main subject belongs to the municipality.
        public var findings = Landscape.FindingCounts()
        public var fieldCount = 0
        public var fieldsWithLotse = 0
        public var projectCount = 0
    }

    /// The column titles: the themes of the fields, the most common first.
    public let themes: [String]
    /// A short code per theme for the column heads (`MOB` for Mobilität), explained in the legend.
    public let codes: [String]
    /// The municipalities, in alphabetical order.
    public let rows: [Row]
    /// Findings about nothing that belongs to one municipality.
    public let sharedFindings: Landscape.FindingCounts
    /// The region's name.
    public let name: String

    /// At most this many themes get a column; the rest share the last one.
    public static let maximumThemes = 12

    public init(graph: EcosystemGraph, parts: EcosystemParts, findings: [Finding]) {
        name = graph.name
        // Themes: field names without the municipality's name, compared without case.
        var themeOfField: [Int: String] = [:]
        var spelling: [String: String] = [:]
        var frequency: [String: Int] = [:]
        for field in graph.nodes(of: .field) {
            let municipality = parts.part(of: field).map { parts.names[$0] }
            let theme = Self.theme(of: graph.nodes[field].name, municipality: municipality)
            let key = theme.lowercased()
            themeOfField[field] = key
            spelling[key] = spelling[key] ?? theme
            frequency[key, default: 0] += 1
        }
        var ranked = frequency.keys.sorted { frequency[$0]! != frequency[$1]! ? frequency[$0]! > frequency[$1]! : $0 < $1 }
        var column: [String: Int] = [:]
        if ranked.count > Self.maximumThemes {
            let kept = Array(ranked.prefix(Self.maximumThemes - 1))
            for (position, key) in kept.enumerated() { column[key] = position }
            for key in ranked.dropFirst(Self.maximumThemes - 1) { column[key] = Self.maximumThemes - 1 }
            spelling["\u{0}more"] = "…"
            ranked = kept + ["\u{0}more"]
        } else {
            for (position, key) in ranked.enumerated() { column[key] = position }
        }
        themes = ranked.map { spelling[$0]! }
        codes = Self.codes(for: themes)

        var rows = parts.names.enumerated().map { Row(part: $0.offset, name: $0.element, cells: Array(repeating: nil, count: ranked.count)) }
        var fieldOfLotse: [Int: Int] = [:]
        for field in graph.nodes(of: .field) {
            guard let part = parts.part(of: field), let position = column[themeOfField[field]!] else { continue }
            let lotsen = graph.sources(of: field, via: .pilots).filter { graph.nodes[$0].roleType == .lotse }
            for role in lotsen { fieldOfLotse[role] = field }
            let projects = graph.sources(of: field, via: .inField).count
            var cell = rows[part].cells[position] ?? Cell()
            cell.fields.append(field)
            cell.projects += projects
            rows[part].cells[position] = cell
            rows[part].fieldCount += 1
            rows[part].projectCount += projects
            if lotsen.contains(where: { !graph.holders(of: $0).isEmpty }) { rows[part].fieldsWithLotse += 1 } else { rows[part].cells[position]!.state = .noLotse }
        }
        for project in graph.nodes(of: .project) where graph.targets(of: project, via: .inField).isEmpty {
            if let part = parts.part(of: project) { rows[part].projectCount += 1 }
        }
        var shared = Landscape.FindingCounts()
        for finding in findings {
            guard let id = finding.subject, let subject = graph.index(of: id), let part = parts.part(of: subject) else {
                shared[finding.severity] += 1
                continue
            }
            rows[part].findings[finding.severity] += 1
            let field: Int?
            switch graph.nodes[subject].kind {
            case .field: field = subject
            case .project: field = graph.targets(of: subject, via: .inField).first
            case .role: field = fieldOfLotse[subject]
            default: field = nil
            }
            if let field, let key = themeOfField[field], let position = column[key], rows[part].cells[position] != nil {
                rows[part].cells[position]!.findings[finding.severity] += 1
            }
        }
        for row in rows.indices {
            for position in rows[row].cells.indices {
                guard var cell = rows[row].cells[position], cell.state != .noLotse else { continue }
                if cell.findings.errors > 0 {
                    cell.state = .errors
                } else if cell.projects == 0 {
                    cell.state = .noProjects
                }
                rows[row].cells[position] = cell
            }
        }
        self.rows = rows
        sharedFindings = shared
    }

    /// `Mobilität` from `Mobilität Großmüllingen 0` in the municipality `Großmüllingen 0`.
    static func theme(of name: String, municipality: String?) -> String {
        var theme = name
        if let municipality, !municipality.isEmpty, let range = theme.range(of: municipality) {
            theme.removeSubrange(range)
        }
        let trimmed = theme.trimmingCharacters(in: CharacterSetLike.separators)
        return trimmed.isEmpty ? name : trimmed
    }

    /// Three letters per theme, upper case, from its first word that says something
    /// (`MOB` for Mobilität, `VER` for Digitale Verwaltungsleistungen), made unique with the
    /// next word's letters, more letters or a number.
    static func codes(for themes: [String]) -> [String] {
        var used = Set<String>()
        return themes.map { theme in
            let words = theme.split { !$0.isLetter }.map(String.init)
            let telling = words.filter { !fillerWords.contains($0.lowercased()) }
            let candidates = (telling.isEmpty ? words : telling).map { $0.uppercased() }
            guard let first = candidates.first else { return theme }
            var tries = candidates.map { String($0.prefix(3)) }
            if candidates.count > 1 { tries.append(String(first.prefix(2)) + String(candidates[1].prefix(1))) }
            tries += (4...max(4, first.count)).map { String(first.prefix($0)) }
            for code in tries where used.insert(code).inserted { return code }
            var number = 2
            while !used.insert("\(first.prefix(3))\(number)").inserted { number += 1 }
            return "\(first.prefix(3))\(number)"
        }
    }

    /// Words that tell fields apart poorly: they start many names.
    private static let fillerWords: Set<String> = [
        "digitale", "digitaler", "digitales", "digital", "und", "der", "die", "das", "für", "im", "in", "von",
        "the", "and", "of", "for", "digitalisation", "digitalization",
    ]
}

/// The characters trimmed around a theme: spaces and dashes.
enum CharacterSetLike {
    static func separators(_ character: Character) -> Bool {
        character.isWhitespace || character == "-" || character == "–" || character == "—" || character == ","
    }
}

extension String {
    func trimmingCharacters(in predicate: (Character) -> Bool) -> String {
        var slice = self[...]
        while let first = slice.first, predicate(first) { slice.removeFirst() }
        while let last = slice.last, predicate(last) { slice.removeLast() }
        return String(slice)
    }
}
