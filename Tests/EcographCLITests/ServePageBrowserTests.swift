import Foundation
import Testing

/// The live page in headless Chromium: it follows edits of the model without a reload.
@Suite("ecograph serve: the live page in Chromium", .serialized)
struct ServePageBrowserTests {
    private func waitFor(_ browser: HeadlessBrowser, _ expression: String, within seconds: TimeInterval = 90) throws -> Bool {
        try eventually(within: seconds, every: 0.25, { try browser.evaluate(expression) as? Bool ?? false }) { $0 }.1
    }

    @Test("the page shows findings, highlights a finding's node, shows a new gap after a save and a broken file's problem, without reloading")
    func followsEditsWithoutReload() throws {
        let scratch = ScratchDirectory()
        let model = scratch.url.appendingPathComponent("musterstadt.yaml")
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml"), to: model)
        // Run where the model is, so that places read as a user sees them: musterstadt.yaml:68:3.
        let server = try ServeProcess(["musterstadt.yaml", "--lang", "de"], in: scratch.url)
        let browser = try HeadlessBrowser(profile: scratch.url.appendingPathComponent("profile"))
        try browser.open(server.base + "/")

        #expect(try waitFor(browser, "document.body.dataset.status === 'ok' && document.querySelectorAll('#map svg g.node').length > 0"),
            "the page never showed a map")
        // German texts, findings with their place.
        let status = try browser.evaluate("document.getElementById('status').textContent") as? String
        #expect(status?.contains("Sie") == true, "\(status ?? "")")
        let findings = try browser.evaluate("document.getElementById('findings').innerText") as? String ?? ""
        #expect(findings.contains("Kultur und Freizeit") && findings.contains("musterstadt.yaml:68:3"), "\(findings.prefix(500))")
        // The picture in the README: ECOGRAPH_SERVE_SCREENSHOT=docs/serve.png swift test --filter ServePageBrowserTests
        let picture = try browser.screenshot()
        #expect(picture.starts(with: [0x89, 0x50, 0x4E, 0x47]) && picture.count > 20_000)
        if let path = ProcessInfo.processInfo.environment["ECOGRAPH_SERVE_SCREENSHOT"] {
            try picture.write(to: URL(fileURLWithPath: path, relativeTo: CommandRunner.repository))
        }
        // A mark that a reload would wipe out.
        _ = try browser.evaluate("window.ecographProbe = 'dieselbe Seite'; true")

        // A click on a finding highlights its node on the map.
        _ = try browser.evaluate("document.querySelector('#findings li[data-subject=\"kultur\"]').click(); true")
        #expect(try waitFor(browser, "(() => { const n = document.querySelector('#map g.node.highlight title'); return !!n && n.textContent === 'kultur'; })()"),
            "no highlighted node 'kultur'")

        // A new gap: a field without a Lotse.
        let original = try String(contentsOf: model, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "  kultur:            { bezeichnung: Kultur und Freizeit }",
            with: "  kultur:            { bezeichnung: Kultur und Freizeit }\n  sport:             { bezeichnung: Sport im Quartier }")
        try edited.write(to: model, atomically: true, encoding: .utf8)
        #expect(try waitFor(browser, "document.getElementById('findings').innerText.includes('Sport im Quartier')"), "the new finding never showed")
        #expect(try browser.evaluate("window.ecographProbe") as? String == "dieselbe Seite", "the page was reloaded")

        // A broken file: its problem with file and line shows, the last valid map stays, greyed.
        try (edited + "\nprojekte: [kaputt\n").write(to: model, atomically: true, encoding: .utf8)
        #expect(try waitFor(browser, "!document.getElementById('problems-section').hidden && document.getElementById('problems').innerText.includes('musterstadt.yaml:')"),
            "the problem never showed")
        #expect(try browser.evaluate("document.getElementById('map-section').classList.contains('stale') && document.querySelectorAll('#map svg g.node').length > 0") as? Bool == true)
        #expect(try browser.evaluate("document.getElementById('findings').innerText.includes('Sport im Quartier')") as? Bool == true)
        #expect(try browser.evaluate("window.ecographProbe") as? String == "dieselbe Seite", "the page was reloaded")

        // A mistake with advice: the advice, on its own after "Was Sie tun können:", starts a sentence.
        try edited.replacingOccurrences(of: "{ bezeichnung: Sport im Quartier }", with: "{ bezeichnug: Sport im Quartier }")
            .write(to: model, atomically: true, encoding: .utf8)
        let adviceShown = try waitFor(browser, "document.getElementById('problems').innerText.includes(\"Was Sie tun können: Meinten Sie 'bezeichnung'?\")")
        let problemsShown = try browser.evaluate("document.getElementById('problems').innerText") as? String ?? ""
        #expect(adviceShown, "\(problemsShown)")

        // Fixed again: the problems go, the map is current.
        try edited.write(to: model, atomically: true, encoding: .utf8)
        #expect(try waitFor(browser, "document.getElementById('problems-section').hidden && document.body.dataset.status === 'ok'"))
    }

    @Test("a model broken from the first load: the page says no valid state exists yet, shows no empty sections, and fills them once fixed")
    func brokenFromTheStart() throws {
        let scratch = ScratchDirectory()
        let model = scratch.url.appendingPathComponent("musterstadt.yaml")
        let original = try String(contentsOf: CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "{ bezeichnung: Kultur und Freizeit }", with: "{ bezeichnug: Kultur und Freizeit }")
        #expect(broken != original)
        try broken.write(to: model, atomically: true, encoding: .utf8)
        let server = try ServeProcess(["musterstadt.yaml", "--lang", "de"], in: scratch.url)
        let browser = try HeadlessBrowser(profile: scratch.url.appendingPathComponent("profile"))
        try browser.open(server.base + "/")

        #expect(try waitFor(browser, "document.body.dataset.status === 'invalid' && !document.getElementById('problems-section').hidden"),
            "the problem never showed")
        let status = try browser.evaluate("document.getElementById('status').textContent") as? String ?? ""
        #expect(status.contains("ein gültiger Stand liegt noch nicht vor") && !status.contains("letzten gültigen Stand"), "\(status)")
        let problems = try browser.evaluate("document.getElementById('problems').innerText") as? String ?? ""
        #expect(problems.contains("musterstadt.yaml:") && problems.contains("model.unknown-key"), "\(problems)")
        let hidden = try browser.evaluate(
            "['map-section', 'findings-section', 'portfolio-section', 'raci-section'].every(id => document.getElementById(id).hidden)") as? Bool
        #expect(hidden == true, "sections without anything in them are shown")

        try original.write(to: model, atomically: true, encoding: .utf8)
        #expect(try waitFor(browser, "document.body.dataset.status === 'ok' && document.querySelectorAll('#map svg g.node').length > 0"),
            "the map never showed after the fix")
        #expect(try browser.evaluate("!document.getElementById('portfolio-section').hidden && !document.getElementById('raci-section').hidden") as? Bool == true)
    }
}
