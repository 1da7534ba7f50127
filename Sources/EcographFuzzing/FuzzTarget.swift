import EcographCore
import EcographImport
import EcographRules
import Foundation

/// The fuzz targets: what `scripts/fuzz` (libFuzzer) feeds mutated bytes to, and what the tests
/// replay the saved crash inputs of (`Fuzz/regressions/TARGET/`) through.
///
/// A target may throw away its input with any error — invalid input is what it is fed — but it
/// must not crash, hang or grow without bound.
///
/// ```swift
/// FuzzTarget.modelYAML.run(Data("ecosystem: X\n".utf8))
/// ```
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A model file read as YAML: the fast block reader, libyaml where it gives up, then the
    /// model's reading and, when it loads, every built-in rule.
    case modelYAML = "model-yaml"
    /// A model file read as YAML by libyaml alone (the fast readers off).
    case modelLibyaml = "model-libyaml"
    /// A model file read as JSON: the fast JSON reader, libyaml where it gives up.
    case modelJSON = "model-json"
    /// A model file read as YAML in three parts (as large files are, on several processors)
    /// and as one: a difference in the graph, its places or the diagnostics stops the program.
    case modelParts = "model-parts"
    /// A rule file (`rules:` with selectors and conditions).
    case ruleFile = "rule-file"
    /// A configuration file (`.ecograph.yml`).
    case configuration
    /// A spreadsheet (CSV) imported as projects.
    case csvImport = "csv-import"
    /// An Excel workbook (`.xlsx`: a zip of XML parts) imported as projects, every sheet.
    case xlsxImport = "xlsx-import"

    /// Runs the target on one input.
    public func run(_ data: Data) {
        switch self {
        case .modelYAML: loadModel(data, extension: "yaml", fastReaders: true)
        case .modelLibyaml: loadModel(data, extension: "yaml", fastReaders: false)
        case .modelJSON: loadModel(data, extension: "json", fastReaders: true)
        case .modelParts:
            let source = ModelSource(path: "input.yaml", bytes: [UInt8](data))
            precondition(
                LoadOutcome.lines(of: source, parts: nil) == LoadOutcome.lines(of: source, parts: 3),
                "reading the model in parts differs from reading it as one")
        case .ruleFile: _ = try? RuleFileLoader().load(file: Self.scratchFile(data, extension: "yml"))
        case .configuration: _ = try? ConfigurationLoader(registry: .builtIn).load(file: Self.scratchFile(data, extension: "yml"))
        case .csvImport:
            guard let decoded = try? TextDecoding.decode(data), let table = try? CSVTable(text: decoded.text) else { return }
            _ = SpreadsheetImport(kind: .project, language: .de).yaml(from: table.spreadsheetTable)
            _ = SpreadsheetImport(kind: .actor, keepUnmapped: true).yaml(from: table.spreadsheetTable)
        case .xlsxImport:
            guard let workbook = try? XLSXWorkbook(data: data) else { return }
            for sheet in workbook.sheetNames {
                guard let table = try? workbook.table(sheet: sheet) else { continue }
                _ = SpreadsheetImport(kind: .project, language: .de).yaml(from: table)
            }
        }
    }

    /// Loads a model from the input in memory, as a file of that extension; when it loads,
    /// runs every built-in rule.
    private func loadModel(_ data: Data, extension: String, fastReaders: Bool) {
        var loader = ModelLoader()
        loader.fastReaders = fastReaders
        let source = ModelSource(path: "input." + `extension`, bytes: [UInt8](data))
        guard let model = try? loader.load(sources: [source]) else { return }
        _ = try? RuleEngine(registry: .builtIn).check(model)
    }

    /// The input written to a file of this process (rule files and configuration are read from
    /// files), overwritten in place
    /// with a plain write: no temporary file, rename or fsync, which made each input cost ~7 ms of
    /// waiting on the disk.
    private static func scratchFile(_ data: Data, extension: String) -> String {
        let path = scratchDirectory + "/input." + `extension`
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return path }
        defer { close(descriptor) }
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
        return path
    }

    private static let scratchDirectory: String = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ecograph-fuzz-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
}
