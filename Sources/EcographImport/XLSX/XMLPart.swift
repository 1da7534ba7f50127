import EcographMessages
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML part of a workbook parsed by Foundation's `XMLParser` (libxml2), with a delegate that
/// collects what it needs. Parts with a document type declaration are refused before parsing —
/// no workbook has one, and it is where external entities and entity expansion live — and the
/// parser resolves no external entities. Parts that are not valid UTF-8 are refused too:
/// swift-corelibs-foundation's `XMLParser` traps on an element or attribute name that is not
/// (swiftlang/swift-corelibs-foundation#5534, open; found here by fuzzing `xlsx-import`).
enum XMLPart {
    /// Why a part could not be read; `stop` is what a delegate throws to end parsing early.
    enum Problem: Error {
        case doctype
        case notUTF8
        case malformed(line: Int, reason: String)
        case stop(LocalizedText)
    }

    /// Parses `data` with `delegate`; the delegate may set `stopReason` and abort the parser.
    static func parse(_ data: Data, with delegate: PartDelegate) throws(Problem) {
        if declaresDoctype(data) { throw .doctype }
        if String(validating: data, as: UTF8.self) == nil { throw .notUTF8 }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let parsed = parser.parse()
        if let reason = delegate.stopReason { throw .stop(reason) }
        if !parsed {
            throw .malformed(line: parser.lineNumber, reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "?")
        }
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere (in any case).
    static func declaresDoctype(_ data: Data) -> Bool {
        let needles: [[UInt8]] = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        return data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
            let bytes = buffer.bindMemory(to: UInt8.self)
            guard bytes.count >= 8 else { return false }
            var index = 0
            while index < bytes.count - 1 {
                if bytes[index] == 0x3C, bytes[index + 1] == 0x21 {  // "<!"
                    for needle in needles where index + needle.count <= bytes.count {
                        var matches = true
                        for offset in 2..<needle.count where bytes[index + offset] | 0x20 != needle[offset] {
                            matches = false
                            break
                        }
                        if matches { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The attribute's value, ignoring a namespace prefix (`r:id` for `id`).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }

    /// An element's name without its namespace prefix (`x:row` → `row`).
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// A delegate that can end parsing with a reason (a limit reached). Subclasses override the
/// callbacks they need: the protocol's own defaults would be chosen over a subclass's methods
/// on Linux, where `XMLParserDelegate` has no Objective-C dispatch.
class PartDelegate: NSObject, XMLParserDelegate {
    var stopReason: LocalizedText?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {}

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {}

    func parser(_ parser: XMLParser, foundCharacters string: String) {}

    func stop(_ parser: XMLParser, _ reason: LocalizedText) {
        stopReason = reason
        parser.abortParsing()
    }
}
