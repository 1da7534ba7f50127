import Testing
@testable import EcographBenchmarks
@testable import EcographCore
@testable import EcographSyntax

/// The generated regions are what the YAML fast path is for: it must read them, to the very
/// document libyaml gives.
@Suite("Generated regions without libyaml")
struct GeneratedRegionReaderTests {
    @Test("a generated region is read by the fast path, giving libyaml's document", arguments: [1, 10, 23])
    func sameDocumentAsLibyaml(municipalities: Int) throws {
        var text = RegionGenerator(municipalities: municipalities).yaml()
        let fast = try #require(text.withUTF8 { BlockYAMLReader.read($0) })
        let reference = try YAMLDocument.parse(text, isJSON: false, fastReaders: false)
        #expect(fast.nodes.count == reference.nodes.count)
        for (mine, theirs) in zip(fast.nodes, reference.nodes) {
            let same = mine.kind == theirs.kind && mine.isPlain == theirs.isPlain && mine.line == theirs.line
                && mine.column == theirs.column && mine.width == theirs.width && mine.end == theirs.end && mine.text == theirs.text
            #expect(same, "\(mine) is not \(theirs)")
            if !same { break }
        }
    }
}
