import Foundation
import Testing

/// The CI integrations as users set them up: the pre-commit hook run by the real pre-commit
/// (PyPI) in a scratch git repository, and the GitLab CI example's commands.
@Suite("pre-commit hook and GitLab CI example")
struct CIIntegrationTests {
    static let tools = CommandRunner.environmentTool

    /// Runs a program found on PATH (with ecograph's build directory first) in `directory`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandRunner.Result {
        var extra = environment
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        extra["PATH"] = CommandRunner.executable.deletingLastPathComponent().path + ":" + path
        return try CommandRunner.run(arguments, in: directory, environment: extra, using: tools)
    }

    static func git(_ arguments: [String], in directory: URL) throws {
        let result = try run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main"] + arguments, in: directory)
        #expect(result.status == 0, "git \(arguments): \(result.standardError)")
    }

    @Test("the hooks file is a valid pre-commit manifest")
    func manifestIsValid() throws {
        let result = try Self.run(["pre-commit", "validate-manifest", ".pre-commit-hooks.yaml"], in: CommandRunner.repository)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    }

    @Test("pre-commit runs the system hook in a scratch repository: a commit with errors is refused, a clean one passes")
    func preCommitHook() throws {
        let scratch = ScratchDirectory()
        // The hook repository: this repository's .pre-commit-hooks.yaml, committed.
        let hooks = scratch.url.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent(".pre-commit-hooks.yaml"),
            to: hooks.appendingPathComponent(".pre-commit-hooks.yaml"))
        try Self.git(["init", "-q"], in: hooks)
        try Self.git(["add", "."], in: hooks)
        try Self.git(["commit", "-q", "-m", "hooks"], in: hooks)
        let revision = try Self.run(["git", "rev-parse", "HEAD"], in: hooks).standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)

        // The project: a model with gaps and a pre-commit configuration using the hook.
        let project = scratch.url.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("model"), withIntermediateDirectories: true)
        try Data(CheckCommandTests.gaps.utf8).write(to: project.appendingPathComponent("model/stadt.yaml"))
        let config = """
            repos:
              - repo: \(hooks.path)
                rev: \(revision)
                hooks:
                  - id: ecograph-check-system
                    args: [model/, --lang, de]
            """
        try Data(config.utf8).write(to: project.appendingPathComponent(".pre-commit-config.yaml"))
        try Self.git(["init", "-q"], in: project)
        let environment = ["PRE_COMMIT_HOME": scratch.url.appendingPathComponent("cache").path]
        let install = try Self.run(["pre-commit", "install"], in: project, environment: environment)
        #expect(install.status == 0, "\(install.standardOutput)\(install.standardError)")
        try Self.git(["add", "."], in: project)

        let refused = try Self.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-m", "Modell"], in: project, environment: environment)
        // git shows the hook's report on standard error.
        let refusal = refused.standardOutput + refused.standardError
        #expect(refused.status != 0)
        #expect(refusal.contains("ecograph check") && refusal.contains("Failed"))
        #expect(refusal.contains("[unclear-ownership] Projekt 'Park-App <Süd> & Co' hat keine federführende Stelle."))

        try FileManager.default.copyItem(
            at: CommandRunner.repository.appendingPathComponent("samples/minimal.yaml"), to: project.appendingPathComponent("model/clean.yaml"))
        try FileManager.default.removeItem(at: project.appendingPathComponent("model/stadt.yaml"))
        try Self.git(["add", "-A"], in: project)
        let accepted = try Self.run(
            ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-m", "Modell"], in: project, environment: environment)
        #expect(accepted.status == 0, "\(accepted.standardOutput)\(accepted.standardError)")
        #expect((accepted.standardOutput + accepted.standardError).contains("Passed"))
    }

    @Test("docs/gitlab-ci.yml: its ecograph commands write the reports its artifacts name, valid against their schemas")
    func gitLabExample() throws {
        let text = try String(contentsOf: CommandRunner.repository.appendingPathComponent("docs/gitlab-ci.yml"), encoding: .utf8)
        // Read the job with PyYAML and print its script lines and report paths as JSON.
        let script = """
            import json, sys, yaml
            job = yaml.safe_load(open(sys.argv[1]))["ecograph"]
            print(json.dumps({"script": job["script"], "reports": job["artifacts"]["reports"], "when": job["artifacts"]["when"]}))
            """
        let parsed = try CommandRunner.run(
            ["python3", "-c", script, CommandRunner.repository.appendingPathComponent("docs/gitlab-ci.yml").path], using: Self.tools)
        #expect(parsed.status == 0, "\(parsed.standardError)")
        let job = try #require(try JSONSerialization.jsonObject(with: Data(parsed.standardOutput.utf8)) as? [String: Any])
        let reports = try #require(job["reports"] as? [String: String])
        #expect(job["when"] as? String == "always")
        let lines = try #require(job["script"] as? [String])
        #expect(text.contains("ECOGRAPH: .ecograph/.build/release/ecograph"))

        // Run each script line with the built ecograph in a project whose model has gaps.
        let scratch = ScratchDirectory()
        scratch.write(CheckCommandTests.gaps, to: "model/stadt.yaml")
        var statuses: [Int32] = []
        for line in lines {
            let arguments = line.split(separator: " ").map(String.init)
            #expect(arguments.first == "$ECOGRAPH")
            statuses.append(try CommandRunner.run(Array(arguments.dropFirst()), in: scratch.url).status)
        }
        #expect(statuses == [0, 0, 1])  // the reports never fail the job; the last check does
        let quality = try #require(reports["codequality"])
        let validation = try CIFormatTests.validateJSON(scratch.url.appendingPathComponent(quality).path, schema: "schema/gitlab-code-quality.schema.json")
        #expect(validation.status == 0, "\(validation.standardOutput)")
        let junit = try #require(reports["junit"])
        let xmllint = try CommandRunner.run(
            ["xmllint", "--noout", "--schema", CommandRunner.repository.appendingPathComponent("schema/junit.xsd").path,
             scratch.url.appendingPathComponent(junit).path], using: Self.tools)
        #expect(xmllint.status == 0, "\(xmllint.standardError)")
    }
}
