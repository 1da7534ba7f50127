/// What ecograph says when a rule plugin — a program or a WebAssembly module — fails or
/// misbehaves. A failure reads `plugin NAME …`: each `fault.*` text completes that sentence
/// (`das Plugin NAME …` in German).
public enum PluginMessage: String, MessageArea {
    public static let area = "plugin"

    // The sentence around a fault
    case failed = "failed"
    case failedWithLog = "failed.with-log"
    case logStderr = "log.stderr"
    case logWasm = "log.wasm"
    // A rule that stands in for a plugin that cannot describe itself
    case standInName = "stand-in.name"
    case standInSummary = "stand-in.summary"
    case standInFix = "stand-in.fix"
    case defaultRationale = "default-rationale"
    case defaultFix = "default-fix"
    // Running a program
    case cannotStart = "fault.cannot-start"
    case noSuchFile = "reason.no-such-file"
    case notExecutable = "reason.not-executable"
    case notProgram = "reason.not-a-program"
    case timedOut = "fault.timed-out"
    case flooded = "fault.flooded"
    case crashed = "fault.crashed"
    case exited = "fault.exited"
    case noSandbox = "fault.no-sandbox"
    // Its replies
    case cannotEncode = "fault.cannot-encode"
    case badRuleID = "fault.bad-rule-id"
    case ruleTwice = "fault.rule-twice"
    case unknownSeverity = "fault.unknown-severity"
    case reportedErrors = "fault.reported-errors"
    case foreignFinding = "fault.foreign-finding"
    case unknownNode = "fault.unknown-node"
    case notUTF8 = "fault.not-utf8"
    case invalidJSON = "fault.invalid-json"
    case nothing = "fault.invalid-json.nothing"
    case missingKey = "json.missing-key"
    case wrongType = "json.wrong-type"
    case notJSON = "json.not-json"
    case otherProtocol = "fault.other-protocol"
    // Warnings that do not stop its rules
    case unknownKey = "warning.unknown-key"
    case unknownKeyPlace = "warning.unknown-key.place"

    // A WebAssembly rule
    case wasmTooLarge = "wasm.too-large"
    case wasmUnreadable = "wasm.unreadable"
    case wasmNotModule = "wasm.not-a-module"
    case wasmInvalid = "wasm.invalid"
    case wasmForbiddenImport = "wasm.forbidden-import"
    case wasmKindFunction = "wasm.kind.function"
    case wasmKindTable = "wasm.kind.table"
    case wasmKindMemory = "wasm.kind.memory"
    case wasmKindGlobal = "wasm.kind.global"
    case wasmKindTag = "wasm.kind.tag"
    case wasmMissingExports = "wasm.missing-exports"
    case wasmMissingMemory = "wasm.missing.memory"
    case wasmMissingFunction = "wasm.missing.function"
    case wasmRequestTooLarge = "wasm.request-too-large"
    case wasmNoMemoryExport = "wasm.no-memory-export"
    case wasmAllocFailed = "wasm.alloc-failed"
    case wasmRoomOutside = "wasm.room-outside"
    case wasmNoReply = "wasm.no-reply"
    case wasmReplyTooLarge = "wasm.reply-too-large"
    case wasmReplyOutside = "wasm.reply-outside"
    case wasmLogOutside = "wasm.log-outside"
    case wasmBadExport = "wasm.bad-export"
    case wasmOutOfFuel = "wasm.out-of-fuel"
    case wasmStackExhausted = "wasm.stack-exhausted"
    case wasmMemoryAtStart = "wasm.memory-at-start"
    case wasmTrapped = "wasm.trapped"
    case wasmUncaughtException = "wasm.uncaught-exception"
    case wasmCouldNotRun = "wasm.could-not-run"
    case wasmCapNote = "wasm.cap-note"

    public var wording: Wording {
        switch self {
        case .failed: Wording(en: "plugin {plugin} {fault}", de: "das Plugin {plugin} {fault}")
        case .failedWithLog: Wording(en: "plugin {plugin} {fault} ({log}: {tail})", de: "das Plugin {plugin} {fault} ({log}: {tail})")
        case .logStderr: Wording(en: "its stderr", de: "seine Fehlerausgabe")
        case .logWasm: Wording(en: "its log", de: "sein Protokoll")
        case .standInName: Wording(en: "Plugin {plugin}", de: "Plugin {plugin}")
        case .standInSummary:
            Wording(
                en: "The rules of plugin {plugin}, which could not describe them.",
                de: "Die Regeln des Plugins {plugin}, das sie nicht beschreiben konnte.")
        case .standInFix:
            Wording(
                en: "Fix the plugin or remove it from .ecograph.yml.",
                de: "Beheben Sie den Fehler im Plugin oder entfernen Sie es aus .ecograph.yml.")
        case .defaultRationale: Wording(en: "Checked by the plugin {plugin}.", de: "Geprüft vom Plugin {plugin}.")
        case .defaultFix: Wording(en: "See the plugin's documentation.", de: "Siehe die Dokumentation des Plugins.")
        case .cannotStart:
            Wording(en: "cannot be started ('{program}'): {reason}", de: "kann nicht gestartet werden ('{program}'): {reason}")
        case .noSuchFile: Wording(en: "no such file", de: "die Datei gibt es nicht")
        case .notExecutable:
            Wording(
                en: "not executable (check its permissions: chmod +x)",
                de: "nicht ausführbar (prüfen Sie die Zugriffsrechte: chmod +x)")
        case .notProgram:
            Wording(
                en: "not a program (a script needs a first line like '#!/usr/bin/env python3')",
                de: "kein Programm (ein Skript braucht eine erste Zeile wie '#!/usr/bin/env python3')")
        case .timedOut:
            Wording(
                en: "did not answer '{request}' within {seconds} s and was stopped",
                de: "hat '{request}' nicht innerhalb von {seconds} s beantwortet und wurde angehalten")
        case .flooded:
            Wording(
                en: "printed more than {megabytes} MB answering '{request}' and was stopped",
                de: "hat auf '{request}' mehr als {megabytes} MB ausgegeben und wurde angehalten")
        case .crashed:
            Wording(en: "crashed (signal {signal}) answering '{request}'", de: "ist bei '{request}' abgestürzt (Signal {signal})")
        case .exited:
            Wording(en: "exited with status {status} answering '{request}'", de: "hat sich bei '{request}' mit Status {status} beendet")
        case .noSandbox:
            Wording(
                en: "is a WebAssembly rule, and this program was built without ecograph's sandbox (EcographWasm): run it with the ecograph executable, or pass WasmRulePlugin.init to EcographCLI.main(sandbox:)",
                de: "ist eine WebAssembly-Regel, und dieses Programm wurde ohne die Sandbox von ecograph (EcographWasm) gebaut: Führen Sie es mit dem Programm ecograph aus oder übergeben Sie WasmRulePlugin.init an EcographCLI.main(sandbox:)")
        case .cannotEncode:
            Wording(en: "cannot be sent the request: {reason}", de: "kann die Anfrage nicht erhalten: {reason}")
        case .badRuleID:
            Wording(
                en: "describes a rule with the id '{id}'; ids are lower-case letters, digits and hyphens",
                de: "beschreibt eine Regel mit der ID '{id}'; IDs bestehen aus Kleinbuchstaben, Ziffern und Bindestrichen")
        case .ruleTwice: Wording(en: "describes rule '{id}' twice", de: "beschreibt die Regel '{id}' zweimal")
        case .unknownSeverity:
            Wording(
                en: "gives rule '{id}' the unknown severity '{word}'; use error, warning or info",
                de: "gibt der Regel '{id}' die unbekannte Schwere '{word}'; zulässig sind error, warning und info")
        case .reportedErrors:
            Wording(en: "reported errors for rule '{rule}': {errors}", de: "meldet Fehler für die Regel '{rule}': {errors}")
        case .foreignFinding:
            Wording(
                en: "answered a check of '{rule}' with a finding of rule '{other}'",
                de: "hat die Prüfung von '{rule}' mit einem Befund der Regel '{other}' beantwortet")
        case .unknownNode:
            Wording(
                en: "reported a finding of '{rule}' about the unknown node '{id}'",
                de: "meldet einen Befund von '{rule}' über den unbekannten Knoten '{id}'")
        case .notUTF8:
            Wording(
                en: "answered '{request}' with bytes that are not UTF-8 (at byte {offset})",
                de: "hat '{request}' mit Bytes beantwortet, die kein UTF-8 sind (ab Byte {offset})")
        case .invalidJSON:
            Wording(
                en: "answered '{request}' with invalid JSON ({problem}): {start}",
                de: "hat '{request}' mit ungültigem JSON beantwortet ({problem}): {start}")
        case .nothing: Wording(en: "nothing", de: "nichts")
        case .missingKey: Wording(en: "missing '{path}'", de: "'{path}' fehlt")
        case .wrongType: Wording(en: "wrong type at '{path}'", de: "falscher Typ bei '{path}'")
        case .notJSON: Wording(en: "not JSON", de: "kein JSON")
        case .otherProtocol:
            Wording(
                en: "speaks protocol '{theirs}', ecograph speaks '{ours}'",
                de: "spricht das Protokoll '{theirs}', ecograph spricht '{ours}'")
        case .unknownKey:
            Wording(
                en: "plugin '{plugin}' answered '{request}' with the key '{key}'{place}, which protocol {protocol} does not have; it is ignored",
                de: "das Plugin '{plugin}' hat '{request}' mit dem Schlüssel '{key}'{place} beantwortet, den das Protokoll {protocol} nicht kennt; er wird übergangen")
        case .unknownKeyPlace: Wording(en: " in {place}", de: " in {place}")
        case .wasmTooLarge:
            Wording(
                en: "is {size}; a WebAssembly rule may have at most {limit}",
                de: "ist {size} groß; eine WebAssembly-Regel darf höchstens {limit} groß sein")
        case .wasmUnreadable: Wording(en: "cannot be read: {reason}", de: "kann nicht gelesen werden: {reason}")
        case .wasmNotModule:
            Wording(
                en: "is not a WebAssembly module: it does not begin with the bytes \\0asm (a program is configured with 'exec:', not 'wasm:')",
                de: "ist kein WebAssembly-Modul: Es beginnt nicht mit den Bytes \\0asm (ein Programm tragen Sie mit 'exec:' ein, nicht mit 'wasm:')")
        case .wasmInvalid: Wording(en: "is not a valid WebAssembly module: {reason}", de: "ist kein gültiges WebAssembly-Modul: {reason}")
        case .wasmForbiddenImport:
            Wording(
                en: "imports {import} ({kind}), which the sandbox does not provide: a WebAssembly rule may import only the function {allowed} — no WASI, files, clock or network. Build it without a C library or WASI (clang --target=wasm32 -nostdlib); see docs/plugins.md",
                de: "importiert {import} ({kind}), was die Sandbox nicht bereitstellt: Eine WebAssembly-Regel darf nur die Funktion {allowed} importieren — kein WASI, keine Dateien, keine Uhr, kein Netz. Bauen Sie sie ohne C-Bibliothek und ohne WASI (clang --target=wasm32 -nostdlib); siehe docs/plugins.md")
        case .wasmKindFunction: Wording(en: "a function", de: "eine Funktion")
        case .wasmKindTable: Wording(en: "a table", de: "eine Tabelle")
        case .wasmKindMemory: Wording(en: "a memory", de: "ein Speicher")
        case .wasmKindGlobal: Wording(en: "a global", de: "eine globale Variable")
        case .wasmKindTag: Wording(en: "an exception tag", de: "ein Ausnahme-Tag")
        case .wasmMissingExports:
            Wording(
                en: "does not export {missing}, as a WebAssembly rule must (docs/plugins.md)",
                de: "exportiert {missing} nicht, wie es eine WebAssembly-Regel muss (docs/plugins.md)")
        case .wasmMissingMemory: Wording(en: "its memory as 'memory'", de: "seinen Speicher als 'memory'")
        case .wasmMissingFunction: Wording(en: "the function '{name}'", de: "die Funktion '{name}'")
        case .wasmRequestTooLarge:
            Wording(
                en: "cannot take the request for '{request}': it has {size}, more than the module's memory cap of {limit} ('memory:' in .ecograph.yml)",
                de: "kann die Anfrage für '{request}' nicht aufnehmen: Sie ist {size} groß, mehr als die Speichergrenze des Moduls von {limit} ('memory:' in .ecograph.yml)")
        case .wasmNoMemoryExport:
            Wording(en: "does not export its memory as 'memory'", de: "exportiert seinen Speicher nicht als 'memory'")
        case .wasmAllocFailed:
            Wording(
                en: "could not make room for the request ({size}): ecograph_alloc returned 0{note}",
                de: "konnte keinen Platz für die Anfrage schaffen ({size}): ecograph_alloc gab 0 zurück{note}")
        case .wasmRoomOutside:
            Wording(
                en: "gave room for the request outside its memory (address {address}, {bytes} bytes)",
                de: "hat für die Anfrage Platz außerhalb seines Speichers angegeben (Adresse {address}, {bytes} Bytes)")
        case .wasmNoReply: Wording(en: "returned no reply answering '{request}'", de: "hat auf '{request}' keine Antwort zurückgegeben")
        case .wasmReplyTooLarge:
            Wording(
                en: "answered '{request}' with {size}; a reply may have at most {limit}",
                de: "hat '{request}' mit {size} beantwortet; eine Antwort darf höchstens {limit} groß sein")
        case .wasmReplyOutside:
            Wording(
                en: "answered '{request}' with bytes outside its memory (address {address}, {bytes} bytes; its memory has {memory})",
                de: "hat '{request}' mit Bytes außerhalb seines Speichers beantwortet (Adresse {address}, {bytes} Bytes; sein Speicher hat {memory})")
        case .wasmLogOutside:
            Wording(en: "called ecograph.log with bytes outside its memory", de: "hat ecograph.log mit Bytes außerhalb seines Speichers aufgerufen")
        case .wasmBadExport:
            Wording(
                en: "does not export '{name}' as a function {signature}, as docs/plugins.md describes",
                de: "exportiert '{name}' nicht als Funktion {signature}, wie docs/plugins.md es beschreibt")
        case .wasmOutOfFuel:
            Wording(
                en: "ran out of fuel answering '{request}': it may execute {fuel} instructions per request ('fuel:' in .ecograph.yml)",
                de: "hat bei '{request}' sein Kontingent aufgebraucht: Es darf {fuel} Anweisungen je Anfrage ausführen ('fuel:' in .ecograph.yml)")
        case .wasmStackExhausted:
            Wording(
                en: "trapped answering '{request}': call stack exhausted (too deep a recursion)",
                de: "ist bei '{request}' abgebrochen: Aufrufstapel erschöpft (zu tiefe Rekursion)")
        case .wasmMemoryAtStart:
            Wording(
                en: "needs {size} of memory at start, more than its cap of {limit} ('memory:' in .ecograph.yml)",
                de: "braucht beim Start {size} Speicher, mehr als seine Grenze von {limit} ('memory:' in .ecograph.yml)")
        case .wasmTrapped: Wording(en: "trapped answering '{request}': {trap}{note}", de: "ist bei '{request}' abgebrochen (Trap): {trap}{note}")
        case .wasmUncaughtException:
            Wording(
                en: "threw a WebAssembly exception that it did not catch, answering '{request}'",
                de: "hat bei '{request}' eine WebAssembly-Ausnahme geworfen und nicht abgefangen")
        case .wasmCouldNotRun: Wording(en: "could not run answering '{request}': {reason}", de: "konnte '{request}' nicht beantworten: {reason}")
        case .wasmCapNote:
            Wording(
                en: " — its memory was refused to grow to {size}, past its cap of {limit} ('memory:' in .ecograph.yml)",
                de: " — sein Speicher durfte nicht auf {size} wachsen, über seine Grenze von {limit} hinaus ('memory:' in .ecograph.yml)")
        }
    }
}
