import EcographBenchmarks
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `ecograph serve` as a process, spoken to over HTTP: what each address answers, that nothing
/// beyond the fixed addresses is served, that it listens on loopback only, and that it follows edits.
@Suite("ecograph serve: HTTP", .serialized)
struct ServeCommandTests {
    /// A copy of Musterstadt in a folder of its own, so that tests can edit it.
    private func sample(_ scratch: ScratchDirectory) throws -> URL {
        let file = scratch.url.appendingPathComponent("musterstadt.yaml")
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent("samples/musterstadt.yaml"), to: file)
        return file
    }

    private func state(_ server: ServeProcess) throws -> [String: Any] {
        let response = try RawHTTP.request("/api/state", port: server.port)
        try #require(response.status == 200)
        return try #require(try JSONSerialization.jsonObject(with: response.body) as? [String: Any])
    }

    private func findingMessages(_ state: [String: Any]) -> [String] {
        (state["findings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
    }

    @Test("each address answers with its status and content type, and every answer carries the security headers")
    func statusesAndContentTypes() throws {
        let scratch = ScratchDirectory()
        let server = try ServeProcess([try sample(scratch).path])
        let expectations: [(String, Int, String)] = [
            ("/", 200, "text/html"),
            ("/app.js", 200, "text/javascript"),
            ("/app.css", 200, "text/css"),
            ("/api/state", 200, "application/json"),
            ("/map?view=landscape", 200, "image/svg+xml"),
            ("/map?view=field:mobilitaet", 200, "image/svg+xml"),
            ("/map?view=field:no-such-field", 404, "text/plain"),
            ("/map?view=system:mobilitaet", 404, "text/plain"),
            ("/map?view=nonsense", 400, "text/plain"),
            ("/map", 400, "text/plain"),
            ("/nothing-here", 404, "text/plain"),
        ]
        for (target, status, type) in expectations {
            let response = try RawHTTP.request(target, port: server.port)
            #expect(response.status == status, "\(target): \(response.status) \(response.text.prefix(200))")
            #expect(response.header("content-type")?.hasPrefix(type) == true, "\(target): \(response.header("content-type") ?? "none")")
            let policy = try #require(response.header("content-security-policy"), "\(target) has no CSP")
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline") && policy.contains("default-src 'none'"))
            #expect(response.header("x-content-type-options") == "nosniff")
        }
        // The page names its script as a file and holds none inline.
        let page = try RawHTTP.request("/", port: server.port).text
        #expect(page.contains("<script src=\"/app.js\""))
        #expect(!page.contains("<script>") && !page.contains("onclick"))
        // The field's map is SVG with the field's node in it.
        let map = try RawHTTP.request("/map?view=field:mobilitaet", port: server.port)
        let svg = try XMLDocument(data: map.body, options: [])
        let titles = try svg.nodes(forXPath: "//*[local-name()='g'][contains(@class,'node')]/*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains("mobilitaet"))
        let state = try state(server)
        #expect(state["status"] as? String == "ok")
        #expect(findingMessages(state).contains { $0.contains("Kultur und Freizeit") })
    }

    @Test("path traversal, encoded or not, and absolute paths reach no file", arguments: [
        "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "//etc/passwd", "/etc/passwd", "/app.js/../../../../etc/passwd", "/api/../musterstadt.yaml", "/musterstadt.yaml",
        "/./musterstadt.yaml", "/%2e/musterstadt.yaml", "/map?view=../../../../etc/passwd", "/map?view=field:../../../../etc/passwd",
        "/map?view=focus:%2e%2e%2f%2e%2e%2fetc%2fpasswd", "http://127.0.0.1/etc/passwd", "/app.js%00.txt", "/..\\..\\etc\\passwd",
    ])
    func traversal(target: String) throws {
        let scratch = ScratchDirectory()
        let server = try ServeProcess([try sample(scratch).path])
        let response = try RawHTTP.request(target, port: server.port)
        #expect((400..<500).contains(response.status), "\(target): \(response.status)")
        #expect(!response.text.contains("root:"), "\(target) served /etc/passwd")
        #expect(!response.text.contains("gestaltungsfelder"), "\(target) served the model file")
    }

    @Test("read-only: methods other than GET and HEAD are refused")
    func readOnly() throws {
        let scratch = ScratchDirectory()
        let model = try sample(scratch)
        let before = try Data(contentsOf: model)
        let server = try ServeProcess([model.path])
        for method in ["POST", "PUT", "DELETE", "PATCH"] {
            for target in ["/", "/api/state", "/musterstadt.yaml"] {
                let response = try RawHTTP.request(target, method: method, port: server.port)
                #expect(response.status == 405, "\(method) \(target): \(response.status)")
            }
        }
        #expect(try Data(contentsOf: model) == before)
    }

    @Test("listens on 127.0.0.1 only by default and refuses requests naming another host; --host warns")
    func hostBinding() throws {
        let scratch = ScratchDirectory()
        let model = try sample(scratch).path
        let server = try ServeProcess([model])
        #expect(server.announcement.contains("http://127.0.0.1:\(server.port)/"))
        if let other = Self.nonLoopbackAddress() {
            #expect(!RawHTTP.canConnect(address: other, port: server.port), "reachable on \(other)")
        }
        // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing.
        let rebound = try RawHTTP.request("/api/state", port: server.port, host: "attacker.example:\(server.port)")
        #expect(rebound.status == 403)
        #expect(try RawHTTP.request("/api/state", port: server.port, host: "localhost:\(server.port)").status == 200)
        _ = server.stop()

        let open = try ServeProcess([model, "--host", "0.0.0.0"])
        #expect(try RawHTTP.request("/", port: open.port).status == 200)
        if let other = Self.nonLoopbackAddress() {
            #expect(RawHTTP.canConnect(address: other, port: open.port))
        }
        let standardError = open.stop()
        #expect(standardError.contains("warning") && standardError.contains("0.0.0.0"), "\(standardError)")
    }

    @Test("a view too large to draw fails alone: the other views and the state still answer")
    func oneViewFails() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write(RegionGenerator(municipalities: 100).yaml(), to: "region-100.yaml")
        let server = try ServeProcess([file])
        let overview = try RawHTTP.request("/map?view=overview", port: server.port)
        #expect(overview.status == 422)
        #expect(overview.text.contains("nodes"), "\(overview.text)")
        #expect(try RawHTTP.request("/map?view=landscape", port: server.port).status == 200)
        let state = try state(server)
        let groups = state["views"] as? [[String: Any]] ?? []
        let municipality = groups.flatMap { $0["views"] as? [[String: Any]] ?? [] }.compactMap { $0["key"] as? String }.first { $0.hasPrefix("ecosystem:") }
        let key = try #require(municipality)
        let encoded = try #require(key.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        #expect(try RawHTTP.request("/map?view=\(encoded)", port: server.port).status == 200)
    }

    @Test("invalid command lines exit 2")
    func invalidInput() throws {
        let scratch = ScratchDirectory()
        let model = try sample(scratch).path
        #expect(try CommandRunner.run(["serve", model, "--port", "70000"]).status == 2)
        let missing = try CommandRunner.run(["serve", scratch.url.appendingPathComponent("nothing.yaml").path, "--port", "0"])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nothing.yaml"))
    }

    @Test("follows edits: a new gap appears as a finding, a broken file as its problem with the last valid state kept, a burst of saves read once")
    func followsEdits() throws {
        let scratch = ScratchDirectory()
        let model = try sample(scratch)
        let server = try ServeProcess([model.path, "--lang", "de"])
        let first = try state(server)
        let firstVersion = try #require(first["version"] as? Int)
        let original = try String(contentsOf: model, encoding: .utf8)

        let edited = original.replacingOccurrences(
            of: "  kultur:            { bezeichnung: Kultur und Freizeit }",
            with: "  kultur:            { bezeichnung: Kultur und Freizeit }\n  sport:             { bezeichnung: Sport im Quartier }")
        #expect(edited != original)
        try edited.write(to: model, atomically: true, encoding: .utf8)
        let (withGap, appeared) = try eventually(within: 60, { try state(server) }) { findingMessages($0).contains { $0.contains("Sport im Quartier") } }
        #expect(appeared, "\(findingMessages(withGap))")

        // Ten saves in quick succession are read as one change (or two, if the reading overtook the burst).
        let before = try #require(withGap["version"] as? Int)
        for round in 0..<10 {
            try (edited + "\n# Speicherung \(round)\n").write(to: model, atomically: false, encoding: .utf8)
            Thread.sleep(forTimeInterval: 0.03)
        }
        Thread.sleep(forTimeInterval: 2)
        let afterBurst = try #require(try state(server)["version"] as? Int)
        #expect(afterBurst - before >= 1 && afterBurst - before <= 2, "versions \(before) → \(afterBurst)")

        try (edited + "\nprojekte: [kaputt\n").write(to: model, atomically: true, encoding: .utf8)
        let (broken, failed) = try eventually(within: 60, { try state(server) }) { $0["status"] as? String == "invalid" }
        #expect(failed)
        let problems = broken["problems"] as? [[String: Any]] ?? []
        let place = problems.first?["place"] as? [String: Any]
        #expect(place?["file"] as? String == model.path)
        #expect((place?["line"] as? Int ?? 0) > 800)
        // The last valid state stays: its findings are still there.
        #expect(findingMessages(broken).contains { $0.contains("Sport im Quartier") })
        #expect(try #require(broken["version"] as? Int) > firstVersion)
    }

    /// An IPv4 address of this machine other than loopback, if it has one.
    static func nonLoopbackAddress() -> String? {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return nil }
        defer { freeifaddrs(list) }
        var entry: UnsafeMutablePointer<ifaddrs>? = first
        while let current = entry {
            if let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
                var host = [CChar](repeating: 0, count: Int(NI_MAXHOST))
                if getnameinfo(address, socklen_t(MemoryLayout<sockaddr_in>.size), &host, socklen_t(host.count), nil, 0, NI_NUMERICHOST) == 0 {
                    let text = String(decoding: host.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                    if !text.hasPrefix("127.") { return text }
                }
            }
            entry = current.pointee.ifa_next
        }
        return nil
    }
}
