import AlmanacCore

/// Appends SVG elements to a byte buffer, escaping every text and attribute value.
///
/// Attributes are passed as ordered pairs rather than a dictionary so the
/// output keeps one order on every run. A drawing is written for every entry
/// page of a build, a few thousand pieces each: bytes appended to one array
/// cost a fraction of as many `String` appends.
struct SVGWriter {

    init() {
        bytes = []
        bytes.reserveCapacity(16_384)
    }

    /// Everything written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Everything written so far, as UTF-8.
    private(set) var bytes: [UInt8]

    /// `<name a="v">` and a newline.
    mutating func open(_ name: StaticString, _ attributes: [(StaticString, String)] = []) {
        start(name, attributes)
        raw(">\n")
    }

    /// `</name>` and a newline.
    mutating func close(_ name: StaticString) {
        raw("</")
        raw(name)
        raw(">\n")
    }

    /// `<name a="v"/>`: an element without content.
    mutating func empty(_ name: StaticString, _ attributes: [(StaticString, String)]) {
        start(name, attributes)
        raw("/>\n")
    }

    /// `<name a="v">text</name>`.
    mutating func text(_ name: StaticString, _ attributes: [(StaticString, String)], _ content: String) {
        start(name, attributes)
        raw(">")
        escaped(content)
        close(name)
    }

    /// `<name>text</name>`.
    mutating func text(_ name: StaticString, _ content: String) {
        text(name, [], content)
    }

    private mutating func start(_ name: StaticString, _ attributes: [(StaticString, String)]) {
        begin(name)
        for (key, value) in attributes { attribute(key, value) }
    }

    // The piecewise form, for the shapes drawn many times a page: numbers go
    // straight into the buffer instead of through strings and pair arrays.

    /// `<name`, to be followed by attributes and one of the `end` calls.
    mutating func begin(_ name: StaticString) {
        raw("<")
        raw(name)
    }

    /// ` key="value"`, the value escaped.
    mutating func attribute(_ key: StaticString, _ value: String) {
        startAttribute(key)
        escaped(value)
        endAttribute()
    }

    /// ` key="number"`, formatted by `SVGNumber`.
    mutating func attribute(_ key: StaticString, _ value: Double, decimals: Int = 1) {
        startAttribute(key)
        number(value, decimals: decimals)
        endAttribute()
    }

    /// ` key="`: the value follows through `number` and `raw`, then `endAttribute`.
    mutating func startAttribute(_ key: StaticString) {
        raw(" ")
        raw(key)
        raw("=\"")
    }

    mutating func endAttribute() { raw("\"") }

    /// A number inside an attribute value begun with `startAttribute`.
    mutating func number(_ value: Double, decimals: Int = 1) {
        SVGNumber.append(value, decimals: decimals, to: &bytes)
    }

    /// `x y`: a point inside path data.
    mutating func point(_ p: Point) {
        number(p.x)
        raw(" ")
        number(p.y)
    }

    /// `>` and a newline, after `begin`.
    mutating func endOpen() { raw(">\n") }

    /// `/>` and a newline, after `begin`.
    mutating func endEmpty() { raw("/>\n") }

    /// `>text</name>` and a newline, after `begin(name)`.
    mutating func endText(_ name: StaticString, _ content: String) {
        raw(">")
        escaped(content)
        close(name)
    }

    /// A literal piece of markup, copied without a `String` in between.
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Text or an attribute value, escaped.
    mutating func escaped(_ text: String) {
        HTML.appendEscaped(text, to: &bytes)
    }
}
