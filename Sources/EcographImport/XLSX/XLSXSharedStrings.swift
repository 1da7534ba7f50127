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
    private var item = RichTextItem(element: "si")

    init(limit: Int, tooMany: LocalizedText) {
        self.limit = limit
        self.tooMany = tooMany
    }

    override func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        item.start(XMLPart.localName(name))
    }

    override func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let text = item.end(XMLPart.localName(name)) else { return }
        strings.append(text)
        if strings.count > limit { stop(parser, tooMany) }
    }

    override func parser(_ parser: XMLParser, foundCharacters string: String) {
        item.characters(string)
    }
}
