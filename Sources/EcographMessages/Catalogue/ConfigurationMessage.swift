/// What ecograph says about `.ecograph.yml`: its rules, rule files and plugins, and waivers.
public enum ConfigurationMessage: String, MessageArea {
    public static let area = "configuration"

    case cannotRead = "cannot-read"
    case notMapping = "not-mapping"
    case rulesNotMapping = "rules-not-mapping"
    case unknownRule = "unknown-rule"
    case ruleFilesNotList = "rule-files-not-list"
    case unknownKey = "unknown-key"
    case keysAre = "keys-are"
    case pluginsNotList = "plugins-not-list"
    case pluginNotMapping = "plugin-not-mapping"
    case execNotProgram = "exec-not-program"
    case wasmNotModule = "wasm-not-module"
    case argsNotList = "args-not-list"
    case timeoutNotPositive = "timeout-not-positive"
    case fuelNotPositive = "fuel-not-positive"
    case memoryNotSize = "memory-not-size"
    case unknownPluginKey = "unknown-plugin-key"
    case pluginKeysAre = "plugin-keys-are"
    case execAndWasm = "exec-and-wasm"
    case wasmArgs = "wasm-args"
    case pluginNeedsProgram = "plugin-needs-program"
    case wasmOnlyLimit = "wasm-only-limit"
    case unknownSetting = "unknown-setting"
    case settingsAre = "settings-are"
    case unknownSeverity = "unknown-severity"
    case severitiesAre = "severities-are"
    case enabledNotFlag = "enabled-not-flag"
    case noOptions = "no-options"
    case optionsAre = "options-are"
    case unknownOption = "unknown-option"
    case optionType = "option-type"
    case settingNotUnderstood = "setting-not-understood"
    case waiverUnknownRule = "waiver-unknown-rule"

    public var wording: Wording {
        switch self {
        case .cannotRead: Wording(en: "cannot read the configuration file", de: "die Konfigurationsdatei kann nicht gelesen werden")
        case .notMapping: Wording(en: "the configuration should be a mapping with 'rules:'", de: "die Konfiguration sollte eine Zuordnung mit 'rules:' sein")
        case .rulesNotMapping: Wording(en: "'rules' should map rule ids to settings", de: "'rules' sollte Regel-IDs Einstellungen zuordnen")
        case .unknownRule: Wording(en: "unknown rule '{id}' in the configuration", de: "unbekannte Regel '{id}' in der Konfiguration")
        case .ruleFilesNotList:
            Wording(
                en: "'{key}' should be a list of file paths, relative to the configuration",
                de: "'{key}' sollte eine Liste von Dateipfaden sein, relativ zur Konfiguration")
        case .unknownKey: Wording(en: "unknown key '{key}' in the configuration", de: "unbekannter Schlüssel '{key}' in der Konfiguration")
        case .keysAre:
            Wording(
                en: "the configuration has 'rules:', 'rule-files:', 'plugins:' and 'profiles:'",
                de: "die Konfiguration kennt 'rules:', 'rule-files:', 'plugins:' und 'profiles:'")
        case .pluginsNotList:
            Wording(
                en: "'plugins' should be a list of '- exec: PROGRAM' or '- wasm: MODULE' entries",
                de: "'plugins' sollte eine Liste von Einträgen '- exec: PROGRAMM' oder '- wasm: MODUL' sein")
        case .pluginNotMapping:
            Wording(
                en: "a plugin is a mapping: '- { exec: ./plugins/check.py, timeout: 10 }' or '- { wasm: rules/check.wasm }'",
                de: "ein Plugin ist eine Zuordnung: '- { exec: ./plugins/check.py, timeout: 10 }' oder '- { wasm: rules/check.wasm }'")
        case .execNotProgram: Wording(en: "'exec' should name the plugin's program", de: "'exec' sollte das Programm des Plugins nennen")
        case .wasmNotModule:
            Wording(
                en: "'wasm' should name the plugin's WebAssembly module (a .wasm file)",
                de: "'wasm' sollte das WebAssembly-Modul des Plugins nennen (eine .wasm-Datei)")
        case .argsNotList: Wording(en: "'args' should be a list of texts", de: "'args' sollte eine Liste von Texten sein")
        case .timeoutNotPositive:
            Wording(en: "'timeout' should be a number of seconds, more than 0", de: "'timeout' sollte eine Anzahl Sekunden größer als 0 sein")
        case .fuelNotPositive:
            Wording(
                en: "'fuel' should be a whole number of instructions, more than 0 (e.g. 10000000000)",
                de: "'fuel' sollte eine ganze Zahl von Anweisungen größer als 0 sein (z. B. 10000000000)")
        case .memoryNotSize:
            Wording(
                en: "'memory' should be a size up to 4 GB, e.g. '256 MB' (a bare number counts MB)",
                de: "'memory' sollte eine Größe bis 4 GB sein, z. B. '256 MB' (eine bloße Zahl zählt MB)")
        case .unknownPluginKey: Wording(en: "unknown key '{key}' of a plugin", de: "unbekannter Schlüssel '{key}' eines Plugins")
        case .pluginKeysAre:
            Wording(
                en: "a plugin has exec, args and timeout, or wasm, fuel, memory and timeout",
                de: "ein Plugin hat exec, args und timeout oder wasm, fuel, memory und timeout")
        case .execAndWasm:
            Wording(
                en: "a plugin is either a program ('exec') or a WebAssembly module ('wasm'), not both",
                de: "ein Plugin ist entweder ein Programm ('exec') oder ein WebAssembly-Modul ('wasm'), nicht beides")
        case .wasmArgs:
            Wording(
                en: "a WebAssembly plugin takes no 'args'; it receives the same requests as a program",
                de: "ein WebAssembly-Plugin nimmt keine 'args'; es erhält dieselben Anfragen wie ein Programm")
        case .pluginNeedsProgram: Wording(en: "a plugin needs 'exec: PROGRAM' or 'wasm: MODULE'", de: "ein Plugin braucht 'exec: PROGRAMM' oder 'wasm: MODUL'")
        case .wasmOnlyLimit:
            Wording(
                en: "'{key}' limits a WebAssembly plugin ('wasm: MODULE'); a program has only a 'timeout'",
                de: "'{key}' begrenzt ein WebAssembly-Plugin ('wasm: MODUL'); ein Programm hat nur 'timeout'")
        case .unknownSetting: Wording(en: "unknown setting '{word}' for rule '{rule}'", de: "unbekannte Einstellung '{word}' für Regel '{rule}'")
        case .settingsAre: Wording(en: "use off, on, or a severity ({severities})", de: "verwenden Sie off, on oder einen Schweregrad ({severities})")
        case .unknownSeverity: Wording(en: "unknown severity '{word}' for rule '{rule}'", de: "unbekannter Schweregrad '{word}' für Regel '{rule}'")
        case .severitiesAre: Wording(en: "use one of {severities}", de: "erlaubt sind {severities}")
        case .enabledNotFlag: Wording(en: "'enabled' of rule '{rule}' should be true or false", de: "'enabled' der Regel '{rule}' sollte true oder false sein")
        case .noOptions:
            Wording(
                en: "rule '{rule}' has no options; it takes 'severity' and 'enabled'",
                de: "Regel '{rule}' hat keine Optionen; sie kennt 'severity' und 'enabled'")
        case .optionsAre: Wording(en: "the options of '{rule}' are {list}", de: "die Optionen von '{rule}' sind {list}")
        case .unknownOption: Wording(en: "unknown option '{key}' for rule '{rule}'", de: "unbekannte Option '{key}' für Regel '{rule}'")
        case .optionType: Wording(en: "option '{key}' of rule '{rule}' should be {type}", de: "Option '{key}' der Regel '{rule}' sollte {type} sein")
        case .settingNotUnderstood:
            Wording(
                en: "the setting of rule '{rule}' should be off, a severity, or a mapping",
                de: "die Einstellung der Regel '{rule}' sollte off, ein Schweregrad oder eine Zuordnung sein")
        case .waiverUnknownRule:
            Wording(
                en: "the waiver on {kind} '{id}' names an unknown rule '{rule}'",
                de: "die Ausnahme bei {kind} '{id}' nennt eine unbekannte Regel '{rule}'")
        }
    }
}
