import Foundation
import Testing

/// The maps the README shows are what ecograph draws from the samples today: drawn the way
/// `scripts/readme-map` draws them, they must equal the committed files byte for byte.
@Suite("The README's maps are fresh")
struct ReadmeMapTests {
    @Test(
        "each committed README map equals a fresh drawing (else run scripts/readme-map)",
        arguments: [
            (["render", "samples/musterstadt.yaml", "--view", "overview", "--page", "none"], "samples/musterstadt.svg"),
            (["render", "samples/programm", "--lang", "de"], "samples/programm-landschaft.svg"),
        ])
    func mapIsFresh(arguments: [String], committed: String) throws {
        let scratch = ScratchDirectory()
        let fresh = scratch.url.appendingPathComponent("map.svg").path
        let result = try CommandRunner.run(arguments + ["-o", fresh])
        #expect(result.status == 0, "\(result.standardError)")
        let drawn = try Data(contentsOf: URL(fileURLWithPath: fresh))
        let kept = try Data(contentsOf: CommandRunner.repository.appendingPathComponent(committed))
        #expect(drawn == kept, "\(committed) is stale: run scripts/readme-map and commit it")
    }
}
