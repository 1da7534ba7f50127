import Foundation
import Testing

/// `ecograph metamodel`: the kinds and the allowed relations, as text and as a Markdown page.
@Suite("ecograph metamodel")
struct MetamodelCommandTests {
    /// The cells of the Markdown relation matrix, by row and column heading.
    private func matrix(_ page: String) -> [String: [String: String]] {
        let lines = page.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| from \\ to") || $0.hasPrefix("| von \\ zu") }) else { return [:] }
        func cells(_ line: String) -> [String] {
            line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let columns = cells(lines[header]).dropFirst()
        var result: [String: [String: String]] = [:]
        for line in lines[(header + 2)...] where line.hasPrefix("| **") {
            let row = cells(line)
            let name = row[0].trimmingCharacters(in: CharacterSet(charactersIn: "*"))
            result[name] = Dictionary(uniqueKeysWithValues: zip(columns, row.dropFirst()))
        }
        return result
    }

    @Test("the Markdown page has a 7 × 7 matrix whose cells name the allowed relation types")
    func markdownMatrix() throws {
        let result = try CommandRunner.run(["metamodel", "--format", "markdown"])
        #expect(result.status == 0, "\(result.standardError)")
        let cells = matrix(result.standardOutput)
        #expect(cells.count == 7 && cells.values.allSatisfy { $0.count == 7 }, "\(cells)")
        #expect(cells["actor"]?["project"]?.contains("`accountable`") == true)
        #expect(cells["actor"]?["role"]?.contains("`holds`") == true)
        #expect(cells["role"]?["role"]?.contains("`holds`") == false, "only actors hold roles")
        #expect(cells["project"]?["field"] == "`in-field`")
        #expect(cells["system"]?.values.allSatisfy { $0 == "—" } == true, "nothing starts at a system but the open types")
        #expect(result.standardOutput.contains("Between any kinds: `supports`"))
    }

    @Test("in German: the words a German model uses, and a matrix with German headings")
    func german() throws {
        let result = try CommandRunner.run(["metamodel", "--format", "markdown", "--lang", "de"])
        #expect(result.status == 0)
        let cells = matrix(result.standardOutput)
        #expect(cells["Akteur"]?["Projekt"]?.contains("`federführend`") == true, "\(cells["Akteur"] ?? [:])")
        #expect(cells["Projekt"]?["Gestaltungsfeld"] == "`im-feld`")
        let text = try CommandRunner.run(["metamodel", "--lang", "de"])
        #expect(text.standardOutput.contains("Projekt — projekte (projects, vorhaben)"))
        #expect(text.standardOutput.contains("federführend: federführend (Rolle/Akteur → Projekt)"))
        #expect(text.standardOutput.contains("unterstützt: unterstützt (Rolle → beliebige Art)"))
    }

    @Test("-o writes the page to a file")
    func outputFile() throws {
        let scratch = ScratchDirectory()
        let result = try CommandRunner.run(["metamodel", "--format", "markdown", "-o", "metamodell.md"], in: scratch.url)
        #expect(result.status == 0)
        let page = try String(contentsOf: scratch.url.appendingPathComponent("metamodell.md"), encoding: .utf8)
        #expect(page.hasPrefix("# Kinds and relations of the model\n"))
    }

    @Test("docs/metamodel.md is what 'ecograph metamodel --format markdown' prints")
    func committedPage() throws {
        let printed = try CommandRunner.run(["metamodel", "--format", "markdown"])
        let committed = try String(contentsOf: CommandRunner.repository.appendingPathComponent("docs/metamodel.md"), encoding: .utf8)
        #expect(printed.standardOutput == committed, "regenerate with: swift run ecograph metamodel --format markdown -o docs/metamodel.md")
    }
}
