import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An element of a parsed SVG, for tests to inspect.
final class SVGTree {
    let name: String
    let attributes: [String: String]
    var children: [SVGTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The class tokens of the element.
    var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }

    /// This element and every element under it, in document order.
    var all: [SVGTree] { [self] + children.flatMap(\.all) }

    /// Every element (this one included) with the class token `name`.
    func withClass(_ name: String) -> [SVGTree] { all.filter { $0.classes.contains(name) } }

    /// Every element named `name`.
    func elements(_ name: String) -> [SVGTree] { all.filter { $0.name == name } }

    /// All the text inside, concatenated.
    var allText: String { text + children.map(\.allText).joined() }

    /// A numeric attribute, or nil.
    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// Parses `xml`; nil when it is not well-formed.
    static func parse(_ xml: String) -> SVGTree? {
        let delegate = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        return parser.parse() ? delegate.root : nil
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: SVGTree?
        var stack: [SVGTree] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
        ) {
            let element = SVGTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
