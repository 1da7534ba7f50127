import Foundation
import Testing

/// A broken rule file, a rule file's own findings and plugins that fail or misbehave, run as a
/// German user runs them (`--lang de`): what they print is German and holds none of the
/// catalogue's English texts; the same runs in English show the English texts, so the test can
/// fail.
@Suite("German rule files and plugins")
struct GermanRulesAndPluginsTests {
    /// A rule file with a mistake in nearly every part.
    static let brokenRuleFile = """
        rules:
          - id: Laufend_hat_Start
            severity: kritisch
            select: { kind: projektt, status: laeuft-nicht }
            require:
              - attribute: start
                matches: "(["
              - edges: unterstuetzt
                direction: in
                to: { kind: actor }
            message: "Projekt {name} hat keinen Start"
          - id: zweite
            nmae: x
        sonstiges: ja
        """

    /// A rule file that works, with its message in both languages.
    static let ruleFile = """
        rules:
          - id: projekt-hat-kennzahl
            select: { kind: project, status: running }
            require: [{ attribute: x-kennzahl }]
            message: { en: "{kind} '{name}' has no key figure", de: "{kind} '{name}' hat keine Kennzahl" }
        """

    /// Plugins that fail in different ways: by name, the script.
    static let plugins: [(name: String, script: String, executable: Bool)] = [
        ("beendet.sh", "#!/bin/sh\necho 'etwas ging schief' >&2\nexit 3\n", true),
        ("kein-json.sh", "#!/bin/sh\ncat >/dev/null\necho hallo\n", true),
        ("nicht-ausfuehrbar.sh", "#!/bin/sh\nexit 0\n", false),
        ("falsches-protokoll.sh", "#!/bin/sh\ncat >/dev/null\necho '{\"protocol\": \"ecograph.rule/0\", \"rules\": []}'\n", true),
        (
            "tippfehler.sh",
            """
            #!/bin/sh
            input=$(cat)
            case "$input" in
              *'"describe"'*) echo '{"protocol": "ecograph.rule/1", "rules": [{"id": "tippfehler", "severty": "error"}]}' ;;
              *) echo '{"protocol": "ecograph.rule/1", "findings": [{"rule": "tippfehler", "subjects": ["gibt-es-nicht"], "message": "x"}]}' ;;
            esac

            """, true
        ),
    ]

    /// Every run in a language: the broken rule file, the working one, each plugin and a file
    /// that claims to be a WebAssembly rule. Returns the exit statuses and all output.
    static func everything(in language: String) throws -> (statuses: [Int32], output: String) {
        let scratch = ScratchDirectory()
        let model = CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml").path
        scratch.write(brokenRuleFile, to: "kaputt.yml")
        scratch.write(ruleFile, to: "regeln.yml")
        var runs: [[String]] = [
            ["check", model, "--rules", "kaputt.yml"],
            ["check", model, "--rules", "regeln.yml"],
            ["rules", "explain", "projekt-hat-kennzahl", "--rules", "regeln.yml"],
        ]
        for plugin in plugins {
            let path = scratch.write(plugin.script, to: plugin.name)
            chmod(path, plugin.executable ? 0o755 : 0o644)
            runs.append(["check", model, "--plugin", path])
        }
        runs.append(["check", model, "--plugin", scratch.write("kein Modul", to: "regel.wasm")])
        var statuses: [Int32] = []
        var output = ""
        for arguments in runs {
            let result = try CommandRunner.run(arguments + ["--lang", language], in: scratch.url)
            statuses.append(result.status)
            output += "$ ecograph \(arguments.joined(separator: " "))\n" + result.standardOutput + result.standardError
        }
        return (statuses, output)
    }

    @Test("a broken rule file, rule-file findings and failing plugins speak German under --lang de")
    func german() throws {
        let (statuses, output) = try Self.everything(in: "de")
        #expect(statuses == [2, 1, 0, 4, 4, 4, 4, 4, 4], "\(output)")
        let leaks = GermanOutputTests.englishFragments.filter { output.contains($0) }
        #expect(leaks.isEmpty, "English in German output: \(leaks)\n\(output)")
        // The rule file's problems, located.
        for expected in [
            "kaputt.yml:2:9: Fehler: die Regel-ID 'Laufend_hat_Start' sollte aus Kleinbuchstaben, Ziffern und Bindestrichen bestehen",
            "kaputt.yml:3:15: Fehler: unbekannte Schwere 'kritisch'; verwenden Sie error (Fehler), warning (Warnung) oder info (Hinweis)",
            "Fehler: unbekannte Art 'projektt'; meinten Sie 'project'?",
            "Fehler: unbekannter Status 'laeuft-nicht'; verwenden Sie eines von idee (idea), geplant (planned), beginnt (starting), läuft (running)",
            "Fehler: '([' ist kein gültiger regulärer Ausdruck",
            "Fehler: unbekannter Kantentyp 'unterstuetzt'",
            "Fehler: 'to' passt nicht zur Richtung 'in'; verwenden Sie 'from' für das andere Ende der Kanten",
            "Fehler: unbekannter Schlüssel 'nmae' (Regel); meinten Sie 'name'?",
            "Fehler: die Regel 'zweite' hat kein 'select:'; geben Sie an, welche Knoten sie prüft",
            "Fehler: 'message' fehlt",
            "Fehler: unbekannter Schlüssel 'sonstiges' in der Regeldatei; eine Regeldatei enthält 'rules:'",
        ] {
            #expect(output.contains(expected), "missing: \(expected)\n\(output)")
        }
        // A rule file's own finding names the kind in German; its explanation is German.
        #expect(output.range(of: "\\[projekt-hat-kennzahl\\] Projekt '[^']+' hat keine Kennzahl", options: .regularExpression) != nil, "\(output)")
        #expect(output.contains("Festgelegt in regeln.yml."))
        // Plugins that fail, each in German with what it printed.
        for expected in [
            "hat sich bei 'describe' mit Status 3 beendet (seine Fehlerausgabe: etwas ging schief)",
            "hat 'describe' mit ungültigem JSON beantwortet (kein JSON): 'hallo",
            "kann nicht gestartet werden (",
            "nicht ausführbar (prüfen Sie die Zugriffsrechte: chmod +x)",
            "spricht das Protokoll 'ecograph.rule/0', ecograph spricht 'ecograph.rule/1'",
            "hat 'describe' mit dem Schlüssel 'severty' in rules[0] beantwortet, den das Protokoll ecograph.rule/1 nicht kennt; er wird übergangen; meinten Sie 'severity'?",
            "meldet einen Befund von 'tippfehler' über den unbekannten Knoten 'gibt-es-nicht'",
            "ist kein WebAssembly-Modul: Es beginnt nicht mit den Bytes \\0asm",
        ] {
            #expect(output.contains(expected), "missing: \(expected)\n\(output)")
        }
    }

    @Test("the same runs in English show the catalogue's English texts, so the German test can fail")
    func control() throws {
        let (_, output) = try Self.everything(in: "en")
        for expected in [
            "kaputt.yml:3:15: error: unknown severity 'kritisch'; use error, warning or info",
            "unknown key 'nmae' in a rule; did you mean 'name'?",
            "exited with status 3 answering 'describe' (its stderr: etwas ging schief)",
            "not executable (check its permissions: chmod +x)",
            "is not a WebAssembly module: it does not begin with the bytes \\0asm",
            "Declared in regeln.yml.",
        ] {
            #expect(output.contains(expected), "missing: \(expected)\n\(output)")
        }
        #expect(output.range(of: "\\[projekt-hat-kennzahl\\] project '[^']+' has no key figure", options: .regularExpression) != nil, "\(output)")
        let found = GermanOutputTests.englishFragments.filter { output.contains($0) }
        #expect(found.count >= 10, "only \(found.count) English fragments: \(found)")
    }
}
