/// The text of one string item of a workbook — `<si>` in the shared strings, `<is>` in an inline
/// string cell: its `<t>` elements, directly or in rich-text runs (`<r><t>`), joined. Phonetic
/// guides (`<rPh>`, which hold `<t>` elements of their own) are not part of the text.
struct RichTextItem {
    /// The item's element: `si` or `is`.
    let element: Substring
    /// Whether the reader is inside an item.
    private(set) var isOpen = false
    /// The item's text so far.
    private(set) var text = ""
    private var inText = false
    private var phonetic = 0

    init(element: Substring) {
        self.element = element
    }

    /// Follows the start of an element (its local name).
    mutating func start(_ name: Substring) {
        if name == element {
            isOpen = true
            text = ""
        } else if name == "t", isOpen, phonetic == 0 {
            inText = true
        } else if name == "rPh" {
            phonetic += 1
        }
    }

    /// Follows the end of an element (its local name); returns the item's text when the item ended.
    mutating func end(_ name: Substring) -> String? {
        if name == element {
            isOpen = false
            return text
        }
        if name == "t" {
            inText = false
        } else if name == "rPh" {
            phonetic -= 1
        }
        return nil
    }

    /// Follows the characters between elements.
    mutating func characters(_ string: String) {
        if inText { text += string }
    }
}
