import EcographMessages
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The texts a workbook keeps once and cells refer to by number (`xl/sharedStrings.xml`):
/// `<si><t>Park-App</t></si>`, or rich text in runs `<si><r><t>Park</t></r><r><t>-App</t></r></si>`;
/// phonetic guides (`<rPh>`) are not part of the text.
final class XLSXSharedStrings: PartDelegate {
    private(set) var strings: [String] = []
    private let limit: Int
    private let tooMany: LocalizedText
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phonetic = 0

    init(limit: Int, tooMany: LocalizedText) {
        self.limit = limit
        self.tooMany = tooMany
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(name) {
        case "si":
            inItem = true
            current = ""
        case "t" where inItem && phonetic == 0:
            inText = true
        case "rPh":
            phonetic += 1
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch XMLPart.localName(name) {
        case "si":
            inItem = false
            strings.append(current)
            if strings.count > limit { stop(parser, tooMany) }
        case "t":
            inText = false
        case "rPh":
            phonetic -= 1
        default:
            break
        }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}
