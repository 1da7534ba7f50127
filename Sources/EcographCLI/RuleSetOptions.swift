import ArgumentParser

/// The options that decide which rules run and how: `--config FILE` and `--rules FILE`.
struct RuleSetOptions: ParsableArguments {
    @Option(help: "Configuration file (default: .ecograph.yml beside the model).")
    var config: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML rule file to add (repeatable); see docs/rule-files.md.", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(name: .customLong("plugin"), help: ArgumentHelp("A rule plugin to add (repeatable): a program, or a .wasm module run sandboxed; see docs/plugins.md.", valueName: "program"))
    var plugins: [String] = []
}
