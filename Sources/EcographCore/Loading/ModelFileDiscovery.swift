import EcographMessages
import Foundation

/// Turns the paths a user gives into the list of model files to load.
///
/// A file is taken as it is, whatever its extension. A directory contributes its
/// `*.yaml`, `*.yml` and `*.json` files (not those of subdirectories, not hidden files such as
/// `.ecograph.yml`, not `*.schema.json`), in name order.
package enum ModelFileDiscovery {
    static let modelExtensions: Set<String> = ["yaml", "yml", "json"]

    /// The model files under `paths`, or an error in `log` when there are none.
    static func modelFiles(for paths: [String], log: inout DiagnosticLog) -> [String] {
        let found = files(for: paths, log: &log)
        if found.isEmpty, !log.hasErrors { noModelFiles(log: &log) }
        return found
    }

    /// Logs that there is nothing to load: no paths gave a model file, or no sources were given.
    static func noModelFiles(log: inout DiagnosticLog) {
        log.error(ModelMessage.noModelFiles.text, advice: ModelMessage.noModelFilesAdvice.text, path: ".")
    }

    static func files(for paths: [String], log: inout DiagnosticLog) -> [String] {
        var files: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                log.error(ModelMessage.noSuchFile.text, advice: ModelMessage.checkThePath.text, path: path)
                continue
            }
            let found: [String]
            if isDirectory.boolValue {
                ProtectedInputs.shared.protect(modelFolder: path)
                found = modelFiles(inDirectory: path, log: &log)
            } else {
                found = [path]
            }
            for file in found where seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted {
                files.append(file)
            }
        }
        return files
    }

    /// Whether a directory's entry of this name is read as a model file: `*.yaml`, `*.yml` or
    /// `*.json`, not hidden, not a `*.schema.json`.
    package static func isModelFileName(_ name: String) -> Bool {
        !name.hasPrefix(".") && !name.hasSuffix(".schema.json") && modelExtensions.contains((name as NSString).pathExtension.lowercased())
    }

    private static func modelFiles(inDirectory directory: String, log: inout DiagnosticLog) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            log.error(ModelMessage.cannotReadDirectory.text, advice: ModelMessage.checkPermissions.text, path: directory)
            return []
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let files = names.sorted().filter { name in
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: prefix + name, isDirectory: &isDirectory)
            return exists && !isDirectory.boolValue && isModelFileName(name)
        }.map { prefix + $0 }
        if files.isEmpty {
            log.error(
                ModelMessage.directoryHoldsNoModels.text, advice: ModelMessage.directoryHoldsNoModelsAdvice.text, path: directory)
        }
        return files
    }
}
