import EcographCore
import EcographSyntax
import Foundation

/// Reads `.ecograph.yml`, checking every rule id and option against the registry.
public struct ConfigurationLoader: Sendable {
    public let registry: RuleRegistry

    public init(registry: RuleRegistry) { self.registry = registry }

    /// The configuration file that applies to the given model paths: `.ecograph.yml` in the
    /// first path's directory (or in the first path, if it is a directory); `nil` if there is none.
    public static func discover(besideModelPaths paths: [String]) -> String? {
        guard let first = paths.first else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory) else { return nil }
        let directory = isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        let candidate = ((directory.isEmpty ? "." : directory) as NSString).appendingPathComponent(RuleConfiguration.fileName)
        return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
    }

    /// Reads a configuration file. Throws ``InvalidModel`` listing every problem in it.
    public func load(file: String) throws(InvalidModel) -> RuleConfiguration {
        var problems: [Diagnostic] = []
        func error(_ message: LocalizedText, advice: LocalizedText? = nil, at node: YAMLValue?) {
            problems.append(Diagnostic(
                .error, message, advice: advice,
                at: SourceLocation(file: file, at: node)))
        }
        let root = try SyntaxStage.document(ofFile: file, cannotRead: ConfigurationMessage.cannotRead.text).rootValue
        var configuration = RuleConfiguration(file: file)
        guard let root, root.kind == .mapping else {
            if root != nil { error(ConfigurationMessage.notMapping.text, at: root) }
            return configuration
        }
        for (keyNode, value) in root.pairs {
            guard let key = keyNode.string else { continue }
            switch key {
            case "rules":
                guard value.kind == .mapping else {
                    if !value.isNull { error(ConfigurationMessage.rulesNotMapping.text, at: value) }
                    continue
                }
                for (idNode, settingNode) in value.pairs {
                    let id = idNode.string ?? ""
                    guard let rule = registry.rule(id: id) else {
                        error(
                            ConfigurationMessage.unknownRule(["id": id]),
                            advice: Suggestion.advice(id, in: registry.ids) ?? CommandMessage.ruleIdsListed.text,
                            at: idNode)
                        continue
                    }
                    if let setting = readSetting(settingNode, of: rule.description, report: error) {
                        configuration.settings[id] = setting
                    }
                }
            case "plugins":
                Self.readPlugins(value, configuration: file, report: error)
            case "rule-files", "profiles":
                if Self.paths(value) == nil {
                    error(ConfigurationMessage.ruleFilesNotList(["key": key]), at: value)
                }
            default:
                error(
                    ConfigurationMessage.unknownKey(["key": key]),
                    advice: Suggestion.advice(key, in: ["rules", "rule-files", "plugins", "profiles"]) ?? ConfigurationMessage.keysAre.text,
                    at: keyNode)
            }
        }
        if !problems.isEmpty { throw InvalidModel(diagnostics: problems) }
        return configuration
    }

    /// The rule files a configuration file names under `rule-files:`, as paths relative to the
    /// working directory. Read before the configuration itself, whose `rules:` may configure
    /// their rules; problems with the list are reported by ``load(file:)``.
    public static func ruleFiles(declaredIn file: String) -> [String] {
        guard let list = rootValue(of: file)?["rule-files"], let paths = paths(list) else { return [] }
        return paths.map { path($0, besides: file) }
    }

    /// The profile files a configuration file names under `profiles:`, as paths relative to the
    /// working directory. Read before the model, which they extend; problems with the list are
    /// reported by ``load(file:)``.
    public static func profiles(declaredIn file: String) -> [String] {
        guard let list = rootValue(of: file)?["profiles"], let paths = paths(list) else { return [] }
        return paths.map { path($0, besides: file) }
    }

    /// A path written in a configuration file, relative to the file's directory.
    private static func path(_ path: String, besides file: String) -> String {
        let directory = (file as NSString).deletingLastPathComponent
        return path.hasPrefix("/") || directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path)
    }

    /// The plugins a configuration file declares under `plugins:`, their programs and modules
    /// resolved relative to it. Read before the configuration itself, whose `rules:` may
    /// configure their rules; problems with the list are reported by ``load(file:)``.
    public static func plugins(declaredIn file: String) -> [PluginDeclaration] {
        guard let list = rootValue(of: file)?["plugins"] else { return [] }
        return readPlugins(list, configuration: file, report: { _, _, _ in })
    }

    /// The root of a configuration file read ahead of ``load(file:)``, which reports its problems.
    private static func rootValue(of file: String) -> YAMLValue? {
        (try? SyntaxStage.document(ofFile: file, cannotRead: ConfigurationMessage.cannotRead.text))?.rootValue
    }

    @discardableResult
    private static func readPlugins(
        _ node: YAMLValue, configuration file: String, report error: (LocalizedText, LocalizedText?, YAMLValue?) -> Void
    ) -> [PluginDeclaration] {
        guard node.kind == .sequence else {
            error(ConfigurationMessage.pluginsNotList.text, nil, node)
            return []
        }
        var plugins: [PluginDeclaration] = []
        for entry in node.items {
            guard entry.kind == .mapping else {
                error(ConfigurationMessage.pluginNotMapping.text, nil, entry)
                continue
            }
            var exec: String?
            var wasm: String?
            var arguments: [String] = []
            var timeout: TimeInterval = 30
            var limits = WasmLimits.defaults
            for (key, value) in entry.pairs {
                switch key.string ?? "" {
                case "exec":
                    exec = value.string.flatMap { $0.isEmpty ? nil : $0 }
                    if exec == nil { error(ConfigurationMessage.execNotProgram.text, nil, value) }
                case "wasm":
                    wasm = value.string.flatMap { $0.isEmpty ? nil : $0 }
                    if wasm == nil { error(ConfigurationMessage.wasmNotModule.text, nil, value) }
                case "args":
                    let list = paths(value)
                    if list == nil { error(ConfigurationMessage.argsNotList.text, nil, value) }
                    arguments = list ?? []
                case "timeout":
                    guard let seconds = value.string.flatMap(Double.init), seconds > 0 else {
                        error(ConfigurationMessage.timeoutNotPositive.text, nil, value)
                        continue
                    }
                    timeout = seconds
                case "fuel":
                    guard let fuel = value.string.flatMap({ UInt64($0.replacingOccurrences(of: "_", with: "")) }), fuel > 0 else {
                        error(ConfigurationMessage.fuelNotPositive.text, nil, value)
                        continue
                    }
                    limits.fuel = fuel
                case "memory":
                    guard let bytes = value.string.flatMap(WasmLimits.memoryBytes(from:)) else {
                        error(ConfigurationMessage.memoryNotSize.text, nil, value)
                        continue
                    }
                    limits.memoryBytes = bytes
                default:
                    let word = key.string ?? ""
                    let keys = ["exec", "args", "timeout", "wasm", "fuel", "memory"]
                    error(ConfigurationMessage.unknownPluginKey(["key": word]), Suggestion.advice(word, in: keys) ?? ConfigurationMessage.pluginKeysAre.text, key)
                }
            }
            if let wasm {
                if exec != nil { error(ConfigurationMessage.execAndWasm.text, nil, entry) }
                if let args = entry["args"] { error(ConfigurationMessage.wasmArgs.text, nil, args) }
                limits.timeout = timeout
                plugins.append(.wasm(name: wasm, module: URL(fileURLWithPath: path(wasm, besides: file)), limits: limits))
                continue
            }
            guard let exec else {
                if entry["exec"] == nil { error(ConfigurationMessage.pluginNeedsProgram.text, nil, entry) }
                continue
            }
            for key in ["fuel", "memory"] {
                if let limit = entry[key] { error(ConfigurationMessage.wasmOnlyLimit(["key": key]), nil, limit) }
            }
            plugins.append(.executable(RulePlugin(name: exec, executable: resolveProgram(exec, besides: file), arguments: arguments, timeout: timeout)))
        }
        return plugins
    }

    /// A program named in a configuration: a path relative to the configuration's directory, or
    /// a bare name looked up on `PATH` (`python3`).
    public static func resolveProgram(_ program: String, besides file: String?) -> URL {
        if program.contains("/") {
            let directory = file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
            let path = program.hasPrefix("/") || directory.isEmpty ? program : (directory as NSString).appendingPathComponent(program)
            return URL(fileURLWithPath: path)
        }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: program)
    }

    private static func paths(_ node: YAMLValue) -> [String]? {
        if let single = node.string, !single.isEmpty { return [single] }
        guard node.kind == .sequence else { return nil }
        let items = node.items
        let paths = items.compactMap(\.string)
        return paths.count == items.count ? paths : nil
    }

    /// `off` / `on` / a severity / a mapping of `severity`, `enabled` and options.
    private func readSetting(
        _ node: YAMLValue, of rule: RuleDescription,
        report error: (LocalizedText, LocalizedText?, YAMLValue?) -> Void
    ) -> RuleConfiguration.Setting? {
        let severities = Severity.allCases.map(\.rawValue).joined(separator: ", ")
        var setting = RuleConfiguration.Setting()
        switch node.kind {
        case .scalar:
            let word = node.string ?? ""
            switch word.lowercased() {
            case "off", "false", "disabled", "aus": setting.enabled = false
            case "on", "true", "enabled", "an": break
            case let lowered:
                guard let severity = Severity(rawValue: lowered) else {
                    error(
                        ConfigurationMessage.unknownSetting(["word": word, "rule": rule.id]),
                        ConfigurationMessage.settingsAre(["severities": severities]), node)
                    return nil
                }
                setting.severity = severity
            }
        case .mapping:
            for (keyNode, value) in node.pairs {
                let key = keyNode.string ?? ""
                switch key {
                case "severity":
                    guard let severity = value.string.flatMap(Severity.init(rawValue:)) else {
                        error(
                            ConfigurationMessage.unknownSeverity(["word": value.string ?? "", "rule": rule.id]),
                            ConfigurationMessage.severitiesAre(["severities": severities]), value)
                        continue
                    }
                    setting.severity = severity
                case "enabled":
                    guard let flag = value.bool else {
                        error(ConfigurationMessage.enabledNotFlag(["rule": rule.id]), nil, value)
                        continue
                    }
                    setting.enabled = flag
                default:
                    guard let option = rule.options.first(where: { $0.name == key }) else {
                        let known = rule.options.map(\.name)
                        let advice = Suggestion.advice(key, in: known + ["severity", "enabled"])
                            ?? (known.isEmpty
                                ? ConfigurationMessage.noOptions(["rule": rule.id])
                                : ConfigurationMessage.optionsAre(["rule": rule.id, "list": known.joined(separator: ", ")]))
                        error(ConfigurationMessage.unknownOption(["key": key, "rule": rule.id]), advice, keyNode)
                        continue
                    }
                    guard let parsed = Self.value(value, like: option.defaultValue) else {
                        error(ConfigurationMessage.optionType(["key": key, "rule": rule.id, "type": option.defaultValue.kindDescription]), nil, value)
                        continue
                    }
                    setting.options[key] = parsed
                }
            }
        case .sequence:
            error(ConfigurationMessage.settingNotUnderstood(["rule": rule.id]), nil, node)
            return nil
        }
        return setting
    }

    private static func value(_ node: YAMLValue, like example: RuleOptionValue) -> RuleOptionValue? {
        switch example {
        case .integer: return node.int.map { .integer($0) }
        case .flag: return node.bool.map { .flag($0) }
        case .text: return node.string.map { .text($0) }
        }
    }
}
