import ArgumentParser
import EcographMessages
import EcographRules
import Foundation

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}

/// `--lang en|de`, which every command takes: the language of everything it prints and writes
/// except `--help`. Without it, the environment decides (``Language/preferred(by:)``:
/// `ECOGRAPH_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "Language of messages and outputs: en or de (default: from ECOGRAPH_LANG, LC_ALL, LC_MESSAGES or LANG).")
    var explicit: Language?

    /// The language chosen: `--lang`, else the environment's.
    var chosen: Language { explicit ?? Language.preferred(by: ProcessInfo.processInfo.environment) }
}

/// The language of the running command, for the messages printed outside a command's own
/// code (an output that cannot be written, a usage error): set once, from the arguments,
/// before the command runs.
enum CommandLanguage {
    nonisolated(unsafe) static var current: Language = .en

    /// The language the arguments ask for (the last `--lang X` or `--lang=X` before `--`), else
    /// the environment's.
    static func chosen(by arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
                index += 1
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            index += 1
        }
        return chosen ?? Language.preferred(by: environment)
    }
}
