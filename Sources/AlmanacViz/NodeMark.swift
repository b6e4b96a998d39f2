/// A node as drawn: shape, label and tooltip, linked when it has a URL.
struct NodeMark: Sendable {
    var node: GraphNode
    var shape: NodeShape
    var label: PlacedLabel
    /// Classes after `node node-<type>`, e.g. `center`.
    var extraClasses: [String] = []
    /// Marks the link as the page being read (`aria-current="page"`).
    var isCurrentPage = false
    /// Class of a solid backing behind the label, for labels that lines run under.
    var labelBackdrop: String? = nil

    /// Writes `<a href>` (or `<g>` without a URL) holding a `<title>` with
    /// the full label and type, the shape, and the label text.
    ///
    /// The `<title>` is the link's accessible name and the tooltip that
    /// shows the label in full when the drawn one is shortened.
    func write(into writer: inout SVGWriter) {
        Self.write(node, shape: shape, label: label, extraClasses: extraClasses, isCurrentPage: isCurrentPage, labelBackdrop: labelBackdrop, into: &writer)
    }

    /// `write(into:)` without a `NodeMark` in between, for the drawings that
    /// write one per node and would otherwise copy every node's strings.
    static func write(
        _ node: GraphNode, shape: NodeShape, label: PlacedLabel, extraClasses: [String] = [],
        isCurrentPage: Bool = false, labelBackdrop: String? = nil, cleanLabel: String? = nil, into writer: inout SVGWriter
    ) {
        let element: StaticString = node.url == nil ? "g" : "a"
        writer.begin(element)
        if let url = node.url { writer.attribute("href", url) }
        // Written in pieces: one of these per node of every drawing.
        writer.startAttribute("class")
        writer.raw("node node-")
        writer.escaped(CSSClass.token(node.typeName))
        for extra in extraClasses {
            writer.raw(" ")
            writer.escaped(extra)
        }
        writer.endAttribute()
        if isCurrentPage && node.url != nil { writer.attribute("aria-current", "page") }
        writer.endOpen()
        writer.begin("title")
        writer.raw(">")
        writer.escaped(cleanLabel ?? node.cleanLabel)
        let type = TextMetrics.normalizeSpace(node.typeName)
        if !type.isEmpty {
            writer.raw(" (")
            writer.escaped(type)
            writer.raw(")")
        }
        writer.close("title")
        shape.write(into: &writer)
        label.write(into: &writer, className: "node-label", backdrop: labelBackdrop)
        writer.close(element)
    }
}
