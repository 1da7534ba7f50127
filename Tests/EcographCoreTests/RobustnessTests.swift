import Foundation
import Testing
@testable import EcographCore

/// Bad input never crashes the loader: every mutation of a valid model either loads or gives
/// diagnostics that carry a location.
@Suite("Robustness against arbitrary input")
struct RobustnessTests {
    @Test("every prefix of a valid model loads or is diagnosed, never crashes")
    func truncations() throws {
        let text = try String(contentsOfFile: Fixture.path("german.yaml"), encoding: .utf8)
        let scratch = ScratchModels()
        let characters = Array(text)
        for length in stride(from: 0, to: characters.count, by: 7) {
            let path = scratch.write(String(characters[..<length]), to: "cut.yaml")
            assertLoadsOrDiagnoses(path)
        }
    }

    @Test("random byte mutations load or are diagnosed, never crash")
    func mutations() throws {
        let original = Array(try Data(contentsOf: URL(fileURLWithPath: Fixture.path("english.yaml"))))
        let scratch = ScratchModels()
        var generator = SplitMix(seed: 2026)
        let alphabet = Array("{}[]:,-#&*!|>'\"%@` \n\tä\u{0}".utf8)
        for _ in 0..<300 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[position] = alphabet.randomElement(using: &generator)!
            }
            assertLoadsOrDiagnoses(scratch.writeBytes(bytes, to: "mutated.yaml"))
        }
    }

    private func assertLoadsOrDiagnoses(_ path: String) {
        do {
            _ = try ModelLoader().load([path])
        } catch {
            #expect(!error.errors.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.location != nil || $0.path != nil })
        }
    }
}

/// A small seeded generator, so that a failing mutation can be reproduced.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
