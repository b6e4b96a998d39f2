import AlmanacCore

/// Appends SVG elements to a string, escaping every text and attribute value.
///
/// Attributes are passed as ordered pairs rather than a dictionary so the
/// output keeps one order on every run.
struct SVGWriter {
    private(set) var output = ""

    /// `<name a="v">` and a newline.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)\(Self.attributes(attributes))>\n"
    }

    /// `</name>` and a newline.
    mutating func close(_ name: String) {
        output += "</\(name)>\n"
    }

    /// `<name a="v"/>`: an element without content.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        output += "<\(name)\(Self.attributes(attributes))/>\n"
    }

    /// `<name a="v">text</name>`.
    mutating func text(_ name: String, _ attributes: [(String, String)], _ content: String) {
        output += "<\(name)\(Self.attributes(attributes))>\(HTML.escape(content))</\(name)>\n"
    }

    /// `<name>text</name>`.
    mutating func text(_ name: String, _ content: String) {
        text(name, [], content)
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
    }
}
