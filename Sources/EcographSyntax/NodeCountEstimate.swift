/// How many nodes a YAML or JSON text will parse into, estimated from its first 256 KiB, so
/// that the document's array is allocated once at about its final size: growing it by
/// doubling would, for a 100 MB model, copy 200 MB and hold both copies at once.
enum NodeCountEstimate {
    /// Bytes looked at: enough to see a model's repeating shape, little next to a large file.
    static let sampleSize = 256 * 1024

    /// An estimate a little above the count for texts of one shape throughout; never below
    /// `bytes.count / 16` (the fixed guess it replaces), nor above `bytes.count / 4`, so that
    /// an odd first part cannot make it reserve much more than a file can hold.
    static func nodes(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let sample = min(bytes.count, sampleSize)
        guard sample > 0 else { return 0 }
        // A `key: value` pair is two nodes, a flow item or block item one more, and an
        // opening bracket a collection and its first item.
        var count = 0
        var previous: UInt8 = 0x0A
        for index in 0..<sample {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), 0x0A:
                if previous == UInt8(ascii: ":") { count += 2 } else if previous == UInt8(ascii: "-") { count += 1 }
            case UInt8(ascii: ","): count += 1
            case UInt8(ascii: "["), UInt8(ascii: "{"): count += 2
            default: break
            }
            previous = byte
        }
        let scaled = Double(count) * Double(bytes.count) / Double(sample)
        return min(max(Int(scaled * 1.05) + 64, bytes.count / 16), bytes.count / 4 + 64)
    }
}
