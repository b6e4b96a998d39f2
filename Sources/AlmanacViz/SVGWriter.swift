import AlmanacCore

/// Appends SVG elements to a string, escaping every text and attribute value.
///
/// Attributes are passed as ordered pairs rather than a dictionary so the
/// output keeps one order on every run. Pieces are appended to one growing
/// string: a drawing is written for every entry page of a build.
struct SVGWriter {
    private(set) var output: String

    init() {
        output = ""
        output.reserveCapacity(16_384)
    }

    /// `<name a="v">` and a newline.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        output += ">\n"
    }

    /// `</name>` and a newline.
    mutating func close(_ name: String) {
        output += "</"
        output += name
        output += ">\n"
    }

    /// `<name a="v"/>`: an element without content.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        start(name, attributes)
        output += "/>\n"
    }

    /// `<name a="v">text</name>`.
    mutating func text(_ name: String, _ attributes: [(String, String)], _ content: String) {
        start(name, attributes)
        output += ">"
        output += HTML.escape(content)
        close(name)
    }

    /// `<name>text</name>`.
    mutating func text(_ name: String, _ content: String) {
        text(name, [], content)
    }

    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        output += "<"
        output += name
        for (key, value) in attributes {
            output += " "
            output += key
            output += "=\""
            output += HTML.escape(value)
            output += "\""
        }
    }
}
