import EcographCore
import EcographMessages
import EcographRules
import Foundation

/// A model as it was in a git revision, `REV:PATH` (`HEAD~1:model.yaml`, `main:samples/region`),
/// read through `git show` into memory: nothing is written to disk, and every diagnostic names
/// a file as `REV:FILE` (`HEAD~1:samples/region/musterdorf.yaml:12:5: error: …`).
struct GitRevision {
    /// The model files of the revision, for the loader.
    let sources: [ModelSource]

    /// Whether an argument names a revision rather than a file: it contains `:` and no file or
    /// directory of that name exists.
    static func isRevisionPath(_ argument: String) -> Bool {
        argument.contains(":") && !FileManager.default.fileExists(atPath: argument)
    }

    init(_ argument: String) throws {
        let colon = argument.firstIndex(of: ":")!
        let revision = String(argument[..<colon])
        var path = String(argument[argument.index(after: colon)...])
        if path.hasPrefix("./") { path.removeFirst(2) }
        // A directory lists its files; a file lists itself.
        let listing = try Self.git(["ls-tree", "-r", "--name-only", revision, "--", path], what: argument)
        let files = String(decoding: listing, as: UTF8.self).split(separator: "\n").map(String.init)
            .filter { file in file == path || [".yaml", ".yml", ".json"].contains { file.lowercased().hasSuffix($0) } }
        guard !files.isEmpty else {
            throw GitError(message: CommandMessage.gitNoModelFile(["argument": argument, "path": path, "revision": revision]))
        }
        sources = try files.map { file in
            ModelSource(path: "\(revision):\(file)", bytes: [UInt8](try Self.git(["show", "\(revision):\(file)"], what: argument)))
        }
    }

    private static func git(_ arguments: [String], what: String) throws -> Data {
        var process = ChildProcess(executable: ConfigurationLoader.resolveProgram("git", besides: nil), arguments: arguments)
        process.timeout = 60
        let outcome = try process.run(input: Data())
        guard outcome.succeeded else {
            let reason = outcome.errorTail.trimmingCharacters(in: .whitespacesAndNewlines)
            throw GitError(message: CommandMessage.gitFailed(["argument": what, "command": arguments.first ?? "", "reason": reason.isEmpty ? "exit \(outcome.status)" : reason]))
        }
        return outcome.output
    }

    struct GitError: Error, CustomStringConvertible {
        let message: LocalizedText
        var description: String { message.en }
    }
}
