/// The one rule both fast readers (YAML block subset, JSON) share about multi-byte characters:
/// which of them libyaml reads as anything but ordinary text. They are C1 controls and NEL
/// (C2 80–9F), line and paragraph separators (E2 80 A8/A9), the byte-order mark (EF BB BF) and
/// the non-characters U+FFFE/U+FFFF (EF BF BE/BF); a fast reader that meets one leaves the file
/// to libyaml.
enum LibyamlPlainCharacter {
    /// The width of the multi-byte character starting at `index` (its lead byte ≥ 0x80) when
    /// libyaml reads it as plain text, or `nil` when it does not or the text ends inside it.
    /// The text is valid UTF-8.
    @inline(__always)
    static func width(ofMultibyteAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let byte = bytes[index]
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return nil }
        let second = bytes[index + 1]
        if byte == 0xC2, second < 0xA0 { return nil }
        if byte == 0xE2, second == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return nil }
        if byte == 0xEF, (second == 0xBB && bytes[index + 2] == 0xBF) || (second == 0xBF && bytes[index + 2] >= 0xBE) {
            return nil
        }
        return width
    }
}
